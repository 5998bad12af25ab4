// Word boundaries through the real Poppler path: every word Poppler reads is
// a word of the Document (issue 19). The pages are made here, each a line of
// Helvetica: one of 60,000 short words in tiny type (the "word bomb") and one
// set tightly (word spaces of an eighth of an em); letter-spacing is read
// from a real article.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "pdf/pdf_reader.h"
#include "pdf_edit.h"
#include "test_support.h"

namespace glossator {
namespace {

// A one-page PDF whose content stream is `content`, font F1 Helvetica.
std::string WriteLinePdf(const std::string& dir, const std::string& name,
                         const std::string& content) {
  std::string pdf = dir + "/" + name;
  std::ofstream(pdf, std::ios::binary) << testing::PdfOfObjects(
      {"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
       "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 4 0 R>>>>"
       "/Contents 5 0 R>>",
       "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
       "<</Length " + std::to_string(content.size()) + ">>\nstream\n" + content + "\nendstream"});
  return pdf;
}

// The words Poppler reads on the first page, as its boxes.
std::vector<std::string> PopplerWords(const std::string& pdf) {
  auto reader = pdf::PdfReader::Open(pdf, "");
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return {};
  auto page = (*reader)->ReadPage(0);
  EXPECT_TRUE(page.ok()) << page.status().ToString();
  std::vector<std::string> words;
  if (page.ok()) {
    for (const pdf::Word& w : page->words) words.push_back(w.text);
  }
  return words;
}

std::vector<std::string> DocumentWords(const std::string& pdf) {
  Result<Document> doc = ExtractDocument(pdf);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? testing::Tokens(doc->text()) : std::vector<std::string>{};
}

TEST(PopplerWordBoundaries, EveryWordOfALineOfSixtyThousandInTinyTypeIsKept) {
  testing::TempDir dir;
  std::string line;
  for (int i = 0; i < 60000; ++i)
    line += std::string(1 + i % 3, static_cast<char>('a' + i % 7)) + " ";
  // 0.2 pt type: a word space is 0.056 pt, under the 1 pt that once served
  // as the smallest em; the line runs off the page, and Poppler reads what
  // stands on it.
  std::string pdf =
      WriteLinePdf(dir.path(), "word-bomb.pdf", "BT /F1 0.2 Tf 1 400 Td (" + line + ") Tj ET");
  std::vector<std::string> poppler = PopplerWords(pdf);
  ASSERT_GT(poppler.size(), 2000u);
  EXPECT_EQ(DocumentWords(pdf), poppler);
}

TEST(PopplerWordBoundaries, TightlySetWordsStayApart) {
  testing::TempDir dir;
  // Tw -1.5 at 10 pt: Helvetica's 2.78 pt space becomes 1.28 pt, an eighth
  // of an em, as a justified line squeezed hard sets it.
  std::string pdf = WriteLinePdf(dir.path(), "tight.pdf",
                                 "BT /F1 10 Tf -1.5 Tw 72 700 Td (the words of a tightly set line "
                                 "stand apart) Tj ET");
  EXPECT_EQ(DocumentWords(pdf), (std::vector<std::string>{"the", "words", "of", "a", "tightly",
                                                          "set", "line", "stand", "apart"}));
}

// A real article sets a heading and a table's head letter-spaced; Poppler
// reads each letter as a word, with a space after it.
TEST(PopplerWordBoundaries, LetterSpacedCapitalsOfARealArticleAreWords) {
  std::string pdf = testing::SharedDir() + "/data/real/pdfs/cermine_example1.pdf";
  std::vector<std::string> words = DocumentWords(pdf);
  auto has = [&](const std::string& w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  };
  EXPECT_TRUE(has("ALZHEIMER\u00B4S"));
  EXPECT_TRUE(has("DISEASE"));
  EXPECT_TRUE(has("p-VALUE"));
}

}  // namespace
}  // namespace glossator
