#include "layout/tables.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "layout/streaming_layout.h"
#include "text_blocks_support.h"

namespace glossator::layout {
namespace {

// A line of words at baseline y (10 pt type, 5 pt per character; words one
// space apart unless placed): {x, text} pairs, each word at its x.
Line Placed(double y, const std::vector<std::pair<double, std::string>>& words) {
  Line l;
  l.page = 1;
  l.font_size = 10;
  for (const auto& [x, text] : words) {
    double width = 5.0 * static_cast<double>(text.size());
    l.words.push_back({text, {x, y, x + width, y + 10}, 10});
  }
  l.box = {l.words.front().box.x0, y, l.words.back().box.x1, y + 10};
  return l;
}

// A line of prose from x0 on: its words one word space (2.5 pt) apart.
Line Prose(double x0, double y, const std::string& text) {
  std::vector<std::pair<double, std::string>> words;
  double x = x0;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    std::string w = text.substr(i, j - i);
    words.emplace_back(x, w);
    x += 5.0 * static_cast<double>(w.size()) + 2.5;
    i = j + 1;
  }
  return Placed(y, words);
}

std::string CellText(const TableGrid::Cell& c) {
  std::string s;
  for (const CellWord& w : c.words) s += (s.empty() ? "" : " ") + w.line->words[w.index].text;
  return s;
}

std::vector<std::vector<std::string>> Texts(const TableGrid& t) {
  std::vector<std::vector<std::string>> out;
  for (const auto& row : t.rows) {
    out.emplace_back();
    for (const TableGrid::Cell& c : row) out.back().push_back(CellText(c));
  }
  return out;
}

// One column of text (72-290), a caption, a table of three columns under
// it, and text again under the table.
PageLines CaptionOverTable() {
  PageLines page{1, 612, 792, {}};
  page.lines.push_back(Prose(72, 60, "running text of the column before the table"));
  page.lines.push_back(Prose(72, 90, "Table 1: Recall by model."));
  page.lines.push_back(Placed(110, {{72, "Model"}, {150, "Recall"}, {230, "Precision"}}));
  page.lines.push_back(Placed(122, {{72, "MaxEnt"}, {150, "0.46"}, {230, "0.51"}}));
  page.lines.push_back(Placed(134, {{72, "CRF"}, {150, "0.60"}, {230, "0.62"}}));
  page.lines.push_back(Prose(72, 170, "and the text goes on under the table as it"));
  page.lines.push_back(Prose(72, 182, "did before it, in lines of running text here."));
  return page;
}

TEST(FindTables, RowsOfCellsNextToATableCaptionAreATable) {
  PageLines page = CaptionOverTable();
  std::vector<TableGrid> tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].columns, 3u);
  std::vector<std::vector<std::string>> expected = {
      {"Model", "Recall", "Precision"}, {"MaxEnt", "0.46", "0.51"}, {"CRF", "0.60", "0.62"}};
  EXPECT_EQ(Texts(tables[0]), expected);
  EXPECT_EQ(tables[0].lines.size(), 3u);  // not the caption, not the text around
}

TEST(FindTables, WithoutACaptionOrWithAFiguresAlignedWordsAreNoTable) {
  // A code listing or a contents page: aligned columns, no table's caption.
  PageLines page = CaptionOverTable();
  page.lines[1] = Prose(72, 90, "The results are below:");
  EXPECT_TRUE(FindTables(page).empty());
  page.lines[1] = Prose(72, 90, "Figure 1: Recall by model.");
  EXPECT_TRUE(FindTables(page).empty());
}

TEST(FindTables, TwoColumnsOfProseUnderAFullWidthCaptionAreNoTable) {
  // A table set as a picture (no text), its caption across the page, the
  // two columns of text under it on the same baselines.
  PageLines page{1, 612, 792, {}};
  page.lines.push_back(Prose(72, 90,
                             "Table 2: Results on every data set, set as a picture over both "
                             "columns of the page."));
  for (int i = 0; i < 6; ++i) {
    double y = 110 + 12.0 * i;
    page.lines.push_back(Prose(72, y, "running text of the left column in words"));
    page.lines.push_back(Prose(320, y, "running text of the right column in words"));
  }
  EXPECT_TRUE(FindTables(page).empty());
}

TEST(FindTables, ATableBesideRunningTextHoldsOnlyItsOwnColumn) {
  // Left column: text on the table's baselines; right column: caption under
  // the table. The left column's lines are no cells.
  PageLines page{1, 612, 792, {}};
  for (int i = 0; i < 8; ++i) {
    page.lines.push_back(
        Prose(72, 60 + 12.0 * i, "justified running text of the left column set here"));
  }
  page.lines.push_back(Placed(60, {{320, "Input"}, {400, "Output"}}));
  page.lines.push_back(Placed(72, {{320, "folk"}, {400, "local"}}));
  page.lines.push_back(Placed(84, {{320, "zoom"}, {400, "rapid"}}));
  page.lines.push_back(Prose(320, 104, "Table 3: Examples of outputs."));
  std::vector<TableGrid> tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  std::vector<std::vector<std::string>> expected = {
      {"Input", "Output"}, {"folk", "local"}, {"zoom", "rapid"}};
  EXPECT_EQ(Texts(tables[0]), expected);
}

