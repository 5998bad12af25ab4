// The structure and provenance layer of the Document on the real samples.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "test_support.h"

namespace glossator {
namespace {

using testing::SamplePdf;

Document Extract(const std::string& name) {
  Result<Document> doc = ExtractDocument(SamplePdf(name));
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.value();
}

const Block* BlockWithText(const Document& doc, const std::string& text) {
  for (const Block& b : doc.blocks()) {
    if (doc.text(b.begin, b.end) == text) return &b;
  }
  return nullptr;
}

TEST(Structure, SlideDeckIsOneSlidePerPageWithTitlesAndLines) {
  Document doc = Extract("slides");
  EXPECT_TRUE(doc.is_slide_deck());
  std::set<int> slides;
  for (const Block& b : doc.blocks()) {
    EXPECT_EQ(b.slide, b.first_page) << "slide numbers come from the page";
    slides.insert(b.slide);
    EXPECT_TRUE(b.kind == BlockKind::kHeading || b.kind == BlockKind::kLine);
  }
  EXPECT_EQ(slides.size(), static_cast<size_t>(doc.source().page_count));
  const Block* title = BlockWithText(doc, "WHEN EMPATHY FAILS");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->kind, BlockKind::kHeading);
  const Block* line = BlockWithText(doc, "THE PATIENT NOTICES - AT LEAST NOW AND THEN -");
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->kind, BlockKind::kLine);
  for (const Page& p : doc.pages()) {
    ASSERT_EQ(p.furniture.size(), 1u) << "page " << p.number;
    EXPECT_EQ(p.furniture[0].text, std::to_string(p.number));
  }
}

TEST(Structure, RunningHeaderAndPageNumbersAreSetAside) {
  Document doc = Extract("working-paper");
  EXPECT_FALSE(doc.is_slide_deck());
  EXPECT_EQ(doc.text().find("Ostrander · Repair After Rupture"), std::string::npos);
  EXPECT_TRUE(doc.pages()[0].furniture.empty()) << "the cover has no header";
  for (size_t i = 2; i < doc.pages().size(); ++i) {
    const Page& p = doc.pages()[i];
    bool header = false, number = false;
    for (const Furniture& f : p.furniture) {
      header |= f.kind == Furniture::Kind::kHeader && f.text == "Ostrander · Repair After Rupture";
      number |= f.kind == Furniture::Kind::kPageNumber && f.text == std::to_string(p.number);
    }
    EXPECT_TRUE(header && number) << "page " << p.number;
  }
}

TEST(Structure, HeadingsAreToldFromBodyText) {
  Document doc = Extract("working-paper");
  const Block* refs = BlockWithText(doc, "References");
  ASSERT_NE(refs, nullptr);
  EXPECT_EQ(refs->kind, BlockKind::kHeading);
  size_t headings = 0;
  for (const Block& b : doc.blocks()) headings += b.kind == BlockKind::kHeading;
  EXPECT_GE(headings, 12u);
}

// A title page's centred lines: a title wrapped over two lines is one
// heading; lines a few points apart are blocks of their own.
TEST(Structure, ATitleWrappedOverCentredLinesIsOneHeading) {
  Document doc = Extract("working-paper");
  const std::string title =
      "Repair After Rupture: Countertransference, Holding, and the Limits of Repair in "
      "Two-Person Work";
  std::vector<int> pages;
  for (const Block& b : doc.blocks()) {
    if (doc.text(b.begin, b.end) == title) {
      EXPECT_EQ(b.kind, BlockKind::kHeading);
      pages.push_back(b.first_page);
    }
  }
  EXPECT_EQ(pages, (std::vector<int>{1, 2})) << "on the cover and on the title page";
  EXPECT_NE(BlockWithText(doc, "No. 112"), nullptr);
  EXPECT_NE(BlockWithText(doc, "Fennick College · Wellbury, Massachusetts"), nullptr);
  // The article's title, wrapped the same way with looser lines, too.
  Document article = Extract("article");
  EXPECT_NE(BlockWithText(article,
                          "Small Failures and Slow Repairs: Empathic Rupture in Long-Term "
                          "Psychotherapy"),
            nullptr);
}

TEST(Structure, ABoldTitleALittleSmallerThanTheTextIsAHeading) {
  Document article = Extract("article");
  const Block* abstract = BlockWithText(article, "Abstract");  // bold 9 pt over 10 pt text
  ASSERT_NE(abstract, nullptr);
  EXPECT_EQ(abstract->kind, BlockKind::kHeading);
}

// A one-line paragraph, indented, between two others (LaTeX, 10 pt): it is
// not a centred title line and joins neither neighbour.
TEST(Structure, AnIndentedOneLineParagraphStaysItsOwnParagraph) {
  Result<Document> doc = ExtractDocument(std::string(GLOSSATOR_SOURCE_DIR) +
                                         "/tests/integration/data/one-line-paragraph.pdf");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->blocks().size(), 3u) << doc->text();
  EXPECT_EQ(doc->text(doc->blocks()[1].begin, doc->blocks()[1].end),
            "The client said she had felt dismissed and did not want to come back.");
}

TEST(Structure, ParagraphRunsOnAcrossAPageBreak) {
  Document doc = Extract("working-paper");
  // Page 9 ends inside "dual relation-/ships", a paragraph that goes on on page 10.
  size_t at = doc.text().find("dual relationships");
  ASSERT_NE(at, std::string::npos);
  const Block* block = nullptr;
  for (const Block& b : doc.blocks()) {
    if (b.begin <= at && at < b.end) block = &b;
  }
  ASSERT_NE(block, nullptr);
  EXPECT_EQ(block->kind, BlockKind::kParagraph);
  EXPECT_EQ(block->first_page, 9);
  EXPECT_EQ(block->last_page, 10);
  EXPECT_EQ(doc.PageAt(at), 9);
  EXPECT_EQ(doc.PageAt(at + std::string("dual relation").size()), 10);
}

TEST(Structure, TwoColumnsAreReadLeftColumnFirst) {
  Document doc = Extract("article");
  // Page 4: the left column ends a paragraph the right column does not continue.
  size_t left = doc.text().find("the value of rupture and repair presupposes a frame");
  size_t right = doc.text().find("For students, this is both a relief and a demand.");
  ASSERT_NE(left, std::string::npos);
  ASSERT_NE(right, std::string::npos);
  EXPECT_LT(left, right);
}

TEST(Structure, EveryOffsetMapsBackToItsPageAndBox) {
  Document doc = Extract("article");
  // The last reference entry stands on page 5, in the left column.
  size_t at = doc.text().find("Yarrow, G. (1999");
  ASSERT_NE(at, std::string::npos);
  const Provenance* p = doc.Locate(at);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->page, 5);
  EXPECT_GT(p->box().x1, p->box().x0);
  EXPECT_LT(p->box().x0, 300);
  EXPECT_EQ(doc.text(p->begin, p->end), "Yarrow,");
  for (size_t off = 0; off < doc.text().size(); off += 97) {
    int page = doc.PageAt(off);
    EXPECT_GE(page, 1);
    EXPECT_LE(page, doc.source().page_count);
  }
  EXPECT_EQ(doc.pages()[0].text_begin, 0u);
  for (size_t i = 1; i < doc.pages().size(); ++i) {
    EXPECT_GE(doc.pages()[i].text_begin, doc.pages()[i - 1].text_begin);
  }
}

}  // namespace
}  // namespace glossator
