// Right-to-left script through the real Poppler path: Hebrew set right to
// left reads in its own order.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <fstream>
#include <map>
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

// A one-page PDF showing one line whose characters, left to right on the
// page, are those of visual (UTF-8): ASCII as itself, every other character
// through a byte code of its own that the font's ToUnicode map turns into it.
// A PDF of Hebrew gives the characters the glyphs stand for, in the order
// they stand; a bracket keeps its own character though its glyph is shown
// mirrored, so the "(" that opens a Hebrew phrase stands at the phrase's
// right end.
std::string PdfShowing(const std::string& visual) {
  std::map<unsigned char, unsigned> to_unicode;
  std::map<UChar32, unsigned char> code_of;
  unsigned char next_code = 0xC0;  // WinAnsi letters: every code has a glyph
  std::string shown;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(visual);
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    unsigned char code = 0;
    if (c >= 0x20 && c < 0x7F) {
      code = static_cast<unsigned char>(c);
    } else if (auto known = code_of.find(c); known != code_of.end()) {
      code = known->second;
    } else {
      code = code_of[c] = next_code++;
    }
    to_unicode[code] = static_cast<unsigned>(c);
    char escaped[8];
    if (code == '(' || code == ')' || code == '\\') {
      std::snprintf(escaped, sizeof escaped, "\\%c", code);
    } else if (code >= 0x80) {
      std::snprintf(escaped, sizeof escaped, "\\%03o", code);
    } else {
      std::snprintf(escaped, sizeof escaped, "%c", code);
    }
    shown += escaped;
  }
  return testing::OnePagePdf("BT /F1 12 Tf 72 700 Td (" + shown + ") Tj ET", to_unicode);
}

// What `glossator text` prints for a PDF showing visual.
std::string TextOfLineShowing(const std::string& visual) {
  testing::TempDir dir;
  std::string pdf = dir.path() + "/line.pdf";
  std::ofstream(pdf, std::ios::binary) << PdfShowing(visual);
  testing::CommandResult r = testing::RunCommand(testing::ShellQuote(GLOSSATOR_BINARY) + " text " +
                                                 testing::ShellQuote(pdf) + " 2>&1");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  if (!r.output.empty() && r.output.back() == '\n') r.output.pop_back();
  return r.output;
}

// A Hebrew citation with a Latin name, a year and a page: the reordering
// keeps the numbers, the name and the commas after them where they are read,
// and the brackets round the whole (the line is Hebrew though Latin letters
// are as many).
TEST(RightToLeftScript, NumbersNamesAndBracketsInAHebrewCitationAreReadInOrder) {
  // "(see Freud, 1912, p. 45)": on the page, the closing bracket at the left.
  EXPECT_EQ(TextOfLineShowing(")45 'מע ,1912 ,Freud ואר("), "(ראו Freud, 1912, עמ' 45)");
  // Latin letters the most: still a Hebrew line, as both its ends say.
  EXPECT_EQ(TextOfLineShowing(")45 'מע ,1971 ,Winnicott ואר("), "(ראו Winnicott, 1971, עמ' 45)");
}

TEST(RightToLeftScript, ANumberInSquareBracketsKeepsItsBrackets) {
  // "see [2] there"
  EXPECT_EQ(TextOfLineShowing("םש ]2[ ואר"), "ראו [2] שם");
}

TEST(RightToLeftScript, AnEnglishLineWithAHebrewWordStaysEnglish) {
  EXPECT_EQ(TextOfLineShowing("the word םולש (peace) in 1912"), "the word שלום (peace) in 1912");
}

}  // namespace
}  // namespace glossator
