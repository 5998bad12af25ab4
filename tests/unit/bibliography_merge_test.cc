// The pack's bibliography merge (pack/bibliography_merge.h) on hand-made
// entries: which differences still make one work and which make two. The
// same through the real command, on two readings of ours in APA and Chicago
// style, is in integration/pack_test.cc.
#include "pack/bibliography_merge.h"

#include <gtest/gtest.h>

namespace glossator::pack {
namespace {

BiblEntry Entry(const std::string& id, std::vector<std::string> surnames, const std::string& year,
                const std::string& title, const std::string& doi = "") {
  BiblEntry e;
  e.xml_id = id;
  for (const std::string& s : surnames) e.authors.push_back({s, ""});
  e.year = year;
  e.title = title;
  e.doi = doi;
  e.text = id;
  return e;
}

// The works' sizes, in the merge's (key) order.
std::vector<size_t> Sizes(const std::vector<MergedWork>& works) {
  std::vector<size_t> sizes;
  for (const MergedWork& w : works) sizes.push_back(w.citing.size());
  return sizes;
}

TEST(BibliographyMerge, OneWorkInTwoStylesIsOneWork) {
  ReadingSummary apa, chicago;
  apa.entries = {Entry("b1", {"Brennecke", "Varga"}, "2011",
                       "Silence and the working alliance: A study of pauses in brief therapy")};
  // Title case, authors in another order, a subtitle dropped.
  chicago.entries = {
      Entry("b7", {"Varga", "Brennecke"}, "2011", "Silence and the Working Alliance")};
  std::vector<MergedWork> works = MergeBibliography({&apa, &chicago});
  ASSERT_EQ(works.size(), 1u);
  EXPECT_EQ(works[0].citing.size(), 2u);
  EXPECT_EQ(works[0].citing[0].reading, 0u);
  EXPECT_EQ(works[0].citing[1].bibl_id, "b7");
  EXPECT_EQ(works[0].xml_id, "w.brennecke2011");
}

TEST(BibliographyMerge, AnAuthorsTwoWorksOfOneYearStayTwo) {
  ReadingSummary r;
  r.entries = {Entry("b1", {"Halloway"}, "2004", "Holding and its failures"),
               Entry("b2", {"Halloway"}, "2004",
                     "Waiting rooms: Time and the frame in open-ended treatment")};
  std::vector<MergedWork> works = MergeBibliography({&r});
  ASSERT_EQ(works.size(), 2u);
  EXPECT_NE(works[0].record.key, works[1].record.key);
}

TEST(BibliographyMerge, AccentsAndApostrophesInSurnamesDoNotSplitAWork) {
  ReadingSummary a, b;
  a.entries = {Entry("b1", {"Ó Súilleabháin"}, "1998", "Éléments of the frame")};
  b.entries = {Entry("b3", {"O'Suilleabhain"}, "1998", "Elements of the Frame")};
  EXPECT_EQ(Sizes(MergeBibliography({&a, &b})), (std::vector<size_t>{2}));
}

TEST(BibliographyMerge, ADoiMakesOneWorkWhateverElseDiffers) {
  ReadingSummary a, b;
  a.entries = {Entry("b1", {"Keleti"}, "2016", "The therapist's guilt", "10.5555/rrp.2016.12")};
  b.entries = {
      Entry("b2", {"Keleti", "Moss"}, "2017", "Guilt and withdrawal", "10.5555/RRP.2016.12")};
  EXPECT_EQ(Sizes(MergeBibliography({&a, &b})), (std::vector<size_t>{2}));
}

TEST(BibliographyMerge, OtherAuthorsOrAnotherYearAreAnotherWork) {
  ReadingSummary a, b;
  a.entries = {Entry("b1", {"Sundqvist"}, "1999", "Mirroring reconsidered")};
  b.entries = {Entry("b1", {"Sundqvist"}, "2001", "Mirroring reconsidered"),
               Entry("b2", {"Sundqvist", "Ferrante"}, "1999", "Mirroring reconsidered")};
  EXPECT_EQ(MergeBibliography({&a, &b}).size(), 3u);
}

TEST(BibliographyMerge, TitleSimilarityIsTheShareOfTheShorterTitlesContentWords) {
  EXPECT_DOUBLE_EQ(TitleSimilarity("Holding and Its Failures", "holding and its failures"), 1.0);
  EXPECT_DOUBLE_EQ(TitleSimilarity("Silence and the Working Alliance",
                                   "Silence and the working alliance: A study of pauses"),
                   1.0);
  EXPECT_DOUBLE_EQ(TitleSimilarity("Mirrors and windows", "Windows and doors"), 0.5);
  EXPECT_LT(TitleSimilarity("Holding and its failures", "Waiting rooms: Time and the frame"),
            kTitleSimilarity);
}

}  // namespace
}  // namespace glossator::pack
