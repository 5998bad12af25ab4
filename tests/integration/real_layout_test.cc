// The Document on real PDFs nobody on the project wrote
// (../shared/data/real/pdfs, see its README): manuscripts with margin line
// numbers, double-spaced text.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <tuple>

#include "glossator/extract.h"
#include "test_support.h"

namespace glossator {
namespace {

Document ExtractReal(const std::string& name) {
  std::string path = testing::SharedDir() + "/data/real/pdfs/" + name;
  Result<Document> doc = ExtractDocument(path);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? doc.value() : Document(DocumentParts{});
}

const Block* BlockAt(const Document& doc, size_t offset) {
  for (const Block& b : doc.blocks()) {
    if (b.begin <= offset && offset < b.end) return &b;
  }
  return nullptr;
}

size_t FurnitureOfKind(const Document& doc, Furniture::Kind kind) {
  size_t n = 0;
  for (const Page& p : doc.pages()) {
    for (const Furniture& f : p.furniture) n += f.kind == kind;
  }
  return n;
}

TEST(RealLayout, MarginLineNumbersOfAManuscriptAreFurniture) {
  // Both number every line of every page, in a column right-aligned at the
  // same place on every page: 321 and 339 numbers (counted on the pages).
  for (auto [name, printed] : {std::pair{"papaja_vignette.pdf", 321u}, {"complexity.pdf", 339u}}) {
    SCOPED_TRACE(name);
    Document doc = ExtractReal(name);
    size_t found = FurnitureOfKind(doc, Furniture::Kind::kLineNumber);
    EXPECT_LE(found, printed);
    EXPECT_GE(found, printed * 99 / 100);
    // A line number glued to a word of the text: "reporting errors" read as
    // "14 reporting errors". Numbers of the text itself stand after words
    // such as "of" or "=", never alone at the start of a block.
    static const std::regex kNumberOpensBlock(R"(^\d{1,3} [a-z])");
    for (const Block& b : doc.blocks()) {
      if (b.kind == BlockKind::kFootnote) continue;  // "2 papaja can be ..."
      std::string text(doc.text(b.begin, b.end));
      EXPECT_FALSE(std::regex_search(text, kNumberOpensBlock)) << text.substr(0, 80);
    }
  }
}

TEST(RealLayout, ADoubleSpacedParagraphIsOneBlock) {
  // papaja's manuscript sets every line a line apart; its paragraphs start
  // with an indent, not a gap. Page 3's first paragraph runs over 14 lines.
  Document doc = ExtractReal("papaja_vignette.pdf");
  size_t start = doc.text().find("Computational reproducibility is of fundamental importance");
  size_t end = doc.text().find("see the current draft of the papaja manual");
  ASSERT_NE(start, std::string::npos);
  ASSERT_NE(end, std::string::npos);
  const Block* block = BlockAt(doc, start);
  ASSERT_NE(block, nullptr);
  EXPECT_EQ(block->kind, BlockKind::kParagraph);
  EXPECT_GT(block->end, end) << doc.text(block->begin, block->end);
}

std::vector<std::string> FootnoteTexts(const Document& doc) {
  std::vector<std::string> notes;
  for (const Block& b : doc.blocks()) {
    if (b.kind == BlockKind::kFootnote) notes.emplace_back(doc.text(b.begin, b.end));
  }
  return notes;
}

TEST(RealLayout, FootnotesAreNotesAndTheParagraphRunsOnPastThem) {
  // papaja sets four footnotes (pages 3, 5, 12 and 14, read off the page
  // images); the mark of each is raised on a line of its own.
  Document papaja = ExtractReal("papaja_vignette.pdf");
  std::vector<std::string> notes = FootnoteTexts(papaja);
  ASSERT_EQ(notes.size(), 4u);
  EXPECT_EQ(notes[0].rfind("1 If you have a specific question", 0), 0u) << notes[0];
  EXPECT_EQ(notes[1].rfind("2 papaja can be readily combined", 0), 0u) << notes[1];
  EXPECT_EQ(notes[2].rfind("3 For more complex analyses the table", 0), 0u) << notes[2];
  EXPECT_EQ(notes[3].rfind("4 Again, this is currently not the case", 0), 0u) << notes[3];
  // The Freud lectures, from LibreOffice (read off the page images): the
  // third lecture's paragraph "Ladies and gentlemen, it is very useful"
  // runs from page 13 to 14 past note 2 at page 13's foot.
  Document freud = ExtractReal("freud-origin-and-development.pdf");
  size_t start = freud.text().find("Ladies and gentlemen, it is very useful to designate");
  size_t later = freud.text().find("have a common emotive tone, according to the custom");
  ASSERT_NE(start, std::string::npos);
  ASSERT_NE(later, std::string::npos);
  const Block* block = BlockAt(freud, start);
  ASSERT_NE(block, nullptr);
  EXPECT_EQ(block, BlockAt(freud, later));
  EXPECT_EQ(block->kind, BlockKind::kParagraph);
  const Block& next = *(block + 1);
  EXPECT_EQ(next.kind, BlockKind::kFootnote);
  EXPECT_EQ(freud.text(next.begin, next.end).rfind("2 S. Ferenczi", 0), 0u);
}

TEST(RealLayout, AQuotationSetInIsOneBlockAndTheTextAfterItAnother) {
  Document freud = ExtractReal("freud-origin-and-development.pdf");
  size_t quote = freud.text().find("There was in the summer a time of intense heat");
  size_t inside = freud.text().find("woke from hypnosis with the glass at her lips");
  size_t after = freud.text().find("Permit me to dwell for a moment");
  ASSERT_NE(quote, std::string::npos);
  ASSERT_NE(inside, std::string::npos);
  ASSERT_NE(after, std::string::npos);
  EXPECT_EQ(BlockAt(freud, quote), BlockAt(freud, inside));
  EXPECT_NE(BlockAt(freud, quote), BlockAt(freud, after));
  EXPECT_EQ(BlockAt(freud, after)->begin, after);
}

TEST(RealLayout, SlideDecksOfEveryProducerAreSlides) {
  // Beamer (4:3, 11 pt on a 96 mm page), PowerPoint, Keynote: one slide a page.
  for (auto [name, slides] :
       {std::pair{"slides_cermine.pdf", 21}, {"slides_go.pdf", 23}, {"slides_grobid.pdf", 20}}) {
    SCOPED_TRACE(name);
    Document doc = ExtractReal(name);
    EXPECT_TRUE(doc.is_slide_deck());
    std::set<int> seen;
    for (const Block& b : doc.blocks()) seen.insert(b.slide);
    EXPECT_EQ(seen.size(), static_cast<size_t>(slides));
  }
  // Papers in portrait are not.
  EXPECT_FALSE(ExtractReal("sp_P14-1059.pdf").is_slide_deck());
}

// The Beamer deck's Title is in PDFDocEncoding, where byte 0x84 is an em
// dash (read as Latin-1 it would be the control character U+0084).
TEST(RealLayout, AMetadataTitleInPdfDocEncodingKeepsItsDash) {
  Document doc = ExtractReal("slides_cermine.pdf");
  EXPECT_EQ(doc.source().title,
            "CERMINE \u2014 automatic extraction of metadata and references from scientific "
            "literature");
}

TEST(RealLayout, RunningHeadsThatChangeAreSetAside) {
  // A journal's heads: the authors on even pages, the short title on odd
  // ones, each with the page number (pages 2 to 8 of 8).
  Document article = ExtractReal("cermine_example1.pdf");
  EXPECT_EQ(FurnitureOfKind(article, Furniture::Kind::kHeader), 7u);
  EXPECT_EQ(article.text().find("increase risk of dementia 1"), std::string::npos);
  // A thesis: the chapter's title on even pages, the section's on odd ones,
  // changing with each. "56 CHAPTER 4. CASE STUDY ..." heads page 56.
  Document thesis = ExtractReal("ecstr.pdf");
  static const std::regex kNumberedChapterHead(R"(\d+ CHAPTER \d\. )");
  std::string text = thesis.text();
  size_t left = std::distance(std::sregex_iterator(text.begin(), text.end(), kNumberedChapterHead),
                              std::sregex_iterator());
  // Known gap: the head of printed page 58, the last of chapter 4, over a
  // few lines of code, stays in the text.
  EXPECT_LE(left, 1u);
  EXPECT_GT(FurnitureOfKind(thesis, Furniture::Kind::kHeader), 150u);
}

std::string BlockText(const Document& doc, size_t i) {
  return std::string(doc.text(doc.blocks()[i].begin, doc.blocks()[i].end));
}

TEST(RealLayout, FrontMatterIsFoundOnArticlesAndManuscripts) {
  struct Expected {
    const char* pdf;
    const char* title_start;   // as printed
    const char* byline_start;  // the first author
    const char* abstract_words;
    bool keywords;
  };
  // Read off the first pages of each.
  const Expected kReadings[] = {
      {"sp_P14-1059.pdf", "How to make words with vectors", "Georgiana Dinu",
       "We introduce the problem of generation", false},
      {"sp_roark13.pdf", "Discriminative Joint Modeling", "Maider Lehr",
       "Automatically assessing the fidelity", false},
      {"cermine_example1.pdf", "Stressful life events are not associated", "Anna Sundstr",
       "The impact of stressful life events", true},
      {"mullen.pdf", "TIMP: An R Package", "Katharine M. Mullen", "TIMP is an R package", true},
      {"papaja_vignette.pdf", "Prepare APA Journal Articles", "Frederik Aust",
       "papaja addresses computational non-reproducibility", true},
      {"complexity.pdf", "The Structure of Chaos", "Dominique Makowski",
       "Complexity quantification, through entropy", true},
  };
  for (const Expected& e : kReadings) {
    SCOPED_TRACE(e.pdf);
    Document doc = ExtractReal(e.pdf);
    const FrontMatter& front = doc.front();
    ASSERT_FALSE(front.title.empty());
    EXPECT_EQ(doc.Title().rfind(e.title_start, 0), 0u) << doc.Title();
    ASSERT_NE(front.byline, FrontMatter::kNone);
    EXPECT_EQ(BlockText(doc, front.byline).rfind(e.byline_start, 0), 0u)
        << BlockText(doc, front.byline);
    std::string abstract;
    for (size_t i : front.abstract) abstract += BlockText(doc, i) + "\n";
    EXPECT_NE(abstract.find(e.abstract_words), std::string::npos) << abstract;
    EXPECT_EQ(front.keywords != FrontMatter::kNone, e.keywords);
    // The text proper starts after the front matter.
    EXPECT_GT(front.end, front.abstract.back());
  }
  // Slides and the Freud lectures (no abstract, a title in large type) have
  // no abstract.
  EXPECT_EQ(ExtractReal("slides_go.pdf").front().end, 0u);
  EXPECT_TRUE(ExtractReal("freud-future-prospects.pdf").front().abstract.empty());
}

TEST(RealLayout, ANumberedReferenceListKeepsEachNumberWithItsEntry) {
  // complexity.pdf numbers its 32 references "1." to "32." in a column of
  // their own left of the entries (counted on pages 14-17). The numbers are
  // no column: each entry is one block that starts with its number.
  Document doc = ExtractReal("complexity.pdf");
  static const std::regex kNumberAlone(R"(^\d{1,2}\.$)");
  static const std::regex kNumberedEntry(R"(^(\d{1,2})\. \S+, )");  // "12. McKinney, W."
  std::vector<int> numbers;
  bool in_list = false;
  for (const Block& b : doc.blocks()) {
    std::string text(doc.text(b.begin, b.end));
    in_list = in_list || (b.kind == BlockKind::kHeading && text == "References");
    if (!in_list) continue;
    EXPECT_FALSE(std::regex_match(text, kNumberAlone)) << "a number alone: " << text;
    std::smatch m;
    if (std::regex_search(text, m, kNumberedEntry)) numbers.push_back(std::stoi(m[1]));
  }
  std::vector<int> expected(32);
  for (int i = 0; i < 32; ++i) expected[i] = i + 1;
  EXPECT_EQ(numbers, expected);
}

// The block that holds `from` (its last occurrence before `to`: an abstract
// may say it first) is a paragraph and holds `to` too.
void ExpectOneParagraph(const Document& doc, const std::string& from, const std::string& to) {
  size_t end = doc.text().find(to);
  ASSERT_NE(end, std::string::npos) << to;
  size_t start = doc.text().rfind(from, end);
  ASSERT_NE(start, std::string::npos) << from;
  const Block* block = BlockAt(doc, start);
  ASSERT_NE(block, nullptr);
  EXPECT_EQ(block->kind, BlockKind::kParagraph);
  EXPECT_GT(block->end, end) << doc.text(block->begin, block->end);
}

TEST(RealLayout, ParagraphsRunOnPastCaptionsAcrossColumnsAndPastFooters) {
  // cermine_example1 page 3 and sp_P14-1059 page 8 set a table with its
  // caption across both columns above two-column text. The caption is no
  // line of a column: measured against the full page, every line of a
  // column looked short and each paragraph broke after its first line.
  for (auto [name, from, to] :
       {std::tuple{"cermine_example1.pdf", "At each test wave, assessment of health",
                   "each session lasting approximately 1.5 to 2 hours"},
        {"sp_P14-1059.pdf", "Throughout this paper we have assumed that the",
         "syntactic structure of the phrase to be generated is given"},
        // Page 1's proceedings footer stands under a sentence that goes on
        // at the top of page 2's left column.
        {"sp_P14-1059.pdf", "vocabulary is already in the order of trillions. In",
         "this paper, we introduce a more direct approach to phrase generation"}}) {
    SCOPED_TRACE(name);
    ExpectOneParagraph(ExtractReal(name), from, to);
  }
}

TEST(RealLayout, ParagraphsRunOnPastARuleAndPastNotesThatRunOn) {
  // freud-beyond-the-pleasure-principle (a web page printed to PDF, read
  // off the page images): page 8 breaks "We es-" before a rule and goes on
  // below it; page 17 ends its text mid-sentence above the rest of note 13
  // (no mark) and note 14, whose rest fills page 18's foot, and the sentence
  // goes on at the top of page 18.
  Document doc = ExtractReal("freud-beyond-the-pleasure-principle.pdf");
  for (auto [from, to] : {std::pair{"amend an inadequacy in our mode of expression. We es-",
                                    "the coherent ego and the repressed"},
                          {"It would then be the task of the higher layers of",
                           "the psychic apparatus to bind the instinct-excitation"}}) {
    ExpectOneParagraph(doc, from, to);
  }
  for (const char* rest : {"myth, which I repeat partly in his own words",
                           "function of propagation. We then retained this term"}) {
    size_t at = doc.text().find(rest);
    ASSERT_NE(at, std::string::npos) << rest;
    const Block* note = BlockAt(doc, at);
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->kind, BlockKind::kFootnote) << rest;
  }
}

TEST(RealLayout, AParagraphAfterAHeadingWrappedHangingIsOneBlock) {
  // sp_P14-1059 page 8 and sp_roark13 page 1 wrap a numbered section
  // heading with a hanging indent; the paragraph under it is no entry of a
  // list set hanging, and its first line is no entry of its own.
  for (auto [name, from, to] :
       {std::tuple{"sp_P14-1059.pdf", "In Section 3.2 we have defined a search function",
                   "a constituent vector produced by decomposition"},
        {"sp_roark13.pdf", "In previous work (Lehr et al., 2012; Prud",
         "we developed a pipeline for automatically scoring"}}) {
    SCOPED_TRACE(name);
    ExpectOneParagraph(ExtractReal(name), from,
                       to);  // roark's abstract says "In previous work" too
  }
}

TEST(RealLayout, CaptionsAndTablesAreKeptOutOfTheRunningText) {
  // sp_roark13 page 6 (read off the page image): Table 4's caption, below
  // its table of F-scores; the row "Supervised MaxEnt-CI 76.0 ... 86.4" is
  // the table's, read along the row. Its captions (Figures 1-3, Tables 1-6)
  // are no headings and no paragraphs.
  Document doc = ExtractReal("sp_roark13.pdf");
  auto kind_at = [&](const char* s) {
    size_t at = doc.text().find(s);
    const Block* b = at == std::string::npos ? nullptr : BlockAt(doc, at);
    return b ? b->kind : BlockKind::kLine;
  };
  EXPECT_EQ(kind_at("Table 4: Story element F-score achieved"), BlockKind::kCaption);
  EXPECT_EQ(kind_at("78.9 83.4 84.0 84.7 86.4"), BlockKind::kFigureText);
  EXPECT_EQ(kind_at("In this paper, we present and evaluate"), BlockKind::kParagraph);
  size_t captions = 0;
  static const std::regex kCaptionStart(R"(^(Figure|Table) \d+:)");
  for (const Block& b : doc.blocks()) {
    std::string text(doc.text(b.begin, b.end));
    if (!std::regex_search(text, kCaptionStart)) continue;
    EXPECT_EQ(b.kind, BlockKind::kCaption) << text.substr(0, 60);
    captions += b.kind == BlockKind::kCaption;
  }
  EXPECT_EQ(captions, 9u);
}

TEST(RealLayout, AParagraphGoesOnAfterATableThatInterruptsIt) {
  // cermine_example1: page 2 ends "(see Table 1). Participants", page 3
  // opens with Table 1 across both columns, and the left column goes on
  // "were randomly sampled". The table is written after the paragraph.
  Document doc = ExtractReal("cermine_example1.pdf");
  ExpectOneParagraph(doc, "(see Table 1). Participants",
                     "were randomly sampled (stratified by age and gender)");
  const Block* paragraph = BlockAt(doc, doc.text().find("were randomly sampled (stratified"));
  ASSERT_NE(paragraph, nullptr);
  size_t caption = doc.text().find("Table 1. Baseline characteristics");
  ASSERT_NE(caption, std::string::npos);
  EXPECT_GT(caption, paragraph->end);  // the table after the paragraph
  const Block* table = BlockAt(doc, caption);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->kind, BlockKind::kCaption);
}

