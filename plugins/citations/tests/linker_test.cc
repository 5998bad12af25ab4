// Linking citations to entries: exact, misspelt, et al., abbreviated
// co-authors, two entries that fit, none that fits.
#include "linker.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "reference_parser.h"

namespace citations {
namespace {

class LinkerTest : public ::testing::Test {
 protected:
  void Entry(const std::string& s) {
    texts_.push_back(s);  // a deque keeps the strings where they are
    references_.push_back(ParseReference(texts_.back()));
  }
  // Links a citation and returns its targets as 1-based entry numbers.
  std::vector<size_t> Link(std::vector<std::string> authors, std::vector<std::string> years,
                           bool et_al = false, double* confidence = nullptr) {
    Citation c;
    c.authors = std::move(authors);
    c.years = std::move(years);
    c.et_al = et_al;
    std::vector<Citation> all{c};
    LinkCitations(references_, &all);
    if (confidence != nullptr) *confidence = all[0].link_confidence;
    std::vector<size_t> out;
    for (size_t t : all[0].targets) out.push_back(t + 1);
    return out;
  }
  void SetUp() override {
    Entry(
        "Okonjo, F., Pell, R., Varga, S., & Whitcombe, L. (1996). Accounts. Research, 9(3), 1-2.");
    Entry("Pellegrino, C. (1993). Surface and deep repair. Review, 3(1), 1-19.");
    Entry(
        "Quarrington, A. (1990). A widower's accusation. In M. Farrow & B. Ilse (Eds.) "
        "Beginnings (pp. 20-55). Boston: Harbinger Press.");
    Entry(
        "Tessaro, M. (1987a). Holding and its failures. Work in Progress, No. 28. Wellbury, MA: "
        "Linden Centre Working Papers.");
    Entry("Tessaro, M. (1987b). Counter-transference. Bulletin, XL(2)165-176.");
    Entry("Tessaro, M., & Quarrington, A. (1990). Early ruptures. Journal, 14(4), 377-395.");
    Entry("Vos, R. (1997). Stalemate. Journal of Relational Studies, 12(1), 88-104.");
    Entry("Farrow, M., & Ilse, B. (Eds.) (1990). Beginnings. Boston, MA: Harbinger Press.");
  }
  std::deque<std::string> texts_;
  std::vector<ParsedReference> references_;
};

using Targets = std::vector<size_t>;

TEST_F(LinkerTest, Exact) {
  double confidence = 0;
  EXPECT_EQ(Link({"Pellegrino"}, {"1993"}, false, &confidence), Targets{2});
  EXPECT_DOUBLE_EQ(confidence, 1.0);
  EXPECT_EQ(Link({"Tessaro", "Quarrington"}, {"1990"}), Targets{6});
}

TEST_F(LinkerTest, MisspeltSurnameLinksWithLowerConfidence) {
  double confidence = 0;
  EXPECT_EQ(Link({"Pelegrino"}, {"1993"}, false, &confidence), Targets{2});
  EXPECT_LT(confidence, 1.0);
  EXPECT_GT(confidence, 0.5);
  // A misspelt co-author, and the same in capitals.
  EXPECT_EQ(Link({"Tessaro", "Quarington"}, {"1990"}), Targets{6});
  EXPECT_EQ(Link({"PELEGRINO"}, {"1993"}), Targets{2});
}

TEST_F(LinkerTest, ShortNamesMustMatchExactly) {
  EXPECT_TRUE(Link({"Voss"}, {"1997"}).empty());
  EXPECT_EQ(Link({"Vos"}, {"1997"}), Targets{7});
  EXPECT_TRUE(Link({"Pelegrinus"}, {"1993"}).empty());
}

// The printed suffix wins over a better fit of co-authors: the text's "a"
// points at 2007a, not at the 2007c whose co-author the text names.
TEST(LinkerSuffix, PrintedSuffixIsPreferredExactly) {
  std::deque<std::string> texts = {
      "Wang, L., & Orr, T. (2007a). First study. Journal, 1(1), 1-2.",
      "Wang, L. (2007b). Second study. Journal, 1(2), 3-4.",
      "Wang, L., & Neumann, K. (2007c). Third study. Journal, 1(3), 5-6."};
  std::vector<ParsedReference> references;
  for (const std::string& t : texts) references.push_back(ParseReference(t));
  Citation c;
  c.authors = {"Wang", "Neumann"};
  c.years = {"2007a"};
  std::vector<Citation> all{c};
  LinkCitations(references, &all);
  EXPECT_EQ(all[0].targets, std::vector<size_t>{0});
  // Without a suffix the co-author decides.
  all[0].years = {"2007"};
  LinkCitations(references, &all);
  EXPECT_EQ(all[0].targets, std::vector<size_t>{2});
}

TEST_F(LinkerTest, EtAl) { EXPECT_EQ(Link({"Okonjo"}, {"1996"}, /*et_al=*/true), Targets{1}); }

TEST_F(LinkerTest, CoAuthorsAbbreviatedInTheText) {
  double confidence = 0;
  // Only Tessaro & Quarrington have a work of 1990 under Tessaro.
  EXPECT_EQ(Link({"Tessaro"}, {"1990"}, false, &confidence), Targets{6});
  EXPECT_LT(confidence, 1.0);
}

TEST_F(LinkerTest, TheSingleAuthorWorkWinsOverTheJointOne) {
  EXPECT_EQ(Link({"Quarrington"}, {"1990"}), Targets{3});
}

TEST_F(LinkerTest, EditorsOfAnEditedBook) {
  EXPECT_EQ(Link({"Farrow", "Ilse"}, {"1990"}), Targets{8});
}

TEST_F(LinkerTest, TwoEntriesFit) {
  double confidence = 0;
  Targets t = Link({"Tessaro"}, {"1987"}, false, &confidence);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(t[0] == 4 || t[0] == 5);
  EXPECT_LE(confidence, 0.5);
  // The suffix decides.
  EXPECT_EQ(Link({"Tessaro"}, {"1987b"}, false, &confidence), Targets{5});
  EXPECT_DOUBLE_EQ(confidence, 1.0);
}

TEST_F(LinkerTest, SeveralYearsGiveSeveralTargets) {
  EXPECT_EQ(Link({"Tessaro"}, {"1987a", "1987b"}), (Targets{4, 5}));
}

TEST_F(LinkerTest, ReprintYearsMatchEither) { EXPECT_EQ(Link({"Vos"}, {"1960/1997"}), Targets{7}); }

TEST_F(LinkerTest, NoEntryFits) {
  EXPECT_TRUE(Link({"Ambrose"}, {"1977"}).empty());
  EXPECT_TRUE(Link({"Pellegrino"}, {"1994"}).empty());
}

TEST(NameMatch, Distances) {
  EXPECT_EQ(EditDistance("halloran", "halloren"), 1u);
  EXPECT_EQ(EditDistance("quarrington", "quarirngton"), 1u);  // a swap
  EXPECT_DOUBLE_EQ(NameSimilarity("Halloran", "HALLORAN"), 1.0);
  EXPECT_DOUBLE_EQ(NameSimilarity("ABERNETHY - LOWE", "Abernethy-Lowe"), 1.0);
  EXPECT_DOUBLE_EQ(NameSimilarity("Halloren", "Halloran"), 0.9);
  EXPECT_DOUBLE_EQ(NameSimilarity("Vos", "Voss"), 0.0);
  NameMatchOptions strict;
  strict.max_distance = 0;
  EXPECT_DOUBLE_EQ(NameSimilarity("Halloren", "Halloran", strict), 0.0);
}

}  // namespace
}  // namespace citations
