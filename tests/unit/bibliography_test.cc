// The bibliography writers (glossator/bibliography.h) on hand-made
// annotations: escaping, missing fields, the kinds, keys. What pandoc makes
// of their output on a real reading is in integration/refs_cli_test.cc.
#include "glossator/bibliography.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "bibliography/bibtex.h"
#include "bibliography/citation_key.h"
#include "bibliography/json_text.h"
#include "bibliography/reference_record.h"
#include "test_support.h"

namespace glossator {
namespace {

using bibliography::AsciiWord;
using bibliography::BibtexText;
using bibliography::DateParts;
using bibliography::JsonString;
using bibliography::ParsePeople;
using bibliography::ReferenceRecord;

Annotation Reference(Attributes attributes) {
  Annotation a;
  a.type = "reference";
  a.plugin = "citations";
  a.attributes = std::move(attributes);
  return a;
}

Annotations Of(std::vector<Annotation> items) {
  Annotations a;
  for (size_t i = 0; i < items.size(); ++i) {
    items[i].id = i + 1;
    items[i].begin = 10 * i;
    items[i].end = 10 * i + 5;
  }
  a.items = std::move(items);
  return a;
}

TEST(JsonString, EscapesWhatJsonRequiresAndKeepsTheRest) {
  EXPECT_EQ(JsonString("plain"), "\"plain\"");
  EXPECT_EQ(JsonString("a \"quote\" and \\ back"), "\"a \\\"quote\\\" and \\\\ back\"");
  EXPECT_EQ(JsonString("line\nnext\ttab\r\b\f"), "\"line\\nnext\\ttab\\r\\b\\f\"");
  EXPECT_EQ(JsonString(std::string("nul\0x\x01\x1f", 7)), "\"nul\\u0000x\\u0001\\u001f\"");
  EXPECT_EQ(JsonString("Ó Súilleabháin / ü \x7f"), "\"Ó Súilleabháin / ü \x7f\"");
  EXPECT_EQ(JsonString("bad \xff byte"), "\"bad \\ufffd byte\"");
  EXPECT_EQ(JsonString(""), "\"\"");
}

TEST(CslJson, AnArticleWithEveryField) {
  Annotations a = Of({Reference({{"kind", "article"},
                                 {"authors", "Tessaro|M.\nQuarrington|A."},
                                 {"year", "1990"},
                                 {"title", "Early ruptures: \"acknowledgment\" and return"},
                                 {"container", "Journal of Brief Therapy"},
                                 {"volume", "14"},
                                 {"issue", "4"},
                                 {"pages", "377-395"},
                                 {"doi", "10.1000/jbt.14.4"},
                                 {"url", "https://example.org/a?b=c"}})});
  EXPECT_EQ(RenderBibliography(a, BibliographyFormat::kCslJson),
            "[\n"
            "  {\n"
            "    \"id\": \"tessaro1990\",\n"
            "    \"type\": \"article-journal\",\n"
            "    \"author\": [{\"family\": \"Tessaro\", \"given\": \"M.\"}, "
            "{\"family\": \"Quarrington\", \"given\": \"A.\"}],\n"
            "    \"issued\": {\"date-parts\": [[1990]]},\n"
            "    \"title\": \"Early ruptures: \\\"acknowledgment\\\" and return\",\n"
            "    \"container-title\": \"Journal of Brief Therapy\",\n"
            "    \"volume\": \"14\",\n"
            "    \"issue\": \"4\",\n"
            "    \"page\": \"377-395\",\n"
            "    \"URL\": \"https://example.org/a?b=c\",\n"
            "    \"DOI\": \"10.1000/jbt.14.4\"\n"
            "  }\n"
            "]\n");
}

TEST(CslJson, MissingFieldsAreLeftOut) {
  // No kind, no people, no year: an id from the title, type document, nothing else.
  Annotations a = Of({Reference({{"title", "The Broken Hour"}}), Reference({})});
  EXPECT_EQ(RenderBibliography(a, BibliographyFormat::kCslJson),
            "[\n"
            "  {\n"
            "    \"id\": \"brokennd\",\n"
            "    \"type\": \"document\",\n"
            "    \"title\": \"The Broken Hour\"\n"
            "  },\n"
            "  {\n"
            "    \"id\": \"refnd\",\n"
            "    \"type\": \"document\"\n"
            "  }\n"
            "]\n");
  EXPECT_EQ(RenderBibliography(Annotations{}, BibliographyFormat::kCslJson), "[]\n");
}

TEST(CslJson, TalksOrganisationsDatesAndEditors) {
  Annotations a =
      Of({Reference({{"kind", "talk"},
                     {"authors", "Brekke|J."},
                     {"year", "1981"},
                     {"date", "1981-04-03"},
                     {"title", "Impasse"},
                     {"event", "Spring Symposium, Calder Institute"}}),
          Reference({{"kind", "report"},
                     {"authors", "Linden Centre|"},
                     {"year", "n.d."},
                     {"collection", "Work in Progress"},
                     {"number", "55"},
                     {"place", "Wellbury, MA"}}),
          Reference(
              {{"kind", "edited-book"}, {"editors", "Farrow|M.\nIlse|B."}, {"year", "c. 1990"}})});
  std::string json = RenderBibliography(a, BibliographyFormat::kCslJson);
  EXPECT_NE(json.find("\"type\": \"speech\",\n"
                      "    \"author\": [{\"family\": \"Brekke\", \"given\": \"J.\"}],\n"
                      "    \"issued\": {\"date-parts\": [[1981, 4, 3]]},"),
            std::string::npos)
      << json;
  // CSL 1.0.2's event-title, not the deprecated event.
  EXPECT_NE(json.find("\"event-title\": \"Spring Symposium, Calder Institute\""),
            std::string::npos);
  EXPECT_EQ(json.find("\"event\":"), std::string::npos);
  // An organisation is a literal name; "n.d." is no date.
  EXPECT_NE(json.find("\"id\": \"lindencentrend\",\n    \"type\": \"report\",\n"
                      "    \"author\": [{\"literal\": \"Linden Centre\"}],\n"
                      "    \"collection-title\": \"Work in Progress\",\n"
                      "    \"collection-number\": \"55\",\n"
                      "    \"publisher-place\": \"Wellbury, MA\"\n"),
            std::string::npos)
      << json;
  // Editors, and a year that is not a number kept as a literal (its digits
  // still make the key).
  EXPECT_NE(json.find("\"id\": \"farrow1990\",\n    \"type\": \"book\",\n"
                      "    \"editor\": [{\"family\": \"Farrow\", \"given\": \"M.\"}, "
                      "{\"family\": \"Ilse\", \"given\": \"B.\"}],\n"
                      "    \"issued\": {\"literal\": \"c. 1990\"}\n"),
            std::string::npos)
      << json;
}

TEST(CslJson, EveryKindHasItsType) {
  const std::vector<std::pair<std::string, std::string>> kKinds = {
      {"article", "article-journal"},
      {"book", "book"},
      {"edited-book", "book"},
      {"chapter", "chapter"},
      {"report", "report"},
      {"talk", "speech"},
      {"personal-communication", "personal_communication"},
      {"web-page", "webpage"},
      {"other", "document"},
      {"something-new", "document"}};
  for (const auto& [kind, type] : kKinds) {
    std::string json =
        RenderBibliography(Of({Reference({{"kind", kind}})}), BibliographyFormat::kCslJson);
    EXPECT_NE(json.find("\"type\": \"" + type + "\""), std::string::npos) << kind << ": " << json;
  }
}

TEST(Bibtex, EscapesTexSpecialCharacters) {
  EXPECT_EQ(BibtexText("100% of #1 & a_b {x} $5"), "100\\% of \\#1 \\& a\\_b \\{x\\} \\$5");
  EXPECT_EQ(BibtexText("a~b^c\\d"), "a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d");
  EXPECT_EQ(BibtexText("two\nlines"), "two lines");
  EXPECT_EQ(BibtexText("Ó Súilleabháin"), "Ó Súilleabháin");
  EXPECT_EQ(bibliography::BibtexUrl("https://x.org/a_b%20c#d~e{f} g\\"),
            "https://x.org/a_b%20c#d~e%7Bf%7D%20g%5C");
}

TEST(Bibtex, AChapterAndAReport) {
  Annotations a = Of({Reference({{"kind", "chapter"},
                                 {"authors", "Quarrington|A."},
                                 {"editors", "Farrow|M.\nIlse|B."},
                                 {"year", "1990"},
                                 {"title", "A widower's accusation"},
                                 {"container", "Beginnings in Psychotherapy"},
                                 {"pages", "20-55"},
                                 {"publisher", "Harbinger & Sons"},
                                 {"place", "Boston"}}),
                      Reference({{"kind", "report"},
                                 {"authors", "Tessaro|M."},
                                 {"year", "1987"},
                                 {"year_suffix", "a"},
                                 {"title", "Holding and its failures"},
                                 {"collection", "Work in Progress"},
                                 {"number", "28"},
                                 {"publisher", "Linden Centre Working Papers"},
                                 {"place", "Wellbury, MA"}})});
  EXPECT_EQ(RenderBibliography(a, BibliographyFormat::kBibtex),
            "@incollection{quarrington1990,\n"
            "  author = {Quarrington, A.},\n"
            "  editor = {Farrow, M. and Ilse, B.},\n"
            "  title = {A widower's accusation},\n"
            "  booktitle = {Beginnings in Psychotherapy},\n"
            "  year = {1990},\n"
            "  pages = {20--55},\n"
            "  publisher = {Harbinger \\& Sons},\n"
            "  address = {Boston},\n"
            "}\n"
            "\n"
            "@techreport{tessaro1987a,\n"
            "  author = {Tessaro, M.},\n"
            "  title = {Holding and its failures},\n"
            "  type = {Work in Progress},\n"
            "  year = {1987},\n"
            "  number = {28},\n"
            "  institution = {Linden Centre Working Papers},\n"
            "  address = {Wellbury, MA},\n"
            "}\n");
}

TEST(Bibtex, KindsNamesDatesAndEmptyEntries) {
  Annotations a =
      Of({Reference({{"kind", "article"},
                     {"authors", "Tessaro|M.\nQuarrington|A."},
                     {"issue", "4"},
                     {"number", "ignored for an article"}}),
          Reference({{"kind", "personal-communication"},
                     {"authors", "Vellacott|R."},
                     {"date", "2001-10-09"}}),
          Reference({{"kind", "book"}, {"authors", "Smith, Jones and Co|"}}),
          Reference({{"kind", "web-page"}, {"url", "https://x.org/{a}"}}), Reference({})});
  std::string bib = RenderBibliography(a, BibliographyFormat::kBibtex);
  EXPECT_NE(bib.find("@article{tessarond,\n  author = {Tessaro, M. and Quarrington, A.},\n"
                     "  number = {4},\n}\n"),
            std::string::npos)
      << bib;
  EXPECT_NE(bib.find("@misc{vellacott2001,\n  author = {Vellacott, R.},\n  year = {2001},\n"
                     "  month = {10},\n  date = {2001-10-09},\n"
                     "  note = {Personal communication},\n}\n"),
            std::string::npos)
      << bib;
  // An organisation stays one name, though it holds a comma and "and".
  EXPECT_NE(bib.find("@book{smithjonesandcond,\n  author = {{Smith, Jones and Co}},\n}\n"),
            std::string::npos)
      << bib;
  EXPECT_NE(bib.find("@misc{refnd,\n  url = {https://x.org/%7Ba%7D},\n}\n"), std::string::npos)
      << bib;
  // An entry with nothing known is still an entry.
  EXPECT_NE(bib.find("@misc{refnd-2,\n}\n"), std::string::npos) << bib;
  EXPECT_EQ(RenderBibliography(Annotations{}, BibliographyFormat::kBibtex), "");
}

TEST(Bibtex, TitlesKeepTheCapitalsThatMatterInBraces) {
  using bibliography::BibtexTitle;
  EXPECT_EQ(BibtexTitle("Notes on Freud and the Rat Man"), "Notes on {Freud} and the {Rat} {Man}");
  EXPECT_EQ(BibtexTitle("Holding and its failures"), "Holding and its failures");
  // The first word, and the word after a colon, keep their capital anyway.
  EXPECT_EQ(BibtexTitle("Impasse: Two cases"), "Impasse: Two cases");
  // Capitals inside a word matter wherever it stands; special characters are escaped.
  EXPECT_EQ(BibtexTitle("DSM-5 and the R&D of \"PTSD\""), "{DSM-5} and the {R\\&D} of {\"PTSD\"}");
  Annotations a = Of({Reference({{"kind", "article"}, {"title", "Reading Winnicott today"}})});
  EXPECT_NE(RenderBibliography(a, BibliographyFormat::kBibtex)
                .find("  title = {Reading {Winnicott} today},\n"),
            std::string::npos);
}

// An entry the plugin could not read keeps its text, as a note, and nothing
// is invented for it.
TEST(Bibliography, AnUnparsedEntryKeepsItsTextAsANote) {
  Annotations a = Of({Reference({{"kind", "other"}, {"text", "Ibid., 12-14 & passim"}})});
  std::string json = RenderBibliography(a, BibliographyFormat::kCslJson);
  EXPECT_NE(json.find("\"note\": \"Ibid., 12-14 & passim\""), std::string::npos) << json;
  std::string bib = RenderBibliography(a, BibliographyFormat::kBibtex);
  EXPECT_NE(bib.find("  note = {Ibid., 12-14 \\& passim},\n"), std::string::npos) << bib;
  EXPECT_EQ(bib.find("title"), std::string::npos);
}

TEST(CitationKeys, AsciiFamilyNameYearAndSuffixMadeUnique) {
  EXPECT_EQ(AsciiWord("Ó Súilleabháin"), "osuilleabhain");
  EXPECT_EQ(AsciiWord("Ødegård"), "odegard");
  EXPECT_EQ(AsciiWord("Strauß-Meyer"), "straussmeyer");
  Annotations a =
      Of({Reference({{"authors", "Tessaro|M."}, {"year", "1987"}, {"year_suffix", "a"}}),
          Reference({{"authors", "Tessaro|M."}, {"year", "1987"}, {"year_suffix", "a"}}),
          Reference({{"authors", "Tessaro|M."}, {"year", "1987"}}),
          Reference({{"editors", "Farrow|M."}, {"date", "1990-05"}}),
          Reference({{"title", "1984 and After"}, {"year", "2001"}})});
  std::vector<ReferenceRecord> records = bibliography::ReadReferenceRecords(a);
  std::vector<std::string> keys;
  for (const ReferenceRecord& r : records) keys.push_back(r.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"tessaro1987a", "tessaro1987a-2", "tessaro1987",
                                            "farrow1990", "and2001"}));
}

