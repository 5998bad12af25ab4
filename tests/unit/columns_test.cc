#include <gtest/gtest.h>

#include "layout/blocks.h"

namespace glossator::layout {
namespace {

Line LineAt(double x0, double x1, double y, double size = 10) {
  Line l;
  l.page = 1;
  l.words.push_back({"words", {x0, y, x1, y + size}});
  l.box = {x0, y, x1, y + size};
  l.font_size = size;
  return l;
}

// A two-column page (columns 56-288 and 306-540) under a caption of body
// size set across both, as a table's caption is.
PageLines TwoColumnsUnderACaption() {
  PageLines page{1, 612, 792, {}};
  page.lines.push_back(LineAt(56, 525, 60));  // the caption
  for (int i = 0; i < 4; ++i) {
    page.lines.push_back(LineAt(56, 288, 300 + 12 * i));
    page.lines.push_back(LineAt(306, 540, 300 + 12 * i));
  }
  page.lines.push_back(LineAt(56, 190, 348));  // a paragraph's last line, short
  return page;
}

TEST(MarkSpanningLines, ACaptionAcrossTwoColumnsSpansThemAndWidensNeither) {
  PageLines page = TwoColumnsUnderACaption();
  MarkSpanningLines(page);
  EXPECT_TRUE(page.lines[0].spans_columns);
  for (size_t i = 1; i < page.lines.size(); ++i) EXPECT_FALSE(page.lines[i].spans_columns) << i;

  Column left = ColumnOf(page.lines[1], page);
  EXPECT_DOUBLE_EQ(left.left, 56);
  EXPECT_DOUBLE_EQ(left.right, 288);  // not the caption's 525
  Column short_line = ColumnOf(page.lines.back(), page);
  EXPECT_DOUBLE_EQ(short_line.right, 288);
  // The caption's own measure is the page's: both columns' extremes.
  Column caption = ColumnOf(page.lines[0], page);
  EXPECT_DOUBLE_EQ(caption.left, 56);
  EXPECT_DOUBLE_EQ(caption.right, 540);
}

TEST(MarkSpanningLines, OneColumnHasNoSpanningLines) {
  PageLines page{1, 612, 792, {}};
  for (int i = 0; i < 6; ++i) page.lines.push_back(LineAt(72, 540, 100 + 12 * i));
  page.lines.push_back(LineAt(72, 200, 172));   // a short last line
  page.lines.push_back(LineAt(400, 540, 190));  // one right-aligned line: no column
  MarkSpanningLines(page);
  for (const Line& l : page.lines) EXPECT_FALSE(l.spans_columns);
  EXPECT_DOUBLE_EQ(ColumnOf(page.lines[6], page).right, 540);
}

}  // namespace
}  // namespace glossator::layout
