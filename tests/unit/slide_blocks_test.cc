// The blocks of a slide: the title over the slide's text (not the largest
// word on it), items whose bullets are drawn (Beamer) told by their indent,
// an item's wrapped lines kept together, and a deck's separate short lines
// kept apart.
#include "layout/slide_blocks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace glossator::layout {
namespace {

// One line of words, each word 5 pt per character plus a 2.5 pt space.
Line MakeLine(double x0, double y, double size, const std::vector<std::string>& words) {
  Line l;
  l.page = 3;
  double x = x0;
  for (const std::string& w : words) {
    double width = 5.0 * static_cast<double>(w.size());
    l.words.push_back({w, {x, y, x + width, y + size}});
    x += width + 2.5;
  }
  l.box = {x0, y, x - 2.5, y + size};
  l.font_size = size;
  return l;
}

// A Beamer frame, 363 x 272 pt: title at the frame's margin, a sentence at
// the margin, items 22 pt in (their bullets drawn), the second wrapped (its
// first line runs to the right margin, so "formatting" did not fit), a
// larger word in a picture lower down.
PageLines BeamerFrame() {
  PageLines page{3, 363, 272, {}};
  page.lines.push_back(MakeLine(8.5, 10, 14.5, {"Zone", "classification"}));
  page.lines.push_back(MakeLine(10.9, 60, 10, {"The", "system", "should", "be:"}));
  page.lines.push_back(MakeLine(32.7, 78, 10, {"based", "on", "LibSVM"}));
  page.lines.push_back(MakeLine(
      32.7, 97, 10,
      {"a", "zone", "is", "represented", "by", "78", "features:", "geometrical,", "lexical,"}));
  page.lines.push_back(MakeLine(32.7, 110, 10, {"formatting,", "heuristics"}));
  page.lines.push_back(MakeLine(32.7, 129, 10, {"trained", "on", "964", "documents"}));
  page.lines.push_back(MakeLine(200, 200, 20, {"<XML>"}));
  return page;
}

TEST(SlideBlocks, BeamerItemsAreToldByTheirIndentAndKeepTheirWrappedLines) {
  PageLines page = BeamerFrame();  // the blocks point into its lines
  std::vector<LayoutBlock> blocks = BuildSlideBlocks(page, 0);
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);  // not the 20 pt "<XML>"
  EXPECT_EQ(blocks[0].lines.front()->Text(), "Zone classification");
  EXPECT_EQ(blocks[1].kind, BlockKind::kLine);  // the sentence at the margin
  for (size_t i = 2; i <= 4; ++i) EXPECT_EQ(blocks[i].kind, BlockKind::kListItem) << i;
  EXPECT_EQ(blocks[3].lines.size(), 2u);  // "a zone is ..." / "formatting, heuristics"
  EXPECT_EQ(blocks[4].lines.size(), 1u);
  for (const LayoutBlock& b : blocks) EXPECT_EQ(b.slide, 3);
}

TEST(SlideBlocks, ShortCentredLinesSetCloseStayLinesOfTheirOwn) {
  // A deck's points, one a line, centred: two start 1.8 pt apart, and the
  // second's first word would have fitted after the first.
  PageLines page{3, 794, 446, {}};
  page.lines.push_back(MakeLine(300, 40, 32, {"Selfobjects"}));
  page.lines.push_back(MakeLine(156.1, 155, 24, {"MIRRORING", "ANSWERS", "THE", "CHILD"}));
  page.lines.push_back(MakeLine(173.0, 193, 24, {"IDEALISING", "LENDS", "CALM"}));
  page.lines.push_back(MakeLine(171.2, 230, 24, {"TWINSHIP", "OFFERS", "LIKENESS"}));
  std::vector<LayoutBlock> blocks = BuildSlideBlocks(page, 0);
  ASSERT_EQ(blocks.size(), 4u);
  for (size_t i = 1; i < blocks.size(); ++i) {
    EXPECT_EQ(blocks[i].kind, BlockKind::kLine) << i;
    EXPECT_EQ(blocks[i].lines.size(), 1u) << i;
  }
}

TEST(SlideBlocks, TypedBulletsDashesAndSymbolFontBulletsOpenItems) {
  PageLines page{3, 794, 595, {}};
  page.lines.push_back(MakeLine(300, 34, 44, {"Why?"}));
  page.lines.push_back(MakeLine(48, 147, 32, {"\u2022", "No", "new", "language"}));
  page.lines.push_back(MakeLine(48, 197, 32, {"\uF0A7", "Much", "has", "changed"}));
  page.lines.push_back(MakeLine(85, 246, 28, {"\u2013", "sprawling", "libraries"}));
  std::vector<LayoutBlock> blocks = BuildSlideBlocks(page, 0);
  ASSERT_EQ(blocks.size(), 4u);
  for (size_t i = 1; i < blocks.size(); ++i) EXPECT_EQ(blocks[i].kind, BlockKind::kListItem) << i;
}

}  // namespace
}  // namespace glossator::layout
