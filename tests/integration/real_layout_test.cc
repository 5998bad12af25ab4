// The Document on real PDFs nobody on the project wrote
// (../shared/data/real/pdfs, see its README): manuscripts with margin line
// numbers, double-spaced text.
#include <gtest/gtest.h>

#include <regex>
#include <string>

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

size_t LineNumbersSetAside(const Document& doc) {
  size_t n = 0;
  for (const Page& p : doc.pages()) {
    for (const Furniture& f : p.furniture) n += f.kind == Furniture::Kind::kLineNumber;
  }
  return n;
}

TEST(RealLayout, MarginLineNumbersOfAManuscriptAreFurniture) {
  // Both number every line of every page, in a column right-aligned at the
  // same place on every page: 321 and 339 numbers (counted on the pages).
  for (auto [name, printed] : {std::pair{"papaja_vignette.pdf", 321u}, {"complexity.pdf", 339u}}) {
    SCOPED_TRACE(name);
    Document doc = ExtractReal(name);
    size_t found = LineNumbersSetAside(doc);
    EXPECT_LE(found, printed);
    EXPECT_GE(found, printed * 99 / 100);
    // A line number glued to a word of the text: "reporting errors" read as
    // "14 reporting errors". Numbers of the text itself stand after words
    // such as "of" or "=", never alone at the start of a block.
    static const std::regex kNumberOpensBlock(R"(^\d{1,3} [a-z])");
    for (const Block& b : doc.blocks()) {
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

}  // namespace
}  // namespace glossator
