// Golden tests: every sample PDF goes through the real Poppler path and its
// text must equal the expected text (samples/expected/NAME.txt, derived from
// the sample's source and checked by eye) token for token. Any drift fails.
#include <gtest/gtest.h>

#include <cstdio>

#include "glossator/extract.h"
#include "test_support.h"

namespace glossator {
namespace {

using testing::CompareTokens;
using testing::ExpectedTextPath;
using testing::ReadFile;
using testing::SampleNames;
using testing::SamplePdf;
using testing::Tokens;

class GoldenText : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenText, MatchesExpectedTokenForToken) {
  const std::string name = GetParam();
  Result<Document> doc = ExtractDocument(SamplePdf(name));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::string expected = ReadFile(ExpectedTextPath(name));
  ASSERT_FALSE(expected.empty()) << ExpectedTextPath(name);
  testing::TokenScore score = CompareTokens(expected, doc->text());
  std::string diffs;
  for (size_t i = 0; i < score.differences.size() && i < 20; ++i) {
    diffs += "\n  " + score.differences[i];
  }
  EXPECT_EQ(score.matched, score.expected) << name << ": drift from the expected text:" << diffs;
  EXPECT_EQ(score.produced, score.expected) << name << ":" << diffs;
}

INSTANTIATE_TEST_SUITE_P(Samples, GoldenText, ::testing::ValuesIn(SampleNames()),
                         [](const auto& param_info) {
                           std::string n = param_info.param;
                           for (char& c : n) c = c == '-' ? '_' : c;
                           return n;
                         });

// The 315-page document is too long for the alignment table; its tokens must
// simply be equal, in order.
TEST(GoldenText, LongPaperMatchesExpectedTokens) {
  Result<Document> doc = ExtractDocument(SamplePdf("long-paper"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_GE(doc->source().page_count, 300);
  std::vector<std::string> got = Tokens(doc->text());
  std::vector<std::string> want = Tokens(ReadFile(ExpectedTextPath("long-paper")));
  size_t i = 0;
  while (i < got.size() && i < want.size() && got[i] == want[i]) ++i;
  EXPECT_EQ(i, want.size()) << "first difference at token " << i << ": expected '"
                            << (i < want.size() ? want[i] : "<end>") << "' got '"
                            << (i < got.size() ? got[i] : "<end>") << "'";
  EXPECT_EQ(got.size(), want.size());
}

// A line-end error is a difference that vanishes once hyphens and spaces are
// ignored: a word broken in two, two words run together, a hyphen lost or added.
size_t LineEndErrors(const testing::TokenScore& score) {
  size_t errors = 0;
  for (const std::string& d : score.differences) {
    size_t a = d.find('['), b = d.find(']'), c = d.find('[', b), e = d.rfind(']');
    auto squash = [](std::string s) {
      std::string out;
      for (char ch : s) {
        if (ch != ' ' && ch != '-') out += ch;
      }
      return out;
    };
    if (squash(d.substr(a + 1, b - a - 1)) == squash(d.substr(c + 1, e - c - 1))) ++errors;
  }
  return errors;
}

// Reports token precision and recall of Glossator and of pdftotext on every
// sample, and the words broken or wrongly joined at line ends. Glossator's
// figures are asserted by the golden tests above; this one prints the table.
TEST(GoldenReport, GlossatorAgainstPdftotext) {
  std::printf("%-14s %-10s %9s %9s %10s\n", "sample", "tool", "precision", "recall", "line-ends");
  for (const std::string& name : SampleNames()) {
    std::string expected = ReadFile(ExpectedTextPath(name));
    Result<Document> doc = ExtractDocument(SamplePdf(name));
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    testing::TokenScore ours = CompareTokens(expected, doc->text());
    std::printf("%-14s %-10s %9.4f %9.4f %10zu\n", name.c_str(), "glossator", ours.precision(),
                ours.recall(), LineEndErrors(ours));
    EXPECT_EQ(LineEndErrors(ours), 0u) << name;
    std::string pdftotext = PDFTOTEXT_EXECUTABLE;
    if (pdftotext.empty() || pdftotext.find("NOTFOUND") != std::string::npos) continue;
    testing::CommandResult r =
        testing::RunCommand("'" + pdftotext + "' '" + SamplePdf(name) + "' - 2>/dev/null");
    ASSERT_EQ(r.exit_code, 0);
    testing::TokenScore theirs = CompareTokens(expected, r.output);
    std::printf("%-14s %-10s %9.4f %9.4f %10zu\n", name.c_str(), "pdftotext", theirs.precision(),
                theirs.recall(), LineEndErrors(theirs));
  }
}

}  // namespace
}  // namespace glossator
