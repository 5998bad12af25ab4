#include "layout/figures.h"

#include <gtest/gtest.h>

#include <string>

namespace glossator::layout {
namespace {

TEST(IsCaption, ALabelANumberAndAStopOrNothingMore) {
  EXPECT_TRUE(IsCaption("Table 2. Cox regression analyses of the risk"));
  EXPECT_TRUE(IsCaption("Figure 1: Scientific model discovery"));
  EXPECT_TRUE(IsCaption("Figure 4.1: Type diagram"));
  EXPECT_TRUE(IsCaption("Fig. 3. The second session"));
  EXPECT_TRUE(IsCaption("Table 1"));  // an APA manuscript's label, its title below
  EXPECT_TRUE(IsCaption("TABLE IV. Sessions per week"));
  EXPECT_TRUE(IsCaption("Abbildung 2: Übertragung"));
  EXPECT_TRUE(IsCaption("Table 3 \u2013 Outcomes"));
  // Running text that opens with a table's name.
  EXPECT_FALSE(IsCaption("Table 2 shows that the dosage had no effect."));
  EXPECT_FALSE(IsCaption("Figure 1 gives the model."));
  EXPECT_FALSE(IsCaption("Tables and figures are at the end."));
  EXPECT_FALSE(IsCaption("Figurative speech in the session."));
  EXPECT_FALSE(IsCaption("The table 1. below"));
}

TEST(IsFigureText, RowsOfFiguresAndChartLabelsAreFigureTextProseWithNumbersIsNot) {
  EXPECT_TRUE(IsFigureText("83.4 84.0 88.8 88.2 81.2 83.4 85.8 86.2 89.2 88.8 91.5 90.1 AM+LM"));
  EXPECT_TRUE(IsFigureText("0.98 (0.93\u20131.03) 0.96 (0.89\u20131.03) 0.98 (0.93\u20131.03)"));
  EXPECT_TRUE(IsFigureText("63.0 37.0 <0.001 <0.001 0.05 N/A"));
  EXPECT_FALSE(IsFigureText("Of the 421 participants, 240 (57%) were classified in 1988."));
  EXPECT_FALSE(IsFigureText("Abraham, K., 23, 45, 102\u20133"));  // an index entry
  EXPECT_FALSE(IsFigureText("Input Output Training cbow count"));
  // A chart's axis labels; a number alone (a label, or an affiliation's
  // mark) is no call, nor a list's enumerator.
  EXPECT_TRUE(IsFigureText("0.0 0.5 1.0"));
  EXPECT_TRUE(IsFigureText("18000 22000"));
  EXPECT_FALSE(IsFigureText("30"));
  EXPECT_FALSE(IsFigureText("2. 3."));
  EXPECT_FALSE(IsFigureText("12 Freud"));
}

TEST(ClassifyFigures, CaptionsAndTableTextGetTheirKindsOtherBlocksKeepTheirs) {
  std::string text =
      "Table 1. Sessions per week\n0.65 0.69 0.65 0.74 0.72 0.72\nThe patient came twice a "
      "week.\nFigure 2: A bold caption";
  auto at = [&](const char* s) { return text.find(s); };
  std::vector<Block> blocks = {
      {BlockKind::kParagraph, at("Table 1."), at("\n0.65"), 1, 1, 0, 0},
      {BlockKind::kParagraph, at("0.65"), at("\nThe"), 1, 1, 0, 0},
      {BlockKind::kParagraph, at("The patient"), at("\nFigure"), 1, 1, 0, 0},
      {BlockKind::kHeading, at("Figure 2"), text.size(), 1, 1, 0, 3},
  };
  ClassifyFigures(blocks, text);
  EXPECT_EQ(blocks[0].kind, BlockKind::kCaption);
  EXPECT_EQ(blocks[1].kind, BlockKind::kFigureText);
  EXPECT_EQ(blocks[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[3].kind, BlockKind::kCaption);  // set bold, it is no section heading
  EXPECT_EQ(blocks[3].level, 0);
}

TEST(ClassifyFigures, ARunOfNumbersAloneIsAnAxisAnAffiliationsMarksAreNot) {
  std::string text;
  std::vector<Block> blocks;
  for (const char* s : {"30", "25", "20", "15", "Umea University", "1", "Umea University", "2",
                        "Stockholm University"}) {
    size_t at = text.size();
    text += std::string(s) + "\n";
    blocks.push_back({BlockKind::kParagraph, at, at + std::string(s).size(), 1, 1, 0, 0});
  }
  ClassifyFigures(blocks, text);
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(blocks[i].kind, BlockKind::kFigureText) << i;
  EXPECT_EQ(blocks[5].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[7].kind, BlockKind::kParagraph);
}

}  // namespace
}  // namespace glossator::layout
