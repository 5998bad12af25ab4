// A run killed while writing on a file system without O_TMPFILE leaves its
// temporary file (".article.xml.glossator-PID.XXXXXX") beside the output;
// the next run into the directory removes it, and nothing else.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace glossator {
namespace {

TEST(StaleTemporaryFiles, TheNextRunIntoTheDirectoryRemovesThem) {
  namespace fs = std::filesystem;
  testing::TempDir dir;
  pid_t dead = fork();  // a writer that is gone
  if (dead == 0) _exit(0);
  ASSERT_GT(dead, 0);
  waitpid(dead, nullptr, 0);
  const std::string stale =
      dir.path() + "/.article.xml.glossator-" + std::to_string(dead) + ".q7k2m9";
  const std::string users = dir.path() + "/.article.xml.notes";  // not ours: kept
  for (const std::string& path : {stale, users}) {
    std::ofstream(path) << "<TEI><text>half";
    fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::hours(2));
  }
  testing::CommandResult r = testing::RunCommand(
      std::string("'") + GLOSSATOR_BINARY + "' annotate '" + testing::SamplePdf("article") +
      "' -o '" + dir.path() + "/article.xml' --no-plugins -q 2>&1");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_FALSE(fs::exists(stale)) << "the stale temporary file is still there";
  EXPECT_TRUE(fs::exists(users));
  EXPECT_EQ(testing::EntriesIn(dir.path()), 2u);  // article.xml and the user's file
}

}  // namespace
}  // namespace glossator
