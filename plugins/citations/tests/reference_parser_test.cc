// Every entry form of CORPUS.md read into its parts.
#include "reference_parser.h"

#include <gtest/gtest.h>

#include <string>

#include "reference_remainder.h"

namespace citations {
namespace {

std::string Authors(const ParsedReference& r) { return PersonLines(r.authors); }
std::string Editors(const ParsedReference& r) { return PersonLines(r.editors); }

TEST(ReferenceParser, JournalArticle) {
  std::string s =
      "Abernathy, L. K., Birchall, S., & Coyle, T. (1991). Ruptures in the working alliance: A "
      "process study of early sessions. Journal of Clinical Process Research, 12(3), 201-219.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kArticle);
  EXPECT_EQ(Authors(r), "Abernathy|L. K.\nBirchall|S.\nCoyle|T.");
  EXPECT_EQ(r.year.value, "1991");
  EXPECT_EQ(r.title.value, "Ruptures in the working alliance: A process study of early sessions");
  EXPECT_EQ(r.container.value, "Journal of Clinical Process Research");
  EXPECT_EQ(r.volume.value, "12");
  EXPECT_EQ(r.issue.value, "3");
  EXPECT_EQ(r.pages.value, "201-219");
  EXPECT_EQ(r.pages_from, "201");
  EXPECT_EQ(r.pages_to, "219");
  // Spans point at the text as printed.
  EXPECT_EQ(Slice(s, r.year.span), "(1991)");
  EXPECT_EQ(Slice(s, r.container.span), "Journal of Clinical Process Research");
  EXPECT_EQ(Slice(s, r.pages.span), "201-219");
  EXPECT_EQ(Slice(s, r.authors_span), "Abernathy, L. K., Birchall, S., & Coyle, T.");
}

TEST(ReferenceParser, EnDashPagesAndCurlyApostrophe) {
  std::string s =
      "Vos, R. (1997). Stalemate and the therapist\u2019s wish to be good. Journal of Relational "
      "Studies, 12(1), 88\u2013104.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.title.value, "Stalemate and the therapist\u2019s wish to be good");
  EXPECT_EQ(r.pages.value, "88-104");
  EXPECT_EQ(Slice(s, r.pages.span), "88\u2013104");
}

TEST(ReferenceParser, MissingSpacesAndCommas) {
  std::string s =
      "Halloran M.(1987).Holding and its failures. Journal of Clinical Process,12(3),33-51.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(Authors(r), "Halloran|M.");
  EXPECT_EQ(r.year.value, "1987");
  EXPECT_EQ(r.title.value, "Holding and its failures");
  EXPECT_EQ(r.container.value, "Journal of Clinical Process");
  EXPECT_EQ(r.volume.value, "12");
  EXPECT_EQ(r.issue.value, "3");
  EXPECT_EQ(r.pages.value, "33-51");
}

TEST(ReferenceParser, RomanVolumeGluedToPages) {
  std::string s =
      "Tessaro, M. (1987b). Counter-transference as a source of knowledge. Bulletin of the "
      "Harrow Psychoanalytic Society, XL(2)165-176.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kArticle);
  EXPECT_EQ(r.year.value, "1987");
  EXPECT_EQ(r.year_suffix, "b");
  EXPECT_EQ(r.container.value, "Bulletin of the Harrow Psychoanalytic Society");
  EXPECT_EQ(r.volume.value, "XL");
  EXPECT_EQ(r.issue.value, "2");
  EXPECT_EQ(r.pages.value, "165-176");
}

TEST(ReferenceParser, Book) {
  std::string s =
      "Brekke, J. (1988). Stalemate: Studies in the Therapeutic Impasse. Hartford, CT: Merrow & "
      "Lyle.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kBook);
  EXPECT_EQ(r.title.value, "Stalemate: Studies in the Therapeutic Impasse");
  EXPECT_EQ(r.title_level, 'm');
  EXPECT_EQ(r.place.value, "Hartford, CT");
  EXPECT_EQ(r.publisher.value, "Merrow & Lyle");
}

TEST(ReferenceParser, EditedBook) {
  std::string s =
      "Farrow, M., & Ilse, B. (Eds.) (1990). Beginnings in Psychotherapy: Clinical Essays on the "
      "First Months of Treatment. Boston, MA: Harbinger Press.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kEditedBook);
  EXPECT_TRUE(r.authors.empty());
  EXPECT_EQ(Editors(r), "Farrow|M.\nIlse|B.");
  EXPECT_EQ(r.year.value, "1990");
  EXPECT_EQ(r.place.value, "Boston, MA");
  EXPECT_EQ(r.publisher.value, "Harbinger Press");
  EXPECT_EQ(r.Creators().size(), 2u);
}

TEST(ReferenceParser, Chapter) {
  std::string s =
      "Quarrington, A. (1990). A widower's accusation: Notes on defensiveness in brief therapy. "
      "In M. Farrow & B. Ilse (Eds.) Beginnings in Psychotherapy (pp. 20-55). Boston: Harbinger "
      "Press.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kChapter);
  EXPECT_EQ(Authors(r), "Quarrington|A.");
  EXPECT_EQ(Editors(r), "Farrow|M.\nIlse|B.");
  EXPECT_EQ(r.title.value, "A widower's accusation: Notes on defensiveness in brief therapy");
  EXPECT_EQ(r.container.value, "Beginnings in Psychotherapy");
  EXPECT_EQ(r.container_level, 'm');
  EXPECT_EQ(r.pages.value, "20-55");
  EXPECT_EQ(r.place.value, "Boston");
  EXPECT_EQ(r.publisher.value, "Harbinger Press");
}

TEST(ReferenceParser, ChapterWithCommaAfterEds) {
  std::string s =
      "Fairbrother, A. (1985). Optimal frustration reconsidered. In T. Quennell & R. Vos (Eds.), "
      "Deficit and conflict: Essays in clinical theory (pp. 20\u201355). New York, NY: Linford.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kChapter);
  EXPECT_EQ(Editors(r), "Quennell|T.\nVos|R.");
  EXPECT_EQ(r.container.value, "Deficit and conflict: Essays in clinical theory");
  EXPECT_EQ(r.pages.value, "20-55");
  EXPECT_EQ(r.place.value, "New York, NY");
}

TEST(ReferenceParser, WorkingPaperSeries) {
  std::string s =
      "Moraine, D. (1986). Connection, disconnection, and the central relational paradox. Work in "
      "Progress, No. 55. Wellbury, MA: Linden Centre Working Papers.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kReport);
  EXPECT_EQ(r.title.value, "Connection, disconnection, and the central relational paradox");
  EXPECT_EQ(r.collection.value, "Work in Progress");
  EXPECT_EQ(r.number.value, "55");
  EXPECT_EQ(r.place.value, "Wellbury, MA");
  EXPECT_EQ(r.publisher.value, "Linden Centre Working Papers");
}

TEST(ReferenceParser, TalkWithFullDate) {
  std::string s =
      "Brekke, J. (1981, April 3). Impasse and the analyst's fatigue. Spring Symposium on "
      "Relational Practice, Calder Institute.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kTalk);
  EXPECT_EQ(r.year.value, "1981");
  EXPECT_EQ(r.date, "1981-04-03");
  EXPECT_EQ(r.title.value, "Impasse and the analyst's fatigue");
  EXPECT_EQ(r.event.value, "Spring Symposium on Relational Practice, Calder Institute");
}

TEST(ReferenceParser, PaperPresentedAtWithCity) {
  std::string s =
      "Yarrow, G. (1999, March 12). Impasse as information. Paper presented at the Spring "
      "Symposium of the Lakeshore Psychoanalytic Society, Chicago, IL.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kTalk);
  EXPECT_EQ(r.date, "1999-03-12");
  EXPECT_EQ(r.event.value, "Spring Symposium of the Lakeshore Psychoanalytic Society");
  EXPECT_EQ(r.place.value, "Chicago, IL");
}

TEST(ReferenceParser, PersonalCommunication) {
  std::string s = "Vellacott, R. (2001, October 9). Personal communication.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kPersonalCommunication);
  EXPECT_EQ(Authors(r), "Vellacott|R.");
  EXPECT_EQ(r.date, "2001-10-09");
  EXPECT_TRUE(r.title.value.empty());
}

TEST(ReferenceParser, WebPage) {
  std::string s =
      "Ashdown, C. (2004, May 2). What my worst session taught me about repair. Retrieved from "
      "https://example.org/notes/repair.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.kind, Kind::kWebPage);
  EXPECT_EQ(r.url.value, "https://example.org/notes/repair");
  EXPECT_EQ(r.title.value, "What my worst session taught me about repair");
  EXPECT_EQ(r.date, "2004-05-02");
}

TEST(ReferenceParser, NoDateAndOrganisation) {
  std::string s = "Linden Centre. (n.d.). Colloquium papers. Wellbury, MA: Linden Centre.";
  ParsedReference r = ParseReference(s);
  EXPECT_EQ(r.year.value, "n.d.");
  ASSERT_EQ(r.authors.size(), 1u);
  EXPECT_TRUE(r.authors[0].organisation);
  EXPECT_EQ(r.title.value, "Colloquium papers");
}

TEST(ReferenceParser, StrayBulletOrDashBeforeTheEntry) {
  for (std::string lead : {"\u2022 ", "- ", "\u2013 ", "* ", "12. ", "[3] "}) {
    std::string s = lead +
                    "Greaves, N. (1989). Early ruptures. Journal of Counseling Process, "
                    "36(2), 140-151.";
    ParsedReference r = ParseReference(s);
    EXPECT_EQ(r.entry.begin, lead.size()) << lead;
    EXPECT_EQ(Authors(r), "Greaves|N.") << lead;
    EXPECT_EQ(r.container.value, "Journal of Counseling Process") << lead;
  }
}

// Bracketed asides about the edition stay out of the title.
TEST(ReferenceParser, EditionAsidesAreNotPartOfTheTitle) {
  EXPECT_EQ(
      ParseReference("Lacan, J. (2006). Ecrits (B. Fink, Trans.). New York: Norton.").title.value,
      "Ecrits");
  EXPECT_EQ(ParseReference("Freud, S. (1912). The dynamics of transference (S.E. 12, pp. "
                           "97-108). London: Hogarth Press.")
                .title.value,
            "The dynamics of transference");
  // A parenthesis that is part of the title stays.
  EXPECT_EQ(ParseReference("Quist, A. (1990). Holding (and letting go). Boston: Harbinger Press.")
                .title.value,
            "Holding (and letting go)");
}

TEST(ReferenceParser, AttributesInContractOrder) {
  std::string s =
      "Kilbride S. (1997). Attachment style. Journal of Relational Research, 7(1), 12-29.";
  ParsedReference r = ParseReference(s);
  auto a = r.Attributes();
  ASSERT_GE(a.size(), 4u);
  EXPECT_EQ(a[0].first, "kind");
  EXPECT_EQ(a[0].second, "article");
  EXPECT_EQ(a[1].first, "authors");
  EXPECT_EQ(a[1].second, "Kilbride|S.");
}

TEST(ReferenceRemainder, VolumeIssuePagesForms) {
  auto read = [](const std::string& s) {
    ParsedReference r;
    bool ok = ParseVolumePages(s, Span{0, s.size()}, &r);
    return std::string(ok ? "" : "!") + r.volume.value + "|" + r.issue.value + "|" + r.pages.value;
  };
  EXPECT_EQ(read("12(3), 201-219"), "12|3|201-219");
  EXPECT_EQ(read("XL(2)165-176"), "XL|2|165-176");
  EXPECT_EQ(read("Vol. 19, No. 1, pp. 5-28"), "19|1|5-28");
  EXPECT_EQ(read("12:33-51"), "12||33-51");
  EXPECT_EQ(read("220 (4598), 671-680"), "220|4598|671-680");
  EXPECT_EQ(read("Clinical Essays"), "!||");
}

TEST(ReferenceRemainder, SentenceEndSkipsInitialsAndAbbreviations) {
  std::string s = "Freud and J. Lacan vs. Klein. Next";
  EXPECT_EQ(SentenceEnd(s, 0, s.size()), s.find("Klein.") + 5);
}

}  // namespace
}  // namespace citations
