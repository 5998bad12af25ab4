// Every citation form of CORPUS.md, and years that are not citations.
#include "citation_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace citations {
namespace {

struct Found {
  std::string surface, authors, years, locator;
  bool et_al = false;
};

std::vector<Found> FindIn(const std::string& text, const std::vector<std::string>& known = {}) {
  CitationFinder finder(known);
  std::vector<Found> out;
  for (const Citation& c : finder.Find(text, Span{0, text.size()})) {
    Found f;
    f.surface = std::string(Slice(text, c.span));
    for (const std::string& a : c.authors) f.authors += (f.authors.empty() ? "" : ";") + a;
    for (const std::string& y : c.years) f.years += (f.years.empty() ? "" : ";") + y;
    f.locator = c.locator;
    f.et_al = c.et_al;
    out.push_back(f);
  }
  return out;
}

std::vector<std::string> Surfaces(const std::string& text,
                                  const std::vector<std::string>& known = {}) {
  std::vector<std::string> out;
  for (const Found& f : FindIn(text, known)) out.push_back(f.surface);
  return out;
}

using Strings = std::vector<std::string>;

TEST(CitationFinder, NarrativeForms) {
  EXPECT_EQ(Surfaces("In the narrower sense, Halloran (1987) calls it a rupture."),
            Strings{"Halloran (1987)"});
  EXPECT_EQ(Surfaces("Halloran's study (1987) found the opposite."),
            Strings{"Halloran's study (1987)"});
  EXPECT_EQ(Surfaces("In Halloran\u2019s terms (1985), the failure was optimal."),
            Strings{"Halloran\u2019s terms (1985)"});
  EXPECT_EQ(Surfaces("As Halloran noted (1987), the body knows first."),
            Strings{"Halloran noted (1987)"});
  std::vector<Found> f = FindIn("Halloran's study (1987) found it.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].authors, "Halloran");
}

TEST(CitationFinder, ColleaguesAndEtAl) {
  std::vector<Found> f = FindIn(
      "Halloran and her colleagues (1987) disagreed. Okonjo et al. (1996) extended this work.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].surface, "Halloran and her colleagues (1987)");
  EXPECT_EQ(f[0].authors, "Halloran");
  EXPECT_TRUE(f[0].et_al);
  EXPECT_EQ(f[1].surface, "Okonjo et al. (1996)");
  EXPECT_TRUE(f[1].et_al);
  std::vector<Found> p = FindIn("as shown before (Okonjo et al., 1996).");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].surface, "Okonjo et al., 1996");
  EXPECT_TRUE(p[0].et_al);
}

TEST(CitationFinder, FirstNamesBeforeSurnames) {
  std::vector<Found> f = FindIn("Ruth Halloran and Abel Quist (1990) describe a similar sequence.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].surface, "Ruth Halloran and Abel Quist (1990)");
  EXPECT_EQ(f[0].authors, "Halloran;Quist");
}

TEST(CitationFinder, NameFarBeforeTheYear) {
  const std::string text =
      "The notion is familiar. Ruth Halloran, in her paper on Holding and Its Failures (1987), "
      "argued otherwise.";
  // Without a reference list: the title in capitals is passed over.
  std::vector<Found> f = FindIn(text);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].surface, "Ruth Halloran, in her paper on Holding and Its Failures (1987)");
  EXPECT_EQ(f[0].authors, "Halloran");
  // With one: the listed surname is recognised.
  EXPECT_EQ(Surfaces(text, {"Halloran"}), Strings{f[0].surface});
  EXPECT_EQ(Surfaces("As Pieter Lanvers said in a lecture I heard as a trainee (2001), it helps."),
            Strings{"Pieter Lanvers said in a lecture I heard as a trainee (2001)"});
}

TEST(CitationFinder, ParentheticalForms) {
  std::vector<Found> f =
      FindIn("This holds (Halloran & Quist, 1990, p.12) and (Halloran, 1987, Chapter 2, p.4).");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].surface, "Halloran & Quist, 1990, p.12");
  EXPECT_EQ(f[0].authors, "Halloran;Quist");
  EXPECT_EQ(f[0].locator, "p.12");
  EXPECT_EQ(f[1].surface, "Halloran, 1987, Chapter 2, p.4");
  EXPECT_EQ(f[1].locator, "Chapter 2, p.4");
}

TEST(CitationFinder, GroupsGiveOneCitationPerWork) {
  EXPECT_EQ(Surfaces("repair matters (Abel, Berg, & Coe, 1991; Dunn & Eyre, 1992; Foy, 1990)."),
            (Strings{"Abel, Berg, & Coe, 1991", "Dunn & Eyre, 1992", "Foy, 1990"}));
  std::vector<Found> f = FindIn("(Abel, Berg, & Coe, 1991; Dunn & Eyre, 1992)");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].authors, "Abel;Berg;Coe");
  EXPECT_EQ(f[1].authors, "Dunn;Eyre");
}