// A code listing, set in a typewriter face, is one block of its own with its
// lines and indents; the prose around it is not.
TEST(RealLayout, CodeListingsAreBlocksOfTheirOwnWithTheirLines) {
  struct Listing {
    const char* pdf;
    std::string text;  // the listing's text, as printed on the page image
  };
  const Listing listings[] = {
      // ecstr.pdf p22, a Go method (NimbusMonL): its second line is set in
      // four characters, the body two.
      {"ecstr.pdf",
       "func (this *BasicGame) PlayGame(game Game,\n    players int) {\n"
       "  game.SetPlayers(players)\n  game.InitGame()\n"},
      // papaja_vignette.pdf p7, an R call (LM Mono), double-spaced.
      {"papaja_vignette.pdf",
       "# Create new R Markdown file\nrmarkdown::draft(\n  \"manuscript.Rmd\"\n"},
      // mullen.pdf p5, R at its prompt (CMTT), right after a sentence that
      // runs on into it ("In R we can then calculate E as").
      {"mullen.pdf",
       "R> E <- matrix(nrow = 51, ncol = 2)\nR> wavenum <- seq(18000, 28000, by=200)\n"},
  };
  for (const Listing& l : listings) {
    SCOPED_TRACE(l.pdf);
    Document doc = ExtractReal(l.pdf);
    size_t at = doc.text().find(l.text);
    ASSERT_NE(at, std::string::npos);
    const Block* b = BlockAt(doc, at);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->kind, BlockKind::kCode);
    EXPECT_EQ(b->begin, at) << "the listing opens its block";
    // The paragraph before it is prose.
    const Block* before = BlockAt(doc, b->begin - 3);
    ASSERT_NE(before, nullptr);
    EXPECT_EQ(before->kind, BlockKind::kParagraph);
  }
}

}  // namespace
}  // namespace glossator
