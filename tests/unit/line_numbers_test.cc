#include "layout/line_numbers.h"

#include <gtest/gtest.h>

#include <string>

namespace glossator::layout {
namespace {

pdf::Word MakeWord(const std::string& text, double x0, double y, double width, double size = 10) {
  pdf::Word w;
  w.text = text;
  w.box = {x0, y, x0 + width, y + size};
  w.font_size = size;
  w.last_glyph_x1 = w.box.x1;
  return w;
}

// A page of a numbered manuscript: each text line starts at x = 72, and a
// number right-aligned at x = 62 stands beside it (as LaTeX's lineno sets it).
pdf::RawPage NumberedPage(int first_number, int lines) {
  pdf::RawPage page;
  page.number = 1;
  page.width = 612;
  page.height = 792;
  for (int i = 0; i < lines; ++i) {
    double y = 80 + 24.0 * i;
    std::string n = std::to_string(first_number + i);
    page.words.push_back(MakeWord(n, 62 - 5.0 * n.size(), y + 2, 5.0 * n.size(), 7));
    page.words.push_back(MakeWord("therapy", 72, y, 40));
    page.words.push_back(MakeWord(std::to_string(i + 3), 116, y, 6));  // a number in the text
    page.words.push_back(MakeWord("sessions", 126, y, 45));
  }
  return page;
}

TEST(TakeLineNumbers, TakesTheMarginColumnAndLeavesNumbersInTheText) {
  pdf::RawPage page = NumberedPage(95, 10);  // 95 ... 104: widths vary, right edges agree
  std::vector<Furniture> numbers = TakeLineNumbers(&page);
  ASSERT_EQ(numbers.size(), 10u);
  EXPECT_EQ(numbers.front().text, "95");
  EXPECT_EQ(numbers.back().text, "104");
  EXPECT_EQ(numbers.front().kind, Furniture::Kind::kLineNumber);
  ASSERT_EQ(page.words.size(), 30u);
  EXPECT_EQ(page.words[0].text, "therapy");
  EXPECT_EQ(page.words[1].text, "3");  // the text's own numbers stay
}

TEST(TakeLineNumbers, TakesNumbersRightOfTheText) {
  pdf::RawPage page;
  page.width = 612;
  page.height = 792;
  for (int i = 0; i < 8; ++i) {
    double y = 80 + 14.0 * i;
    page.words.push_back(MakeWord("transference", 72, y, 60));
    page.words.push_back(MakeWord(std::to_string(5 * (i + 1)), 560, y, 8));  // every fifth line
  }
  EXPECT_EQ(TakeLineNumbers(&page).size(), 8u);
  EXPECT_EQ(page.words.size(), 8u);
}

TEST(TakeLineNumbers, LeavesATableColumnAtTheTextMargin) {
  // Row numbers of a table stand where the paragraphs above and below start.
  pdf::RawPage page;
  page.width = 612;
  page.height = 792;
  for (int i = 0; i < 6; ++i) {
    page.words.push_back(MakeWord("Paragraph", 72, 80 + 14.0 * i, 50));
    page.words.push_back(MakeWord("text", 126, 80 + 14.0 * i, 20));
  }
  for (int i = 0; i < 6; ++i) {
    page.words.push_back(MakeWord(std::to_string(i + 1), 72, 200 + 14.0 * i, 6));
    page.words.push_back(MakeWord("0.46", 200, 200 + 14.0 * i, 20));
  }
  EXPECT_TRUE(TakeLineNumbers(&page).empty());
  EXPECT_EQ(page.words.size(), 24u);
}

TEST(TakeLineNumbers, LeavesNumbersThatDoNotGrowDownThePage) {
  pdf::RawPage page = NumberedPage(1, 6);
  // The margin numbers reversed: a list of figures in a margin, not a count of lines.
  for (int i = 0; i < 6; ++i) page.words[4 * i].text = std::to_string(60 - i);
  EXPECT_TRUE(TakeLineNumbers(&page).empty());
}

TEST(TakeLineNumbers, NeedsMoreThanAFewNumbers) {
  pdf::RawPage page = NumberedPage(1, 3);
  EXPECT_TRUE(TakeLineNumbers(&page).empty());
}

}  // namespace
}  // namespace glossator::layout
