// The control prose of ../shared/data/real/texts/controls/ (a novel, a
// biography, science, philosophy), typeset into PDFs by
// tests/real/render_controls.py: book pages that nobody here wrote. The
// taggers' tests use them for what must not be tagged; this test checks that
// the layout reads them whole, against pdftotext on the same files.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace glossator {
namespace {

using testing::CommandResult;
using testing::RunCommand;
using testing::ShellQuote;

// Share of pdftotext's words that `glossator text` must give, in order. Words
// differ only where a line-end hyphen is joined differently (pdftotext keeps
// every hyphen) or a page number is taken for running furniture.
constexpr double kMinRecallOfPdftotext = 0.98;

TEST(RealControls, EveryControlPdfIsReadWhole) {
  std::string why;
  const std::vector<std::string> pdfs = testing::ControlPdfs(&why);
  if (pdfs.empty()) GTEST_SKIP() << why;
  ASSERT_EQ(pdfs.size(), 4u) << "the README of ../shared/data/real names four control texts";
  for (const std::string& pdf : pdfs) {
    SCOPED_TRACE(pdf);
    CommandResult reference =
        RunCommand(std::string(PDFTOTEXT_EXECUTABLE) + " " + ShellQuote(pdf) + " -");
    CommandResult ours =
        RunCommand(std::string(GLOSSATOR_BINARY) + " text " + ShellQuote(pdf) + " 2>/dev/null");
    ASSERT_EQ(reference.exit_code, 0) << reference.output;
    ASSERT_EQ(ours.exit_code, 0) << ours.output;
    testing::TokenScore score = testing::CompareTokens(reference.output, ours.output);
    EXPECT_GT(score.expected, 5000u) << "each control text has more than 5,000 words";
    EXPECT_GE(score.recall(), kMinRecallOfPdftotext);
    std::printf("%-60s words %zu  recall of pdftotext %.3f  precision %.3f\n", pdf.c_str(),
                score.expected, score.recall(), score.precision());
    for (const std::string& d : score.differences) std::printf("    %s\n", d.c_str());
  }
}

}  // namespace
}  // namespace glossator