TEST(ReferenceRecords, OnlyReferencesInOrderWithTheirPeopleAndDates) {
  Annotation citation = Reference({{"target", "#bib.1"}});
  citation.type = "citation";
  Annotation part = Reference({});
  part.type = "reference:author";
  Annotations a =
      Of({Reference({{"title", "First"}}), citation, part, Reference({{"title", "Second \xff"}})});
  std::vector<ReferenceRecord> records = bibliography::ReadReferenceRecords(a);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].title, "First");
  EXPECT_EQ(records[1].title, "Second \xEF\xBF\xBD") << "invalid UTF-8 repaired";

  std::vector<bibliography::Person> people = ParsePeople("Tessaro|M. J.\n\n  Linden Centre|\nCher");
  ASSERT_EQ(people.size(), 3u);
  EXPECT_EQ(people[0].family, "Tessaro");
  EXPECT_EQ(people[0].given, "M. J.");
  EXPECT_FALSE(people[0].organisation);
  EXPECT_EQ(people[1].family, "Linden Centre");
  EXPECT_TRUE(people[1].organisation);
  EXPECT_EQ(people[2].family, "Cher");
  EXPECT_FALSE(people[2].organisation) << "a family name alone";

  ReferenceRecord r;
  r.date = "1981-04-03";
  EXPECT_EQ(DateParts(r), (std::vector<int>{1981, 4, 3}));
  r.date = "1987-06";
  EXPECT_EQ(DateParts(r), (std::vector<int>{1987, 6}));
  r.date = "1987-13";
  r.year = "1987";
  EXPECT_EQ(DateParts(r), (std::vector<int>{1987})) << "a bad date falls back to the year";
  r.date = "";
  r.year = "n.d.";
  EXPECT_TRUE(DateParts(r).empty());
}

