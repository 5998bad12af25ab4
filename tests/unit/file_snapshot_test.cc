// The test helper that checks a command only read its input must see a
// change of bytes and a change of modification time alone.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "test_support.h"

namespace glossator::testing {
namespace {

TEST(FileSnapshot, SeesBytesAndTimeChanges) {
  TempDir dir;
  std::string path = dir.path() + "/input.pdf";
  std::ofstream(path) << "original";
  FileSnapshot same(path);
  EXPECT_EQ(same.Changes(), "");

  std::ofstream(path) << "modified";
  EXPECT_NE(same.Changes().find("bytes changed"), std::string::npos);

  std::ofstream(path) << "original";
  FileSnapshot touched(path);
  timespec times[2] = {{0, UTIME_OMIT}, {12345, 0}};
  ASSERT_EQ(utimensat(AT_FDCWD, path.c_str(), times, 0), 0);
  EXPECT_NE(touched.Changes().find("modification time changed"), std::string::npos);
  EXPECT_EQ(EntriesIn(dir.path()), 1u);
}

}  // namespace
}  // namespace glossator::testing
