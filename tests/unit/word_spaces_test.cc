// Which neighbours on a line are separate words: Poppler's judgement kept,
// joins only on strong evidence (layout/word_spaces.h).
#include "layout/word_spaces.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace glossator::layout {
namespace {

// Words of one font at `size`, in Poppler's order, each followed by a gap
// of gap_ems ems, Poppler judging a space after each as `space`.
std::vector<LineWord> Line(const std::vector<std::string>& texts, double size, double gap_ems,
                           bool space) {
  std::vector<LineWord> words;
  double x = 0;
  for (const std::string& t : texts) {
    LineWord w;
    w.text = t;
    w.font_size = size;
    w.box = {x, 0, x + size * 0.5 * static_cast<double>(t.size()), size};
    w.order = static_cast<uint32_t>(words.size());
    w.space_after = space;
    x = w.box.x1 + gap_ems * size;
    words.push_back(w);
  }
  return words;
}

TEST(WordSpaces, PopplersSpaceStandsInTinyType) {
  // 0.2 pt type, spaces of 0.28 em: 0.056 pt, which a floor of 1 pt on the
  // em once read as no space at all.
  EXPECT_EQ(WordSpaces(Line({"ab", "c", "de"}, 0.2, 0.28, true)), (std::vector<bool>{true, true}));
}

TEST(WordSpaces, PopplersSpaceStandsInTightSetting) {
  EXPECT_EQ(WordSpaces(Line({"tightly", "set", "line"}, 10, 0.12, true)),
            (std::vector<bool>{true, true}));
}

TEST(WordSpaces, NoSpaceWherePopplerSeesNoneAndTheGapIsNarrow) {
  EXPECT_EQ(WordSpaces(Line({"WIKSTR", "\u00D6M"}, 10, 0.02, false)), std::vector<bool>{false});
}

TEST(WordSpaces, AWideGapIsASpaceWhateverPopplersOrder) {
  // The last word of one of Poppler's lines has no space after; a heading's
  // number and its title can be two such lines.
  EXPECT_EQ(WordSpaces(Line({"1.1", "Contributions"}, 12, 0.8, false)), std::vector<bool>{true});
}

TEST(WordSpaces, AcrossAChangeOfFontTheGapDecides) {
  std::vector<LineWord> words = Line({"14", "(2)", "and"}, 10, 0.02, true);
  words[0].font_id = 1;                     // "14" in italics: Poppler breaks at the font change
  words[2].box.x0 = words[1].box.x1 + 2.5;  // a real space before "and"
  words[2].box.x1 = words[2].box.x0 + 15;
  EXPECT_EQ(WordSpaces(words), (std::vector<bool>{false, true}));
}

TEST(WordSpaces, LetterSpacedCapitalsAreOneWord) {
  std::vector<LineWord> words =
      Line({"A", "L", "Z", "H", "E", "I", "M", "E", "R\u00B4S"}, 8, 0.125, true);
  std::vector<LineWord> rest = Line({"D", "I", "S", "E", "A", "S", "E"}, 8, 0.125, true);
  double shift = words.back().box.x1 + 0.4 * 8;  // a word space after the tracked word
  for (LineWord& w : rest) {
    w.box.x0 += shift;
    w.box.x1 += shift;
    w.order += static_cast<uint32_t>(words.size());
  }
  words.insert(words.end(), rest.begin(), rest.end());
  std::vector<bool> spaces = WordSpaces(words);
  std::vector<bool> want(words.size() - 1, false);
  want[8] = true;  // between "R´S" and "D"
  EXPECT_EQ(spaces, want);
}

TEST(WordSpaces, SingleLettersSetPlainlyStayApart) {
  // "a I a" at a plain word space (0.28 em) is no tracking.
  EXPECT_EQ(WordSpaces(Line({"x", "y", "z", "w"}, 10, 0.28, true)),
            (std::vector<bool>{true, true, true}));
}

TEST(WordSpaces, AnEllipsisIsOneWordAndTheWordAfterItStandsApart) {
  EXPECT_EQ(WordSpaces(Line({"x1,", ".", ".", ".", "xn"}, 10, 0.15, true)),
            (std::vector<bool>{true, false, false, true}));
}

TEST(WordSpaces, AHyphenDrawnApartAtTheLineEndHangsOnItsWord) {
  EXPECT_EQ(WordSpaces(Line({"postage", "and", "han", "-"}, 12, 0.1, true)),
            (std::vector<bool>{true, true, false}));
}

TEST(WordSpaces, RightToLeftNeighboursReadPopplersJudgementOfTheOtherWord) {
  // Read right to left: the word read second stands first in Poppler's
  // (left-to-right) order, and its flag speaks of the gap between them.
  std::vector<LineWord> words = Line({"second", "first"}, 10, 0.12, false);
  std::swap(words[0], words[1]);
  words[1].space_after = true;  // "second", left, is followed by a space
  EXPECT_EQ(WordSpaces(words), std::vector<bool>{true});
  words[1].space_after = false;
  EXPECT_EQ(WordSpaces(words), std::vector<bool>{false});
}

}  // namespace
}  // namespace glossator::layout
