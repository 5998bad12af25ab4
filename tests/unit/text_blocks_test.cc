#include "layout/text_blocks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/line_cues.h"
#include "layout/type_stats.h"
#include "text_blocks_support.h"

namespace glossator::layout {
namespace {

TEST(MostlyLetters, HeadingsHaveWordsNumbersAndFormulasDoNot) {
  EXPECT_TRUE(MostlyLetters("Transference"));
  EXPECT_TRUE(MostlyLetters("2 Method"));
  EXPECT_TRUE(MostlyLetters("3.1. Übertragung"));
  EXPECT_FALSE(MostlyLetters("0.46"));
  EXPECT_FALSE(MostlyLetters("\u0398 = {"));
  EXPECT_FALSE(MostlyLetters("}"));
  EXPECT_FALSE(MostlyLetters("(12) 2013"));
}

Line BodyLine(double x0, double x1, double y, const std::string& text, double size = 10) {
  Line l;
  l.page = 1;
  l.words.push_back({text, {x0, y, x1, y + size}});
  l.box = {x0, y, x1, y + size};
  l.font_size = size;
  return l;
}

// A paragraph of the left column ends in a broken word ("vec-"); the right
// column opens with a table of words (its header in body type), its
// caption, then the rest of the word ("tors we obtain ...").
TEST(TextBlockBuilder, AWordBrokenAtAColumnBreakWaitsPastATableForItsRest) {
  PageLines page{1, 612, 792, {}};
  for (int i = 0; i < 20; ++i) {
    page.lines.push_back(BodyLine(72, 290, 300 + 12.0 * i, "running text of the column"));
  }
  page.lines.push_back(BodyLine(72, 290, 540, "and with cbow vec-"));
  page.lines.push_back(BodyLine(340, 480, 100, "Input Output cbow count"));
  page.lines.push_back(BodyLine(345, 470, 114, "N A, N 67,29 204,168"));
  page.lines.push_back(BodyLine(307, 525, 140, "Table 1: Median rank on the set"));
  page.lines.push_back(BodyLine(307, 400, 152, "of phrases."));
  page.lines.push_back(BodyLine(307, 525, 180, "tors we obtain a median rank that"));
  page.lines.push_back(BodyLine(307, 450, 192, "is higher."));
  std::vector<LayoutBlock> blocks = BuildBlocks(page);
  ASSERT_GE(blocks.size(), 2u);
  // The paragraph, whole, first; the table and its caption after it.
  EXPECT_EQ(blocks[0].lines.size(), 23u);
  EXPECT_EQ(blocks[0].lines.back()->Text(), "is higher.");
  for (size_t i = 1; i < blocks.size(); ++i) {
    for (const Line* l : blocks[i].lines) EXPECT_NE(l->Text(), "tors we obtain a median rank that");
  }
}

// Running text in one column (72-290) that announces a displayed formula,
// set in the middle of the column in a math font, then goes on under it.
PageLines PageWithDisplay(const std::string& formula, const std::string& after) {
  PageLines page{1, 612, 792, {}};
  double y = 120;
  for (int i = 0; i < 10; ++i, y += 12) page.lines.push_back(BodyLine(72, 290, y, "running text"));
  page.lines.push_back(BodyLine(72, 200, y, "we define a phrase vector:"));
  Line display = BodyLine(130, 230, y += 16, formula);
  display.math_share = 0.6;
  page.lines.push_back(display);
  page.lines.push_back(BodyLine(72, 290, y += 16, after));
  page.lines.push_back(BodyLine(72, 200, y += 12, "its last line."));
  return page;
}

TEST(TextBlockBuilder, AParagraphGoesOnPastADisplayedFormula) {
  PageLines page = PageWithDisplay("p = f(u, v)", "where u and v are the vectors of");
  std::vector<LayoutBlock> blocks = BuildBlocks(page);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].lines.size(), 14u);
}

