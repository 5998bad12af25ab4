// Where annotate writes: a directory for several inputs (never a file name
// made a directory), a directory made for -o DIR/, --skip-existing, and what
// it reports as it goes ([i/N] on a terminal, the summary line).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "test_support.h"

namespace glossator {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::RunCommand;
using testing::ShellQuote;

CommandResult Glossator(const std::string& args) {
  return RunCommand(ShellQuote(GLOSSATOR_BINARY) + " " + args);
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string TwoPdfs() {
  return ShellQuote(testing::SamplePdf("column")) + " " + ShellQuote(testing::SamplePdf("slides"));
}

TEST(CliOutputs, SeveralInputsToAFileNameAreRefusedNotMadeADirectory) {
  testing::TempDir tmp;
  std::string combined = tmp.path() + "/combined.xml";
  CommandResult r =
      Glossator("annotate " + TwoPdfs() + " -o " + ShellQuote(combined) + " --no-plugins");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_TRUE(Contains(r.output, "the output is a directory")) << r.output;
  EXPECT_TRUE(Contains(r.output, "combined.xml/")) << "says how to ask for one:\n" << r.output;
  EXPECT_FALSE(fs::exists(combined));
  // An existing file is refused too, and kept.
  std::ofstream(combined) << "kept";
  EXPECT_EQ(Glossator("annotate " + TwoPdfs() + " -o " + ShellQuote(combined) + " --no-plugins")
                .exit_code,
            2);
  EXPECT_EQ(testing::ReadFile(combined), "kept");
}

TEST(CliOutputs, ATrailingSlashMakesTheDirectory) {
  testing::TempDir tmp;
  std::string pack = tmp.path() + "/new/pack/";
  CommandResult two =
      Glossator("annotate " + TwoPdfs() + " -o " + ShellQuote(pack) + " --no-plugins");
  ASSERT_EQ(two.exit_code, 0) << two.output;
  EXPECT_TRUE(fs::exists(pack + "column.xml"));
  EXPECT_TRUE(fs::exists(pack + "slides.xml"));
  // One input: a directory too, not a file named "one".
  std::string one = tmp.path() + "/one/";
  CommandResult single = Glossator("annotate " + ShellQuote(testing::SamplePdf("column")) + " -o " +
                                   ShellQuote(one) + " --no-plugins");
  ASSERT_EQ(single.exit_code, 0) << single.output;
  EXPECT_TRUE(fs::exists(one + "column.xml")) << single.output;
}

TEST(CliOutputs, SkipExistingLeavesWrittenFilesAlone) {
  testing::TempDir tmp;
  std::string pack = tmp.path() + "/pack/";
  ASSERT_EQ(Glossator("annotate " + ShellQuote(testing::SamplePdf("column")) + " -o " +
                      ShellQuote(pack) + " --no-plugins -q")
                .exit_code,
            0);
  std::ofstream(pack + "column.xml") << "an earlier run's output";
  CommandResult r = Glossator("annotate " + TwoPdfs() + " -o " + ShellQuote(pack) +
                              " --no-plugins --skip-existing");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(testing::ReadFile(pack + "column.xml"), "an earlier run's output");
  EXPECT_TRUE(fs::exists(pack + "slides.xml"));
  EXPECT_TRUE(Contains(r.output, "column.pdf: skipped, " + pack + "column.xml exists")) << r.output;
  EXPECT_TRUE(Contains(r.output, "2 files: 1 written, 1 skipped, 0 failed")) << r.output;
  // Without it, the file is replaced.
  ASSERT_EQ(
      Glossator("annotate " + TwoPdfs() + " -o " + ShellQuote(pack) + " --no-plugins -q").exit_code,
      0);
  EXPECT_EQ(testing::ReadFile(pack + "column.xml").rfind("<?xml", 0), 0u);
}

// The summary adds up the per-file lines; a failure is counted and sets the exit code.
TEST(CliOutputs, TheSummaryCountsFilesPagesAndFailures) {
  testing::TempDir tmp;
  CommandResult r = Glossator("annotate " + TwoPdfs() + " /nonexistent/x.pdf -o " +
                              ShellQuote(tmp.path() + "/pack/") + " --no-plugins");
  EXPECT_EQ(r.exit_code, 3) << r.output;
  std::smatch m;
  long pages = 0;
  std::string rest = r.output;
  static const std::regex kFileLine(" -> [^\n]* \\(([0-9]+) pages");
  while (std::regex_search(rest, m, kFileLine)) {
    pages += std::stol(m[1]);
    rest = m.suffix();
  }
  EXPECT_GT(pages, 2);
  EXPECT_TRUE(Contains(r.output, "glossator: 3 files: 2 written, 0 skipped, 1 failed; " +
                                     std::to_string(pages) + " pages read in "))
      << r.output;
  EXPECT_EQ(r.output.find("[1/3]"), std::string::npos) << "no [i/N] in a pipe";
  CommandResult quiet = Glossator("annotate " + TwoPdfs() + " -o " +
                                  ShellQuote(tmp.path() + "/pack/") + " --no-plugins -q");
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.output, "");
}

TEST(CliOutputs, OnATerminalEachFileIsNumbered) {
  if (RunCommand("script --version").exit_code != 0) GTEST_SKIP() << "no script(1) here";
  testing::TempDir tmp;
  // script(1) runs the command with a pseudo-terminal for its output.
  std::string run = tmp.path() + "/run.sh";
  std::ofstream(run) << ShellQuote(GLOSSATOR_BINARY) << " annotate " << TwoPdfs() << " -o "
                     << ShellQuote(tmp.path() + "/pack/") << " --no-plugins\n";
  CommandResult r = RunCommand("script -qec 'bash " + run + "' /dev/null");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  // While a file is read, "[i/N] NAME" on the line; erased before the next message.
  EXPECT_TRUE(Contains(r.output, "[1/2] " + testing::SamplePdf("column") + "\r\033[K")) << r.output;
  EXPECT_TRUE(Contains(r.output, "glossator: [1/2] ")) << r.output;
  EXPECT_TRUE(Contains(r.output, "glossator: [2/2] ")) << r.output;
  EXPECT_TRUE(Contains(r.output, "2 files: 2 written")) << r.output;
}

}  // namespace
}  // namespace glossator
