// What annotate, text and refs take as inputs: directories (sorted, and
// --recursive), --files-from, and a PDF on standard input (-, /dev/stdin).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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

// readings/: b.pdf, A.PDF, notes.txt, sub/c.pdf, and dot files that are not
// readings: ._b.pdf (what macOS leaves beside a copied file), .trash/d.pdf.
std::string MakeReadings(const std::string& root) {
  std::string dir = root + "/readings";
  fs::create_directories(dir + "/sub");
  fs::create_directories(dir + "/.trash");
  std::ofstream(dir + "/._b.pdf") << "AppleDouble";
  fs::copy_file(testing::SamplePdf("column"), dir + "/.trash/d.pdf");
  fs::copy_file(testing::SamplePdf("column"), dir + "/b.pdf");
  fs::copy_file(testing::SamplePdf("slides"), dir + "/A.PDF");
  std::ofstream(dir + "/notes.txt") << "not a PDF\n";
  fs::copy_file(testing::SamplePdf("column"), dir + "/sub/c.pdf");
  return dir;
}

TEST(CliInputs, ADirectoryGivesItsPdfsSortedByName) {
  testing::TempDir tmp;
  std::string dir = MakeReadings(tmp.path());
  std::string out = tmp.path() + "/out";
  fs::create_directory(out);
  CommandResult r =
      Glossator("annotate " + ShellQuote(dir) + " -o " + ShellQuote(out) + " --no-plugins");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::exists(out + "/A.xml"));
  EXPECT_TRUE(fs::exists(out + "/b.xml"));
  EXPECT_FALSE(fs::exists(out + "/sub")) << "no --recursive";
  EXPECT_FALSE(fs::exists(out + "/notes.xml"));
  EXPECT_LT(r.output.find("A.PDF ->"), r.output.find("b.pdf ->")) << r.output;
  EXPECT_TRUE(Contains(r.output, "glossator: 2 files: 2 written")) << r.output;
}

TEST(CliInputs, RecursiveKeepsTheSubdirectoriesInTheOutput) {
  testing::TempDir tmp;
  std::string dir = MakeReadings(tmp.path());
  std::string out = tmp.path() + "/out/";
  CommandResult r =
      Glossator("annotate " + ShellQuote(dir) + " -r -o " + ShellQuote(out) + " --no-plugins");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::exists(out + "sub/c.xml")) << r.output;
  EXPECT_EQ(testing::ReadFile(out + "sub/c.xml").rfind("<?xml", 0), 0u);
  EXPECT_TRUE(Contains(r.output, "3 files: 3 written")) << r.output;
}

TEST(CliInputs, ADirectoryWithoutPdfsIsSaid) {
  testing::TempDir tmp;
  std::string empty = tmp.path() + "/empty";
  fs::create_directory(empty);
  CommandResult r = Glossator("annotate " + ShellQuote(empty) + " -o " +
                              ShellQuote(tmp.path() + "/out/") + " --no-plugins");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_TRUE(Contains(r.output, empty + ": no PDF in the directory")) << r.output;
  EXPECT_FALSE(fs::exists(tmp.path() + "/out")) << "nothing made when there is nothing to do";
  // text and refs take one PDF, not a directory.
  CommandResult text = Glossator("text " + ShellQuote(tmp.path()));
  EXPECT_EQ(text.exit_code, 2) << text.output;
  EXPECT_TRUE(Contains(text.output, "is a directory; text takes one PDF")) << text.output;
}

TEST(CliInputs, FilesFromAFileAndFromStandardInput) {
  testing::TempDir tmp;
  std::string list = tmp.path() + "/list.txt";
  std::ofstream(list) << testing::SamplePdf("column") << "\n\n"
                      << testing::SamplePdf("slides") << "\r\n";
  CommandResult r = Glossator("annotate --files-from " + ShellQuote(list) + " -o " +
                              ShellQuote(tmp.path() + "/a/") + " --no-plugins");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::exists(tmp.path() + "/a/column.xml"));
  EXPECT_TRUE(fs::exists(tmp.path() + "/a/slides.xml"));
  CommandResult piped =
      RunCommand("printf '%s\\n' " + ShellQuote(testing::SamplePdf("article")) + " | " +
                 ShellQuote(GLOSSATOR_BINARY) + " annotate --files-from - -o " +
                 ShellQuote(tmp.path() + "/b/") + " --no-plugins");
  ASSERT_EQ(piped.exit_code, 0) << piped.output;
  EXPECT_TRUE(fs::exists(tmp.path() + "/b/article.xml")) << piped.output;
  CommandResult missing = Glossator("annotate --files-from /nonexistent/list -o " +
                                    ShellQuote(tmp.path() + "/c/") + " --no-plugins");
  EXPECT_EQ(missing.exit_code, 3) << missing.output;
  EXPECT_TRUE(Contains(missing.output, "/nonexistent/list")) << missing.output;
}

