// Scripts and raised marks: an exponent or subscript that the grouping by
// baseline set apart goes back into its line; a line that opens with a
// raised mark in smaller type (an affiliation's "¹") opens a block.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/line.h"
#include "layout/text_blocks.h"
#include "layout/type_stats.h"
#include "text_blocks_support.h"

namespace glossator::layout {
namespace {

pdf::Word MakeWord(const std::string& text, Box box, double size) {
  pdf::Word w;
  w.text = text;
  w.box = box;
  w.font = size < 10 ? "LMRoman8-Regular" : "LMRoman12-Regular";
  w.font_size = size;
  w.space_after = true;
  return w;
}

TEST(Scripts, AnExponentAndASubscriptGoBackIntoTheirLine) {
  // "p < .001, η̂²_G = .048," with the 2 raised and the G lowered, as papaja
  // sets them (boxes from the page).
  pdf::RawPage page;
  page.number = 1;
  page.width = 612;
  page.height = 792;
  page.words = {MakeWord("p", {300, 398.3, 306, 410.3}, 12),
                MakeWord("<", {310, 398.3, 318, 410.3}, 12),
                MakeWord(".001,", {322, 398.3, 338, 410.3}, 12),
                MakeWord("\u03B7\u0302", {342, 398.3, 348, 410.3}, 12),
                MakeWord("2", {348.2, 397.4, 352.4, 403.1}, 8),
                MakeWord("G", {347.7, 404.7, 354.3, 410.4}, 8),
                MakeWord("=", {358, 398.3, 366, 410.3}, 12),
                MakeWord(".048,", {370, 398.3, 386, 410.3}, 12)};
  std::vector<Line> lines = BuildLines(page);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].words.size(), 8u);
  EXPECT_EQ(lines[0].font_size, 12);
}

TEST(Scripts, SmallTypeOnALineOfItsOwnIsNoScript) {
  // A note in 8 pt under a line of 12 pt text: no overlap, two lines.
  pdf::RawPage page;
  page.number = 1;
  page.width = 612;
  page.height = 792;
  page.words = {MakeWord("running", {72, 600, 110, 612}, 12),
                MakeWord("text", {114, 600, 134, 612}, 12), MakeWord("1", {72, 613, 76, 619}, 8),
                MakeWord("Note", {78, 613, 96, 619}, 8)};
  EXPECT_EQ(BuildLines(page).size(), 2u);
}

Line LineOf(std::vector<LineWord> words) {
  Line l;
  l.page = 1;
  l.words = std::move(words);
  l.box = l.words.front().box;
  for (const LineWord& w : l.words) {
    l.box.x0 = std::min(l.box.x0, w.box.x0);
    l.box.y0 = std::min(l.box.y0, w.box.y0);
    l.box.x1 = std::max(l.box.x1, w.box.x1);
    l.box.y1 = std::max(l.box.y1, w.box.y1);
  }
  l.font_size = 12;
  return l;
}

TEST(RaisedMarks, ALineOpeningWithARaisedMarkOpensABlock) {
  // Two affiliations set close, each after its raised mark (complexity.pdf
  // p1: the mark's middle 2.7 pt above the words' in 15.5 pt boxes).
  PageLines page{1, 612, 792, {}};
  for (int i = 0; i < 2; ++i) {
    double y = 323.5 + 24 * i;
    page.lines.push_back(LineOf({{std::to_string(i + 1), {119.7, y + 1.5, 123.9, y + 8.6}, 8},
                                 {"School", {128.3, y, 161.5, y + 15.5}, 12},
                                 {"of", {165.4, y, 174.8, y + 15.5}, 12}}));
  }
  EXPECT_EQ(BuildBlocks(page).size(), 2u);
}

TEST(RaisedMarks, ANumberOnTheBaselineOpensNoBlock) {
  // A margin line number glued to its line: small, but its middle is lower
  // than the words' (complexity.pdf p13 "273 MOE2019-T2-1-019)").
  PageLines page{1, 612, 792, {}};
  page.lines.push_back(
      LineOf({{"Grant", {72, 84.1, 100, 99.6}, 12}, {"funded", {104, 84.1, 140, 99.6}, 12}}));
  page.lines.push_back(
      LineOf({{"273", {52.5, 106.9, 62, 112.2}, 8}, {"MOE2019", {72, 99.7, 177, 115.2}, 12}}));
  EXPECT_EQ(BuildBlocks(page).size(), 1u);
}

}  // namespace
}  // namespace glossator::layout