TEST(TextBlockBuilder, ADisplayThatEndsItsSentenceEndsItsParagraph) {
  PageLines page = PageWithDisplay("p = f(u, v).", "The next paragraph opens at the");
  std::vector<LayoutBlock> blocks = BuildBlocks(page);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].lines.size(), 12u);  // the formula is its paragraph's
  EXPECT_EQ(blocks[1].lines.front()->Text(), "The next paragraph opens at the");
}

Line WordsLine(const std::vector<std::pair<std::string, bool>>& words) {
  Line l;
  l.page = 1;
  double x = 72;
  for (const auto& [text, bold] : words) {
    LineWord w;
    w.text = text;
    w.box = {x, 100, x + 6.0 * static_cast<double>(text.size()), 110};
    w.font_size = 10;
    w.bold = bold;
    x = w.box.x1 + 3;
    l.words.push_back(w);
  }
  l.box = {72, 100, x - 3, 110};
  l.font_size = 10;
  return l;
}

TEST(TextBlockBuilder, ANumberedListAfterAColonIsItemsAndAWrappedNumberIsNot) {
  PageLines page{1, 612, 792, {}};
  double y = 120;
  for (int i = 0; i < 6; ++i, y += 12) page.lines.push_back(BodyLine(72, 540, y, "running text"));
  page.lines.push_back(BodyLine(72, 300, y, "This will come from three sources:"));
  page.lines.push_back(WordsLine({{"1.", false}, {"From", false}, {"progress.", false}}));
  page.lines.push_back(WordsLine({{"2.", false}, {"From", false}, {"prestige.", false}}));
  // A line of a reference that wraps to a number after a full stop.
  page.lines.push_back(WordsLine({{"Smith,", false}, {"J.", false}, {"No.", false}}));
  page.lines.push_back(WordsLine({{"61.", false}, {"Cambridge,", false}, {"MA.", false}}));
  for (size_t i = 7; i < page.lines.size(); ++i) {
    double top = y + 12.0 * static_cast<double>(i - 6);
    Line& l = page.lines[i];
    for (LineWord& w : l.words) w.box.y0 = top, w.box.y1 = top + 10;
    l.box.y0 = top;
    l.box.y1 = top + 10;
  }
  // The reference's first line runs to the column's edge, as justified.
  page.lines[9].words.back().box.x1 = page.lines[9].box.x1 = 540;
  std::vector<LayoutBlock> blocks = BuildBlocks(page);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].kind, BlockKind::kListItem);
  EXPECT_EQ(blocks[2].kind, BlockKind::kListItem);
  // "Smith, J. No." after an item is a paragraph; "61." is no item 3.
  EXPECT_EQ(blocks[3].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[3].lines.size(), 2u);
}

// A thesis's chapter opening: "Chapter 2" over "Background", each in its own
// large type, then body text. The label and the title are one heading; two
// lines in two heading types that are not a label over a title stay two.
TEST(TextBlockBuilder, AChapterLabelAndItsTitleAreOneHeading) {
  EXPECT_TRUE(IsChapterLabel("Chapter 2"));
  EXPECT_TRUE(IsChapterLabel("CHAPTER IV"));
  EXPECT_TRUE(IsChapterLabel("Part One"));
  EXPECT_FALSE(IsChapterLabel("Chapter"));
  EXPECT_FALSE(IsChapterLabel("Chapter 2 Background"));
  EXPECT_FALSE(IsChapterLabel("Methods 2"));
  auto page_with = [](const std::string& first, const std::string& second) {
    PageLines page{1, 612, 792, {}};
    page.lines.push_back(BodyLine(72, 200, 100, first, 18));
    page.lines.push_back(BodyLine(72, 240, 130, second, 24));
    for (int i = 0; i < 12; ++i) {
      page.lines.push_back(BodyLine(72, 540, 180 + 14.0 * i, "running text of the chapter"));
    }
    return page;
  };
  PageLines chapter = page_with("Chapter 2", "Background");
  std::vector<LayoutBlock> blocks = BuildBlocks(chapter);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].lines.size(), 2u);
  PageLines two_titles = page_with("Methods", "Background");
  EXPECT_EQ(BuildBlocks(two_titles).size(), 3u);
}

