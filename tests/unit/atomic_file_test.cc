#include "util/atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.h"

namespace glossator {
namespace {

TEST(WriteFileAtomically, ReplacesWholeAndLeavesNoTemporaryFile) {
  testing::TempDir dir;
  std::string path = dir.path() + "/out.xml";
  ASSERT_TRUE(WriteFileAtomically(path, "first version, longer than the second").ok());
  ASSERT_TRUE(WriteFileAtomically(path, "second").ok());
  EXPECT_EQ(testing::ReadFile(path), "second");
  size_t entries = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) entries += e.exists();
  EXPECT_EQ(entries, 1u);
}

TEST(WriteFileAtomically, FailureNamesThePathAndLeavesNothing) {
  testing::TempDir dir;
  std::string path = dir.path() + "/missing/out.xml";
  Status s = WriteFileAtomically(path, "x");
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_NE(s.message().find(path), std::string::npos) << s.message();
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace glossator
