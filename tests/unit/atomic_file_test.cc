#include "util/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <thread>

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

// The permissions a plain create gives (0666 less the umask), whichever way
// the temporary file was made (unnamed with O_TMPFILE, or mkstemp's 0600).
TEST(WriteFileAtomically, GivesTheFileThePermissionsOfAPlainCreate) {
  testing::TempDir dir;
  std::string path = dir.path() + "/out.xml";
  mode_t mask = umask(022);
  ASSERT_TRUE(WriteFileAtomically(path, "x").ok());
  umask(mask);
  struct stat st {};
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u);
}

TEST(WriteFileAtomically, ALinkIsKeptAndTheFileItNamesReplaced) {
  testing::TempDir dir;
  std::string file = dir.path() + "/real.xml", link = dir.path() + "/link.xml";
  ASSERT_TRUE(WriteFileAtomically(file, "old").ok());
  std::filesystem::create_symlink("real.xml", link);
  ASSERT_TRUE(WriteFileAtomically(link, "new").ok());
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(testing::ReadFile(file), "new");
  EXPECT_EQ(testing::EntriesIn(dir.path()), 2u);
}

TEST(WriteFileAtomically, ADanglingLinkIsKeptAndItsTargetMade) {
  testing::TempDir dir;
  std::filesystem::create_directory(dir.path() + "/results");
  std::string link = dir.path() + "/out.xml";
  std::filesystem::create_symlink("results/reading.xml", link);
  ASSERT_TRUE(WriteFileAtomically(link, "made").ok());
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(testing::ReadFile(dir.path() + "/results/reading.xml"), "made");
}

TEST(WriteFileAtomically, ADeviceIsWrittenIntoNotReplaced) {
  testing::TempDir dir;
  std::string fifo = dir.path() + "/pipe";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = testing::ReadFile(fifo); });
  Status s = WriteFileAtomically(fifo, "through the pipe");
  reader.join();
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(received, "through the pipe");
  struct stat st {};
  ASSERT_EQ(stat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode)) << "the FIFO was replaced by a file";
  EXPECT_TRUE(WriteFileAtomically("/dev/null", "nothing").ok());
}

TEST(WriteFileAtomically, ADirectoryIsAnError) {
  testing::TempDir dir;
  Status s = WriteFileAtomically(dir.path(), "x");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("is a directory"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace glossator