TEST(ClassifyHeadings, ALabelAloneInTheMiddleOverTextIsAHeading) {
  // "Author Note" centred over its paragraph; a centred formula and a
  // centred line over another centred line (a title page) are not.
  std::vector<BlockStyle> styles = {{12, false, 1, "Author Note", true},
                                    {12, false, 5, "The authors made the following", false},
                                    {12, false, 1, "NN = s(u, L, t)", true},
                                    {12, false, 4, "where the nearest neighbours", false},
                                    {12, false, 1, "University of Cologne", true},
                                    {12, false, 1, "University of Amsterdam", true}};
  std::vector<Block> blocks(styles.size());
  ClassifyHeadings(blocks, styles, 12);
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[4].kind, BlockKind::kParagraph);
}

TEST(EndsContentsEntry, ALeaderToAPageNumberEndsAnEntryAnEllipsisDoesNot) {
  std::vector<std::pair<std::string, bool>> entry = {{"2.1", false}, {"Go", false}};
  for (int i = 0; i < 8; ++i) entry.push_back({".", false});
  entry.push_back({"17", false});
  EXPECT_TRUE(EndsContentsEntry(WordsLine(entry)));
  entry.pop_back();  // a page number on a line of its own, or none
  EXPECT_TRUE(EndsContentsEntry(WordsLine(entry)));
  EXPECT_FALSE(EndsContentsEntry(
      WordsLine({{"stew", false}, {"them.", false}, {".", false}, {".", false}, {".", false}})));
  EXPECT_FALSE(EndsContentsEntry(WordsLine({{"...", false}, {"...", false}})));
}

TEST(TextBlockBuilder, EachEntryOfATableOfContentsIsAnItem) {
  PageLines page{1, 612, 792, {}};
  for (int k = 0; k < 4; ++k) {
    std::vector<std::pair<std::string, bool>> words = {{"2." + std::to_string(k + 1), false},
                                                       {"Section", false}};
    for (int i = 0; i < 30; ++i) words.push_back({".", false});
    words.push_back({std::to_string(10 + k), false});
    Line l = WordsLine(words);
    double top = 120 + 14.0 * k;
    for (LineWord& w : l.words) w.box.y0 = top, w.box.y1 = top + 10;
    l.box.y0 = top;
    l.box.y1 = top + 10;
    page.lines.push_back(l);
  }
  std::vector<LayoutBlock> blocks = BuildBlocks(page);
  ASSERT_EQ(blocks.size(), 4u);
  for (const LayoutBlock& b : blocks) EXPECT_EQ(b.kind, BlockKind::kListItem);
}

TEST(RunInHeadingWords, ABoldRunOpeningAParagraphIsItsHeading) {
  // "Nearest neighbour search We retrieve ...", "Computation Time. The ..."
  EXPECT_EQ(RunInHeadingWords(WordsLine({{"Nearest", true},
                                         {"neighbour", true},
                                         {"search", true},
                                         {"We", false},
                                         {"retrieve", false}})),
            3u);
  EXPECT_EQ(RunInHeadingWords(WordsLine(
                {{"Computation", true}, {"Time.", true}, {"The", false}, {"time", false}})),
            2u);
  // A term in bold that the sentence goes on from is emphasis.
  EXPECT_EQ(RunInHeadingWords(WordsLine({{"Transference", true}, {"is", false}, {"the", false}})),
            0u);
  // Bold further on: emphasis too.
  EXPECT_EQ(RunInHeadingWords(
                WordsLine({{"Note.", true}, {"The", false}, {"key", true}, {"point", false}})),
            0u);
  // A whole line in bold is a heading of its own, a bold enumerator a list's.
  EXPECT_EQ(RunInHeadingWords(WordsLine({{"Method", true}, {"Design", true}})), 0u);
  EXPECT_EQ(RunInHeadingWords(WordsLine({{"1.", true}, {"The", false}, {"first", false}})), 0u);
}

}  // namespace
}  // namespace glossator::layout
