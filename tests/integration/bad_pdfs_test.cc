// The damaged and edge-case PDFs of ../shared/data/bad-pdfs through the real
// command: each ends with its text, or with a one-line error naming the file
// and a non-zero exit, within the time limit; none crashes or hangs.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "pdf_edit.h"
#include "test_support.h"

namespace glossator {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;

std::string BadPdfDir() { return testing::SharedDir() + "/data/bad-pdfs"; }

testing::CommandResult Glossator(const std::string& args) {
  return RunCommand(std::string("'") + GLOSSATOR_BINARY + "' " + args);
}

size_t CountLines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

// Exit codes we expect where the file's fault is known (see the corpus README).
const std::map<std::string, int> kExpectedExit = {
    {"qpdf_bad1.pdf", 4},                       // not a PDF
    {"qpdf_issue-335b.pdf", 4},                 // 23 bytes
    {"qpdf_enc-R3_V2_U-view_O-master.pdf", 6},  // password required
    {"qpdf_enc-XI-R6_V5_O-master.pdf", 0},      // empty user password: opens
    {"qpdf_bad7.pdf", 5},                       // no trailer: damaged
    {"qpdf_issue-202.pdf", 0},                  // nested dictionary, 10 pages of text
};

// Files that open but whose page content is damaged (see the corpus README):
// they are read with a warning that the page may be incomplete.
const std::set<std::string> kWarnedDamage = {
    "qpdf_bad22.pdf",  // no /Length for a stream
    "qpdf_bad24.pdf",  // "expected endstream"
};

TEST(BadPdfs, EveryFileEndsWithTextOrAOneLineErrorNamingIt) {
  ASSERT_TRUE(fs::is_directory(BadPdfDir())) << BadPdfDir();
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(BadPdfDir())) {
    if (entry.path().extension() != ".pdf") continue;
    ++files;
    std::string name = entry.path().filename().string();
    auto start = std::chrono::steady_clock::now();
    testing::CommandResult text =
        Glossator("text --time-limit 20 '" + entry.path().string() + "' 2>&1 >/dev/null");
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 25.0) << name;
    if (text.exit_code == 0) {
      // Read, but perhaps around damage: then only warnings, each naming the
      // file and the page.
      std::istringstream lines(text.output);
      for (std::string line; std::getline(lines, line);) {
        EXPECT_EQ(line.rfind("glossator: warning: ", 0), 0u) << name << ": " << line;
        EXPECT_NE(line.find(name + ": page "), std::string::npos) << name << ": " << line;
      }
      if (kWarnedDamage.count(name)) {
        EXPECT_NE(text.output.find("may be incomplete"), std::string::npos) << name;
      }
    } else {
      EXPECT_GE(text.exit_code, 3) << name << ": " << text.output;
      EXPECT_LE(text.exit_code, 10) << name << ": " << text.output;
      EXPECT_EQ(CountLines(text.output), 1u) << name << ": " << text.output;
      EXPECT_NE(text.output.find(name), std::string::npos) << name << ": " << text.output;
    }
    auto expected = kExpectedExit.find(name);
    if (expected != kExpectedExit.end()) {
      EXPECT_EQ(text.exit_code, expected->second) << name << ": " << text.output;
    }
  }
  EXPECT_EQ(files, 20u);
}

TEST(BadPdfs, PasswordOpensTheEncryptedFile) {
  std::string file = BadPdfDir() + "/qpdf_enc-R3_V2_U-view_O-master.pdf";
  testing::CommandResult wrong = Glossator("text --password nope '" + file + "'");
  EXPECT_EQ(wrong.exit_code, 6);
  EXPECT_NE(wrong.output.find("password given does not open it"), std::string::npos)
      << wrong.output;
  testing::CommandResult right = Glossator("text --password view '" + file + "' 2>/dev/null");
  EXPECT_EQ(right.exit_code, 0) << right.output;
  EXPECT_FALSE(testing::Tokens(right.output).empty());
}

TEST(BadPdfs, EncryptedWithEmptyUserPasswordGivesItsText) {
  testing::CommandResult r =
      Glossator("text '" + BadPdfDir() + "/qpdf_enc-XI-R6_V5_O-master.pdf' 2>/dev/null");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("Potato"), std::string::npos) << r.output.substr(0, 200);
}