TEST(CitationFinder, SeveralYearsOfOneAuthor) {
  std::vector<Found> f = FindIn(
      "Halloran (1985,1992) has argued this, and (Halloran, 1981;1988) before, and Halloran "
      "(1987a, 1987b) too.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].surface, "Halloran (1985,1992)");
  EXPECT_EQ(f[0].years, "1985;1992");
  EXPECT_EQ(f[1].surface, "Halloran, 1981;1988");
  EXPECT_EQ(f[1].years, "1981;1988");
  EXPECT_EQ(f[2].years, "1987a;1987b");
}

TEST(CitationFinder, ReprintYears) {
  std::vector<Found> f = FindIn("Freud (1912/1958) and (Freud, 1915/1957, p. 166) agree.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].surface, "Freud (1912/1958)");
  EXPECT_EQ(f[0].years, "1912/1958");
  EXPECT_EQ(f[1].surface, "Freud, 1915/1957, p. 166");
  EXPECT_EQ(f[1].locator, "p. 166");
}

TEST(CitationFinder, PhrasesBeforeTheNamesStayOutside) {
  EXPECT_EQ(Surfaces("brief (see the essays collected in Farrow & Ilse, 1990)."),
            Strings{"Farrow & Ilse, 1990"});
  EXPECT_EQ(Surfaces("the same way (Vellacott, personal communication, 2001), and"),
            Strings{"Vellacott, personal communication, 2001"});
  EXPECT_EQ(Surfaces("(e.g., Halloran, 1987)"), Strings{"Halloran, 1987"});
}

TEST(CitationFinder, SlidesInCapitals) {
  EXPECT_EQ(Surfaces("DONALD MELTZER (1967)"), Strings{"DONALD MELTZER (1967)"});
  EXPECT_EQ(Surfaces("TESSLER (1966) VS DRUMMOND (1963)"),
            (Strings{"TESSLER (1966)", "DRUMMOND (1963)"}));
  std::vector<Found> f = FindIn("DAVID ABERNETHY - LOWE (1992)");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].surface, "DAVID ABERNETHY - LOWE (1992)");
  EXPECT_EQ(f[0].authors, "ABERNETHY - LOWE");
  // A line in capitals with a year but no name before it.
  EXPECT_TRUE(Surfaces("WHAT WE LEARNED IN (1992)").empty());
}

TEST(CitationFinder, YearsThatAreNotCitations) {
  EXPECT_TRUE(Surfaces("In 1992 she moved from a hospital post to a small service.").empty());
  EXPECT_TRUE(Surfaces("In a follow-up survey, 330 therapists rated eleven strategies.").empty());
  EXPECT_TRUE(Surfaces("This was not a new position even in 1987, but it was precise.").empty());
  EXPECT_TRUE(Surfaces("Call (978) 555-0142 or write by November 12, 2003.").empty());
  EXPECT_TRUE(Surfaces("The clinic opened a second wing (1992) after the war.").empty());
  EXPECT_TRUE(Surfaces("Patients often arrive late in the first month (1990).").empty());
  EXPECT_TRUE(Surfaces("It was read at the colloquium (1981, April 3) in the spring.").empty());
  EXPECT_TRUE(Surfaces("\u00a9 2004 by Claire Ostrander. All rights reserved.").empty());
}

// Issue 12's linking cases on real lists.
TEST(CitationFinder, CoAuthorsStayInTheSpanAfterAPreposition) {
  EXPECT_EQ(Surfaces("More formally, similarly to Mitchell and Lapata (2008), we define it.",
                     {"Mitchell", "Lapata"}),
            Strings{"Mitchell and Lapata (2008)"});
  EXPECT_EQ(FindIn("As shown by Mitchell and Lapata (2008), it holds.")[0].authors,
            "Mitchell;Lapata");
}

TEST(CitationFinder, SmallCapitalsInLowerCaseAreNamesOfTheList) {
  std::vector<Found> f =
      FindIn("Users innovate (thomke & hippel, 2002).", {"Thomke", "von Hippel"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].surface, "thomke & hippel, 2002");
  EXPECT_EQ(f[0].authors, "thomke;hippel");
  // Lower-case words that are not the list's names stay out.
  EXPECT_TRUE(FindIn("Users innovate (see also, 2002).", {"Thomke"}).empty());
}

TEST(CitationFinder, NarrativeCitationInsideAnAside) {
  EXPECT_EQ(Surfaces("It composes (see Baroni (2013) for an overview). Then it runs."),
            Strings{"Baroni (2013)"});
  EXPECT_EQ(Surfaces("The set (in turn adapting Turney (2012)). The dataset is small."),
            Strings{"Turney (2012)"});
}

TEST(CitationFinder, APlaceIsNoName) {
  EXPECT_TRUE(FindIn("The society was founded in London (1948) by analysts.", {"Klein"}).empty());
  EXPECT_TRUE(FindIn("It was printed (London, 1948).", {"Klein"}).empty());
  // Unless the list has it as a surname.
  EXPECT_EQ(Surfaces("As London (1948) showed, it holds.", {"London"}), Strings{"London (1948)"});
}

TEST(CitationFinder, SentenceStart) {
  std::string s = "First one. M. Tessaro et al. argued (1990).";
  EXPECT_EQ(SentenceStart(s, 0, s.find('(')), s.find("M. Tessaro"));
}

}  // namespace
}  // namespace citations
