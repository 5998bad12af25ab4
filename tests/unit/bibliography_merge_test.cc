// The pack's bibliography merge (pack/bibliography_merge.h) on hand-made
// entries: which differences still make one work and which make two. The
// same through the real command, on two readings of ours in APA and Chicago
// style, is in integration/pack_test.cc.
#include "pack/bibliography_merge.h"

#include <gtest/gtest.h>

#include <set>

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

// An editor's work (pack/bibliography_edits.h) with its claimed entries.
EditedWork EditorsWork(const std::string& xml_id, const std::string& title) {
  EditedWork w;
  w.xml_id = xml_id;
  w.resp = "#ed";
  w.entry = Entry(xml_id, {"Halloway"}, "2004", title);
  return w;
}

TEST(BibliographyMerge, AnEditorsWorkHoldsTheEntriesItClaimsWhateverTheRulesSay) {
  ReadingSummary a, b;
  a.entries = {Entry("b1", {"Halloway"}, "2004", "Holding and its failures"),
               Entry("b2", {"Halloway"}, "2004", "Waiting rooms")};
  b.entries = {Entry("b3", {"Halloway"}, "2004", "Holding and Its Failures")};
  // The editor: a's two entries are one work (the rules keep them apart), and
  // b's entry is not that work (the rules would merge it with a's first).
  EditedWork one = EditorsWork("w.halloway2004", "Holding and its failures");
  std::vector<MergedWork> works =
      MergeBibliography({&a, &b}, {EditorClaim{&one, {{0, "b1"}, {0, "b2"}}}});
  ASSERT_EQ(works.size(), 2u);
  const MergedWork& edited = works[0].edited ? works[0] : works[1];
  const MergedWork& machine = works[0].edited ? works[1] : works[0];
  EXPECT_EQ(edited.edited, &one);
  EXPECT_EQ(edited.xml_id, "w.halloway2004");
  ASSERT_EQ(edited.citing.size(), 2u);
  EXPECT_EQ(edited.citing[1].bibl_id, "b2");
  ASSERT_EQ(machine.citing.size(), 1u);
  EXPECT_EQ(machine.citing[0].bibl_id, "b3");
  // The editor's key is the editor's; the machine's work takes another.
  EXPECT_EQ(machine.xml_id, "w.halloway2004-2");
}

TEST(BibliographyMerge, AnEditorsWorkWithoutAnIdOrWithATakenOneGetsAKeyOfItsOwn) {
  ReadingSummary a;
  a.entries = {Entry("b1", {"Halloway"}, "2004", "Holding"),
               Entry("b2", {"Halloway"}, "2004", "Waiting rooms")};
  EditedWork first = EditorsWork("w.mine", "Holding"), second = EditorsWork("w.mine", "Waiting");
  EditedWork unnamed = EditorsWork("", "Rooms");
  std::vector<MergedWork> works =
      MergeBibliography({&a}, {EditorClaim{&first, {{0, "b1"}}}, EditorClaim{&second, {{0, "b2"}}},
                               EditorClaim{&unnamed, {}}});
  std::set<std::string> ids;
  for (const MergedWork& w : works) ids.insert(w.xml_id);
  EXPECT_EQ(ids, (std::set<std::string>{"w.mine", "w.halloway2004", "w.halloway2004-2"}));
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
