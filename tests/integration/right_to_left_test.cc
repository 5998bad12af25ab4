// Right-to-left script through the real Poppler path: Hebrew set right to
// left reads in its own order.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "glossator/extract.h"
#include "pdf_edit.h"
#include "test_support.h"

namespace glossator {
namespace {

// Hebrew set right to left, as a PDF of Hebrew text draws it: glyphs left to
// right on the page are read from the right. (The glyphs are Helvetica's
// A-E; the font's ToUnicode map makes them Hebrew letters.)
TEST(RightToLeftScript, HebrewIsReadInItsOwnOrder) {
  testing::TempDir dir;
  std::string pdf = dir.path() + "/hebrew.pdf";
  // On the page, left to right: final mem, lamed, vav, ayin (the word olam,
  // 'world', read from the right), a space, then final mem, vav, lamed, shin
  // (shalom, 'peace').
  std::ofstream(pdf, std::ios::binary) << testing::OnePagePdf(
      "BT /F1 14 Tf 100 700 Td (ACBE ABCD) Tj ET",
      {{'A', 0x05DD}, {'B', 0x05D5}, {'C', 0x05DC}, {'D', 0x05E9}, {'E', 0x05E2}, {' ', 0x0020}});
  Result<Document> doc = ExtractDocument(pdf);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text(), "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD");  // shalom olam
}

}  // namespace
}  // namespace glossator
