#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "labelled_reference.h"
#include "sequence_features.h"

namespace citations {
namespace {

std::vector<std::string> Pieces(const std::string& s) {
  std::vector<std::string> out;
  for (Span p : LabelPieces(s, Span{0, s.size()})) out.emplace_back(Slice(s, p));
  return out;
}

using Words = std::vector<std::string>;

TEST(LabelPieces, FieldsPrintedWithoutASpaceFallApart) {
  EXPECT_EQ(Pieces("12(3):45-67."), (Words{"12", "(", "3", ")", ":", "45-67", "."}));
  EXPECT_EQ(Pieces("Phys .Rev .Lett .100 ( 2008)012301"),
            (Words{"Phys", ".", "Rev", ".", "Lett", ".", "100", "(", "2008", ")", "012301"}));
  EXPECT_EQ(Pieces("Bull.21, 766"), (Words{"Bull.", "21", ",", "766"}));
  EXPECT_EQ(Pieces("Phys. Lett. B303,"), (Words{"Phys.", "Lett.", "B", "303", ","}));
  EXPECT_EQ(Pieces("manifolds.Class"), (Words{"manifolds.", "Class"}));
}

TEST(LabelPieces, WordsKeepTheirInnerSigns) {
  EXPECT_EQ(Pieces("U.S. O'Brien 45-67 1003.0694 e0259448"),
            (Words{"U.S.", "O'Brien", "45-67", "1003.0694", "e0259448"}));
  EXPECT_EQ(Pieces("doi:10.1371/journal.pone.0259448."),
            (Words{"doi:10.1371/journal.pone.0259448", "."}));
  EXPECT_EQ(Pieces("(https://example.org/a)"), (Words{"(https://example.org/a)"}));
  // A link ending in a character whose last byte reads as a space or a
  // control (à is C3 A0, † is E2 80 A0) keeps it whole.
  EXPECT_EQ(Pieces("https://example.org/voil\u00e0."),
            (Words{"https://example.org/voil\u00e0", "."}));
  EXPECT_EQ(Pieces("10.1000/x\u2020"), (Words{"10.1000/x\u2020"}));
}

// Labels given by hand, as the labeller could give them.
ParsedReference FromLabels(const std::string& s, const std::vector<FieldLabel>& labels) {
  std::vector<LabelToken> tokens = TokenizeForLabelling(s, Span{0, s.size()});
  EXPECT_EQ(tokens.size(), labels.size()) << s;
  return ReferenceFromLabels(s, Span{0, s.size()}, tokens, labels);
}

TEST(ReferenceFromLabels, AJournalsInnerSignLeftOutStaysInTheJournal) {
  // Smith , J. Phys . Rev . 12
  ParsedReference r =
      FromLabels("Smith, J. Phys. Rev. 12 (2001)",
                 {kAuthorField, kAuthorField, kAuthorField, kContainerField, kContainerField,
                  kVolumeField, kOtherField, kDateField, kOtherField});
  EXPECT_EQ(r.container.value, "Phys. Rev");
  r = FromLabels("Smith, J. Phys . Rev. 12",
                 {kAuthorField, kAuthorField, kAuthorField, kContainerField, kOtherField,
                  kContainerField, kVolumeField});
  EXPECT_EQ(r.container.value, "Phys . Rev");
}

TEST(ReferenceFromLabels, AYearInTheJournalIsTheDateWhenNoneWasLabelled) {
  // Flood , M. Title. PLOS ONE 2021 , 16
  ParsedReference r =
      FromLabels("Flood, M. Title. PLOS ONE 2021, 16",
                 {kAuthorField, kAuthorField, kAuthorField, kTitleField, kContainerField,
                  kContainerField, kContainerField, kOtherField, kVolumeField});
  EXPECT_EQ(r.year.value, "2021");
  EXPECT_EQ(r.container.value, "PLOS ONE");
  EXPECT_EQ(r.volume.value, "16");
}

TEST(ReferenceFromLabels, AVolumesSecondRunIsItsIssue) {
  // Weyl , H. Title. Math. Ann. 77 ( 1916 ) , no. 3 , 313-352 .
  ParsedReference r =
      FromLabels("Weyl, H. Title. Math. Ann. 77 (1916), no. 3, 313-352.",
                 {kAuthorField, kAuthorField, kAuthorField, kTitleField, kContainerField,
                  kContainerField, kVolumeField, kOtherField, kDateField, kOtherField, kOtherField,
                  kVolumeField, kVolumeField, kOtherField, kPagesField, kOtherField});
  EXPECT_EQ(r.volume.value, "77");
  EXPECT_EQ(r.issue.value, "3");
  EXPECT_EQ(r.pages.value, "313-352");
}

TEST(ReferenceFromLabels, AnInvertedNameEndsWithItsInitials) {
  // Ehlers , C.L. Chaos and | Complexity : Can It Help ? | Archives 1995
  ParsedReference r = FromLabels("Ehlers, C.L. Chaos and Complexity: Can It Help? Archives 1995",
                                 {kAuthorField, kAuthorField, kAuthorField, kAuthorField,
                                  kAuthorField, kTitleField, kTitleField, kTitleField, kTitleField,
                                  kTitleField, kTitleField, kContainerField, kDateField});
  ASSERT_EQ(r.authors.size(), 1u);
  EXPECT_EQ(r.authors[0].family, "Ehlers");
  EXPECT_EQ(r.title.value, "Chaos and Complexity: Can It Help?");
  // A list that turns to given names first keeps its names.
  r = FromLabels(
      "Mason, R. Hal and John C. McKelvey. The Planning Organization. 1962",
      {kAuthorField, kAuthorField, kAuthorField, kAuthorField, kAuthorField, kAuthorField,
       kAuthorField, kAuthorField, kTitleField, kTitleField, kTitleField, kDateField});
  EXPECT_EQ(r.authors_span.end, std::string_view("Mason, R. Hal and John C. McKelvey").size());
  // The labeller ran the names on past "and"; initials spaced apart.
  r = FromLabels("Ehlers, C.L. Chaos and Complexity: Can It Help? Archives 1995",
                 {kAuthorField, kAuthorField, kAuthorField, kAuthorField, kAuthorField,
                  kAuthorField, kOtherField, kTitleField, kTitleField, kTitleField, kTitleField,
                  kContainerField, kDateField});
  ASSERT_EQ(r.authors.size(), 1u);
  EXPECT_EQ(r.title.value, "Chaos and Complexity: Can It Help?");
  r = FromLabels("Smith, J. A. Chaos theory. Archives 1995",
                 {kAuthorField, kAuthorField, kAuthorField, kAuthorField, kAuthorField, kTitleField,
                  kContainerField, kDateField});
  EXPECT_EQ(Slice("Smith, J. A. Chaos theory. Archives 1995", r.authors_span), "Smith, J. A.");
}

TEST(ReferenceFromLabels, ACommaBetweenAVolumeAndItsIssueIsNotTheVolumes) {
  // Weyl , H. Title. Math. Ann. 77 , 3 , 313-352
  ParsedReference r = FromLabels(
      "Weyl, H. Title. Math. Ann. 77, 3, 313-352",
      {kAuthorField, kAuthorField, kAuthorField, kTitleField, kContainerField, kContainerField,
       kVolumeField, kOtherField, kVolumeField, kOtherField, kPagesField});
  EXPECT_EQ(r.volume.value, "77");
  EXPECT_EQ(r.issue.value, "3");
}

}  // namespace
}  // namespace citations
