// Right-to-left script into reading order: words and characters as they stand
// on the page, left to right, made into the order they are read.
#include "layout/bidi.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace glossator::layout {
namespace {

std::vector<LineWord> Words(const std::vector<std::string>& texts) {
  std::vector<LineWord> words;
  double x = 0;
  for (const std::string& t : texts) {
    LineWord w;
    w.text = t;
    w.box = {x, 0, x + 10, 10};
    x += 15;
    words.push_back(w);
  }
  return words;
}

std::vector<std::string> Texts(const std::vector<LineWord>& words) {
  std::vector<std::string> out;
  for (const LineWord& w : words) out.push_back(w.text);
  return out;
}

using V = std::vector<std::string>;

TEST(Bidi, AWordOfHebrewLettersIsReversed) {
  EXPECT_EQ(WordInReadingOrder("םולש"), "שלום");
  EXPECT_EQ(WordInReadingOrder("holding"), "holding");
}

TEST(Bidi, CombiningMarksStayWithTheirLetterAndDigitsKeepTheirOrder) {
  // shin with a dot (U+05C1) and qamats (U+05B8), then lamed: on the page the
  // lamed stands left.
  EXPECT_EQ(WordInReadingOrder("\u05DC\u05E9\u05C1\u05B8"), "\u05E9\u05C1\u05B8\u05DC");
  EXPECT_EQ(WordInReadingOrder("1987ב"), "ב1987");
}

TEST(Bidi, ARightToLeftLineReadsFromTheRightButNumbersAndLatinKeepTheirOrder) {
  std::vector<LineWord> words = Words({"אוה", "1987", "תנשב", "S.", "Freud", "לש"});
  ToLogicalOrder(&words);
  EXPECT_EQ(Texts(words), (V{"של", "S.", "Freud", "בשנת", "1987", "הוא"}));
}

TEST(Bidi, AHebrewPhraseInsideAnEnglishLineIsReversedInPlace) {
  std::vector<LineWord> words =
      Words({"the", "word", "םלוע", "םולש", "means", "peace", "in", "Hebrew"});
  ToLogicalOrder(&words);
  EXPECT_EQ(Texts(words), (V{"the", "word", "שלום", "עולם", "means", "peace", "in", "Hebrew"}));
}

TEST(Bidi, ALineWithoutRightToLeftScriptIsLeftAlone) {
  std::vector<LineWord> words = Words({"projective", "identification", "(1946)"});
  ToLogicalOrder(&words);
  EXPECT_EQ(Texts(words), (V{"projective", "identification", "(1946)"}));
}

TEST(Bidi, NumbersNamesAndCommasInAHebrewCitationStandWhereTheyAreRead) {
  // "(see Freud, 1912, p. 45)" as it stands on the page, left to right.
  std::vector<LineWord> words = Words({")45", "'מע", ",1912", ",Freud", "ואר("});
  ToLogicalOrder(&words);
  EXPECT_EQ(Texts(words), (V{"(ראו", "Freud,", "1912,", "עמ'", "45)"}));
}

TEST(Bidi, WordsKeepTheirBoxes) {
  std::vector<LineWord> words = Words({"םש", "]2[", "ואר"});
  ToLogicalOrder(&words);
  ASSERT_EQ(Texts(words), (V{"ראו", "[2]", "שם"}));
  EXPECT_EQ(words[0].box.x0, 30);  // the rightmost word on the page is read first
  EXPECT_EQ(words[1].box.x0, 15);
  EXPECT_EQ(words[2].box.x0, 0);
}

TEST(Bidi, AnEnglishLineEndingInAHebrewWordStaysEnglish) {
  std::vector<LineWord> words = Words({"the", "Hebrew", "for", "peace", "is", "םולש"});
  ToLogicalOrder(&words);
  EXPECT_EQ(Texts(words), (V{"the", "Hebrew", "for", "peace", "is", "שלום"}));
}

}  // namespace
}  // namespace glossator::layout