TEST(BibliographyFile, WrittenWholeOrNotAtAllAndFailuresNameThePath) {
  Annotations a = Of({Reference({{"authors", "Tessaro|M."}, {"year", "1987"}})});
  testing::TempDir dir;
  std::string path = dir.path() + "/refs.bib";
  ASSERT_TRUE(WriteBibliographyFile(a, BibliographyFormat::kBibtex, path).ok());
  EXPECT_EQ(testing::ReadFile(path), RenderBibliography(a, BibliographyFormat::kBibtex));
  std::string missing = dir.path() + "/missing/refs.json";
  Status s = WriteBibliographyFile(a, BibliographyFormat::kCslJson, missing);
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_EQ(s.message().rfind(missing, 0), 0u) << s.message();
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/missing"));

  BibliographyFormat f = BibliographyFormat::kBibtex;
  EXPECT_TRUE(ParseBibliographyFormat("csl-json", &f));
  EXPECT_EQ(f, BibliographyFormat::kCslJson);
  EXPECT_TRUE(ParseBibliographyFormat("bibtex", &f));
  EXPECT_EQ(f, BibliographyFormat::kBibtex);
  EXPECT_FALSE(ParseBibliographyFormat("ris", &f));
  EXPECT_EQ(f, BibliographyFormat::kBibtex);
}

}  // namespace
}  // namespace glossator