// A valid PDF whose one page has no text: what a scan without OCR looks like.
std::string WritePdfWithoutText(const std::string& dir) {
  std::string path = dir + "/scanned.pdf";
  std::ofstream(path, std::ios::binary) << testing::OnePagePdf("");
  return path;
}

TEST(BadPdfs, NoTextLayerIsReportedAsSuch) {
  testing::TempDir dir;
  std::string path = WritePdfWithoutText(dir.path());
  testing::CommandResult r = Glossator("text '" + path + "'");
  EXPECT_EQ(r.exit_code, 7) << r.output;
  EXPECT_NE(r.output.find("no text layer"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("scanned.pdf"), std::string::npos) << r.output;
}

TEST(BadPdfs, MissingFileAndDirectoryAreClearErrors) {
  testing::CommandResult missing = Glossator("text /nonexistent/reading.pdf");
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.output.find("/nonexistent/reading.pdf: no such file"), std::string::npos)
      << missing.output;
  testing::TempDir dir;
  testing::CommandResult directory = Glossator("text '" + dir.path() + "'");
  EXPECT_EQ(directory.exit_code, 2) << directory.output;
}

// A document that takes longer than its time limit stops between pages with
// a message naming the file and page (three copies of the 315-page paper).
TEST(BadPdfs, TimeLimitStopsALongDocument) {
  testing::TempDir dir;
  std::string long_paper = testing::SamplePdf("long-paper");
  std::string big = dir.path() + "/big.pdf";
  ASSERT_EQ(RunCommand("pdfunite '" + long_paper + "' '" + long_paper + "' '" + long_paper + "' '" +
                       big + "'")
                .exit_code,
            0);
  auto start = std::chrono::steady_clock::now();
  testing::CommandResult r = Glossator("text --time-limit 1 '" + big + "' >/dev/null");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.exit_code, 8) << r.output;
  EXPECT_NE(r.output.find("big.pdf"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("time limit of 1 s"), std::string::npos) << r.output;
  EXPECT_LT(seconds, 4.0);
}

// One bad PDF among good ones: the good ones are still written, and the exit
// code says something failed.
TEST(BadPdfs, OneBadFileDoesNotTakeThePackDown) {
  testing::TempDir out;
  std::string good = testing::SamplePdf("article");
  std::string bad = BadPdfDir() + "/qpdf_bad1.pdf";
  testing::CommandResult r =
      Glossator("annotate '" + good + "' '" + bad + "' -o '" + out.path() + "/pack/'");
  EXPECT_EQ(r.exit_code, 4) << r.output;
  ASSERT_TRUE(fs::exists(out.path() + "/pack/article.xml")) << r.output;
  testing::CommandResult valid =
      RunCommand(std::string("'") + JING_EXECUTABLE + "' '" + testing::SharedDir() +
                 "/schemas/tei_all.rng' '" + out.path() + "/pack/article.xml' 2>/dev/null");
  EXPECT_EQ(valid.exit_code, 0) << valid.output;
  EXPECT_FALSE(fs::exists(out.path() + "/pack/qpdf_bad1.xml"));
}

// Text drawn in control characters only is no text once normalised: the
// same "no text layer" as a page with no text at all, not an empty reading.
TEST(BadPdfs, ControlCharactersOnlyAreNoTextLayer) {
  testing::TempDir dir;
  std::string controls = dir.path() + "/controls.pdf", words = dir.path() + "/words.pdf";
  // Glyphs A, B, C that the font's ToUnicode map gives as U+0000, U+0001, U+0002.
  std::ofstream(controls, std::ios::binary) << testing::OnePagePdf(
      "BT /F1 12 Tf 72 700 Td (ABC) Tj ET", {{'A', 0x0000}, {'B', 0x0001}, {'C', 0x0002}});
  std::ofstream(words, std::ios::binary)
      << testing::OnePagePdf("BT /F1 12 Tf 72 700 Td (Holding) Tj ET");
  testing::CommandResult none = Glossator("text '" + controls + "'");
  EXPECT_EQ(none.exit_code, 7) << none.output;
  EXPECT_NE(none.output.find(controls + ": no text layer"), std::string::npos) << none.output;
  testing::CommandResult some = Glossator("text '" + words + "'");
  EXPECT_EQ(some.exit_code, 0) << some.output;
  EXPECT_NE(some.output.find("Holding"), std::string::npos) << some.output;
}

}  // namespace
}  // namespace glossator