TEST(FindTables, AHeaderOverTwoColumnsSpansThem) {
  PageLines page{1, 612, 792, {}};
  page.lines.push_back(Prose(72, 60, "Table 4: Accuracy and coverage."));
  page.lines.push_back(Placed(80, {{160, "En-It"}}));
  page.lines.push_back(Placed(92, {{72, "Thr."}, {140, "Acc."}, {200, "Cov."}}));
  page.lines.push_back(Placed(104, {{72, "0.00"}, {140, "0.21"}, {200, "100%"}}));
  page.lines.push_back(Placed(116, {{72, "0.55"}, {140, "0.25"}, {200, "70%"}}));
  page.lines.push_back(Placed(128, {{72, "0.60"}, {140, "0.31"}, {200, "32%"}}));
  std::vector<TableGrid> tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0].rows.size(), 5u);
  EXPECT_EQ(tables[0].columns, 3u);
  const auto& header = tables[0].rows[0];
  ASSERT_EQ(header.size(), 2u);
  EXPECT_TRUE(header[0].words.empty());
  EXPECT_EQ(CellText(header[1]), "En-It");
  EXPECT_EQ(header[1].columns, 2);
}

TEST(FindTables, TheLinesOfAWrappedHeaderAreOneRow) {
  // "Recall" / "(%)" and "Precision" / "(%)" over their columns, a rule's
  // space under them, then the body.
  PageLines page{1, 612, 792, {}};
  page.lines.push_back(Prose(72, 60, "Table 6: Scores by model."));
  page.lines.push_back(Placed(80, {{150, "Recall"}, {230, "Precision"}}));
  page.lines.push_back(Placed(91, {{72, "Model"}, {150, "(%)"}, {230, "(%)"}}));
  page.lines.push_back(Placed(108, {{72, "MaxEnt"}, {150, "46"}, {230, "51"}}));
  page.lines.push_back(Placed(120, {{72, "CRF"}, {150, "60"}, {230, "62"}}));
  std::vector<TableGrid> tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  std::vector<std::vector<std::string>> expected = {
      {"Model", "Recall (%)", "Precision (%)"}, {"MaxEnt", "46", "51"}, {"CRF", "60", "62"}};
  EXPECT_EQ(Texts(tables[0]), expected);
}

TEST(FindTables, LongCellsReachingIntoAGapMakeNoColumn) {
  // The first column's long entries reach towards the second; one header
  // over the second column starts among them.
  PageLines page{1, 612, 792, {}};
  page.lines.push_back(Prose(72, 60, "Table 7: Translations."));
  page.lines.push_back(Placed(80, {{72, "tie"}, {155, "tie"}}));
  page.lines.push_back(Placed(92, {{72, "cravatta"}, {175, "nero"}}));
  page.lines.push_back(Placed(104, {{72, "velluto (velvet)"}, {175, "bianco"}}));
  page.lines.push_back(Placed(116, {{72, "alleanza (alliance)"}, {175, "giallo"}}));
  page.lines.push_back(Placed(128, {{72, "amicizia"}, {175, "sacramentale"}}));
  std::vector<TableGrid> tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].columns, 2u);
}

TEST(SplitLinesAtTables, ALineRunningFromTheTextIntoATableIsCut) {
  // Left column: justified text; right column: a table, its caption under
  // it. One line of the text and the table's first row are one line.
  PageLines page{1, 612, 792, {}};
  for (int i = 0; i < 6; ++i) {
    Line l = Prose(72, 56 + 12.0 * i, "justified running text of the left column set here");
    if (i == 2) {
      for (const LineWord& w : Placed(80, {{320, "Model"}, {400, "F1"}}).words) {
        l.words.push_back(w);
      }
      l.box.x1 = l.words.back().box.x1;
    }
    page.lines.push_back(l);
  }
  page.lines.push_back(Placed(92, {{320, "CRF"}, {400, "0.9"}}));
  page.lines.push_back(Placed(104, {{320, "HMM"}, {400, "0.8"}}));
  page.lines.push_back(Prose(320, 124, "Table 5: Scores."));
  std::vector<TableGrid> tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_TRUE(SplitLinesAtTables(page, tables));
  EXPECT_EQ(page.lines.size(), 10u);  // the text's line and "Model F1" apart
  tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_FALSE(SplitLinesAtTables(page, tables));
  std::vector<std::vector<std::string>> expected = {
      {"Model", "F1"}, {"CRF", "0.9"}, {"HMM", "0.8"}};
  EXPECT_EQ(Texts(tables[0]), expected);
}

// Through the whole layout: the table is one block of kind figure-text with
// its cells, its caption a caption, the text around it paragraphs.
TEST(StreamingLayout, ATableIsOneBlockWithItsCellsInTheDocument) {
  DocumentParts parts;
  HyphenResolver hyphens("");
  StreamingLayout layout(hyphens, parts);
  layout.AddPage(CaptionOverTable());
  layout.Finish();
  ASSERT_EQ(parts.tables.size(), 1u);
  const Table& t = parts.tables[0];
  const Block& b = parts.blocks[t.block];
  EXPECT_EQ(b.kind, BlockKind::kFigureText);
  EXPECT_EQ(parts.text.substr(b.begin, b.end - b.begin),
            "Model Recall Precision\nMaxEnt 0.46 0.51\nCRF 0.60 0.62");
  ASSERT_EQ(t.rows.size(), 3u);
  const TableCell& c = t.rows[1][2];
  EXPECT_EQ(parts.text.substr(c.begin, c.end - c.begin), "0.51");
  ASSERT_GT(t.block, 0u);
  EXPECT_EQ(parts.blocks[t.block - 1].kind, BlockKind::kCaption);
  EXPECT_EQ(t.caption, t.block - 1);
}

}  // namespace
}  // namespace glossator::layout
