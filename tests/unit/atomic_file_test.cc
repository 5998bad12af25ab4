#include "util/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
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

// The pid of a process that has just ended (and been reaped).
pid_t DeadPid() {
  pid_t pid = fork();
  if (pid == 0) _exit(0);
  waitpid(pid, nullptr, 0);
  return pid;
}

// A file at path whose last change was age ago.
void WriteAged(const std::string& path, std::chrono::seconds age) {
  std::ofstream(path) << "half a TEI";
  std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now() - age);
}

// Where O_TMPFILE is missing, a writer killed mid-write leaves
// ".NAME.glossator-PID.XXXXXX"; the next write into the directory removes
// such files, and only those: ours by name, older than the run, their writer
// gone.
TEST(WriteFileAtomically, StaleTemporaryFilesOfAKilledWriterAreRemovedOnTheNextWrite) {
  testing::TempDir dir;
  namespace fs = std::filesystem;
  const std::string d = dir.path() + "/";
  const std::string dead = std::to_string(DeadPid());
  const std::chrono::hours old(1);
  WriteAged(d + ".article.xml.glossator-" + dead + ".k3x9q2", old);
  WriteAged(d + ".notes.xml.glossator-" + dead + ".a1b2c3", old);  // another output's
  // Kept: a live writer's (pid 1 is always there), one changed during this
  // run, names that are not ours, a link, a directory.
  WriteAged(d + ".article.xml.glossator-1.k3x9q2", old);
  WriteAged(d + ".article.xml.glossator-" + dead + ".fresh1", std::chrono::seconds(-60));
  WriteAged(d + ".article.xml.k3x9q2", old);
  WriteAged(d + "article.xml.glossator-" + dead + ".k3x9q2", old);
  WriteAged(d + ".article.xml.glossator-" + dead + ".toolong1", old);
  fs::create_symlink("/nowhere", d + ".link.xml.glossator-" + dead + ".k3x9q2");
  fs::create_directory(d + ".dir.xml.glossator-" + dead + ".k3x9q2");

  ASSERT_TRUE(WriteFileAtomically(d + "article.xml", "<TEI/>").ok());
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(dir.path())) {
    left.push_back(e.path().filename().string());
  }
  std::sort(left.begin(), left.end());
  std::vector<std::string> expected = {".article.xml.glossator-" + dead + ".fresh1",
                                       ".article.xml.glossator-" + dead + ".toolong1",
                                       ".article.xml.glossator-1.k3x9q2",
                                       ".article.xml.k3x9q2",
                                       ".dir.xml.glossator-" + dead + ".k3x9q2",
                                       ".link.xml.glossator-" + dead + ".k3x9q2",
                                       "article.xml",
                                       "article.xml.glossator-" + dead + ".k3x9q2"};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(left, expected);
  EXPECT_EQ(testing::ReadFile(d + "article.xml"), "<TEI/>");
}

}  // namespace
}  // namespace glossator