TEST(CliInputs, APdfOnStandardInputReadsAsTheFileDoes) {
  std::string column = ShellQuote(testing::SamplePdf("column"));
  CommandResult file = Glossator("text " + column + " 2>/dev/null");
  ASSERT_EQ(file.exit_code, 0);
  CommandResult dash = RunCommand(ShellQuote(GLOSSATOR_BINARY) + " text - < " + column);
  EXPECT_EQ(dash.exit_code, 0) << dash.output.substr(0, 300);
  EXPECT_EQ(dash.output, file.output);
  // What used to be "damaged PDF (Document stream is empty)".
  CommandResult dev =
      RunCommand("cat " + column + " | " + ShellQuote(GLOSSATOR_BINARY) + " text /dev/stdin");
  EXPECT_EQ(dev.exit_code, 0) << dev.output.substr(0, 300);
  EXPECT_EQ(dev.output, file.output);
}

TEST(CliInputs, AnnotateFromStandardInputNamesItStdin) {
  testing::TempDir tmp;
  std::string out = tmp.path() + "/out.xml";
  CommandResult r = RunCommand("cat " + ShellQuote(testing::SamplePdf("column")) + " | " +
                               ShellQuote(GLOSSATOR_BINARY) + " annotate - -o " + ShellQuote(out) +
                               " --no-plugins");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(Contains(r.output, "glossator: standard input -> " + out)) << r.output;
  std::string xml = testing::ReadFile(out);
  EXPECT_TRUE(Contains(xml, ">stdin<")) << xml.substr(0, 2000);
  EXPECT_FALSE(Contains(xml, "/proc/self/fd")) << "the memory file is not named";
}

TEST(CliInputs, StandardInputIsBoundByTheMemoryLimitAndCheckedLikeAFile) {
  // long-paper.pdf is 1.5 MB: more than --max-memory 1.
  CommandResult big = RunCommand(ShellQuote(GLOSSATOR_BINARY) + " text --max-memory 1 - < " +
                                 ShellQuote(testing::SamplePdf("long-paper")));
  EXPECT_EQ(big.exit_code, 9) << big.output;
  EXPECT_TRUE(Contains(big.output, "standard input: more than the memory limit of 1 MB"))
      << big.output;
  CommandResult not_pdf = RunCommand("echo hello | " + ShellQuote(GLOSSATOR_BINARY) + " text -");
  EXPECT_EQ(not_pdf.exit_code, 4) << not_pdf.output;
  EXPECT_TRUE(Contains(not_pdf.output, "standard input: not a PDF")) << not_pdf.output;
  CommandResult twice = RunCommand("echo x | " + ShellQuote(GLOSSATOR_BINARY) +
                                   " annotate - --files-from - -o /tmp/never/ --no-plugins");
  EXPECT_EQ(twice.exit_code, 2) << twice.output;
  EXPECT_FALSE(fs::exists("/tmp/never"));
}

// refs reads standard input as annotate does (with the refs stand-in plugin).
TEST(CliInputs, RefsFromStandardInputGivesTheFilesEntries) {
  std::string plugins = " --plugin-dir " +
                        ShellQuote(std::string(GLOSSATOR_TEST_PLUGIN_DIR) + "/refs") +
                        " --plugins citations";
  std::string paper = ShellQuote(testing::SamplePdf("working-paper"));
  CommandResult file = Glossator("refs " + paper + " --format bibtex -q" + plugins);
  ASSERT_EQ(file.exit_code, 0) << file.output;
  CommandResult dash = RunCommand(ShellQuote(GLOSSATOR_BINARY) + " refs - --format bibtex -q" +
                                  plugins + " < " + paper);
  ASSERT_EQ(dash.exit_code, 0) << dash.output;
  EXPECT_NE(file.output.find("@article{"), std::string::npos) << file.output;
  EXPECT_EQ(dash.output, file.output);
}

}  // namespace
}  // namespace glossator
