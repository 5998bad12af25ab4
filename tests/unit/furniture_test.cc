#include "layout/furniture.h"

#include <gtest/gtest.h>

namespace glossator::layout {
namespace {

TEST(ParsePageNumber, ReadsTheFormsPapersUse) {
  EXPECT_EQ(ParsePageNumber("7"), 7);
  EXPECT_EQ(ParsePageNumber("Page 12"), 12);
  EXPECT_EQ(ParsePageNumber("- 3 -"), 3);
  EXPECT_EQ(ParsePageNumber("2/3"), 2);
  EXPECT_EQ(ParsePageNumber("Page 4 of 13"), 4);
  EXPECT_EQ(ParsePageNumber("vii"), 7);
  EXPECT_EQ(ParsePageNumber("xiv"), 14);
  EXPECT_EQ(ParsePageNumber("\u2013 9 \u2013"), 9);
  EXPECT_EQ(ParsePageNumber("PAGE 3"), 3);
  EXPECT_EQ(ParsePageNumber("p. 22"), 22);
}

TEST(ParsePageNumber, RefusesText) {
  EXPECT_EQ(ParsePageNumber("Repair After Rupture"), -1);
  EXPECT_EQ(ParsePageNumber("1987"), 1987);  // four digits alone still read as a number
  EXPECT_EQ(ParsePageNumber("(1987)"), -1);
  EXPECT_EQ(ParsePageNumber("I"), 1);
  EXPECT_EQ(ParsePageNumber("12 patients"), -1);
  EXPECT_EQ(ParsePageNumber("12345"), -1);
  EXPECT_EQ(ParsePageNumber("3 of"), -1);
  EXPECT_EQ(ParsePageNumber(""), -1);
}

Line MakeLine(int page, double y, const std::string& text) {
  Line l;
  l.page = page;
  l.words.push_back({text, {72, y, 300, y + 10}});
  l.box = {72, y, 300, y + 10};
  l.font_size = 10;
  return l;
}

TEST(SetAsideFurniture, RepeatedEdgeLinesAndPageNumbersGoAside) {
  std::vector<PageLines> pages;
  for (int p = 1; p <= 10; ++p) {
    PageLines page{p, 612, 792, {}};
    if (p > 1) page.lines.push_back(MakeLine(p, 30, "Halloran · Repair"));
    page.lines.push_back(MakeLine(p, 300, "Body text that differs on page " + std::to_string(p)));
    page.lines.push_back(MakeLine(p, 760, std::to_string(p)));
    pages.push_back(page);
  }
  // A title repeated on two pages of ten stays in the text.
  pages[0].lines.push_back(MakeLine(1, 40, "Empathic failure"));
  pages[1].lines.push_back(MakeLine(2, 40, "Empathic failure"));
  auto furniture = SetAsideFurniture(pages);
  EXPECT_EQ(furniture[0].size(), 1u);  // page 1: its number only
  EXPECT_EQ(furniture[2].size(), 2u);  // header and number
  EXPECT_TRUE(pages[2].lines[0].furniture);
  EXPECT_FALSE(pages[2].lines[1].furniture);
  EXPECT_FALSE(pages[0].lines[2].furniture);
}

// Tables at the tops of pages: a cell of figures ("47.2", "0.65") stands at
// the edge on every page, its shape ("#.#") the same. It is the table's, not
// a running head; a head of words at the same place is one.
TEST(SetAsideFurniture, FiguresAloneAtThePageTopAreNoRunningHead) {
  std::vector<PageLines> pages;
  for (int p = 1; p <= 6; ++p) {
    PageLines page{p, 612, 792, {}};
    page.lines.push_back(MakeLine(p, 30, std::to_string(40 + p) + "." + std::to_string(p)));
    page.lines.push_back(MakeLine(p, 45, "Proceedings of the Workshop"));
    page.lines.push_back(MakeLine(p, 300, "Body text that differs on page " + std::to_string(p)));
    pages.push_back(page);
  }
  auto furniture = SetAsideFurniture(pages);
  for (const PageLines& page : pages) {
    EXPECT_FALSE(page.lines[0].furniture) << page.lines[0].Text();
    EXPECT_TRUE(page.lines[1].furniture);
  }
}

}  // namespace
}  // namespace glossator::layout
