// A table's block (Document::tables()) in the TEI: <table> of <row>s of
// <cell>s inside the <figure> of its caption, cells spanning columns with
// @cols, annotations inside one cell inline in it and one across cells
// stand-off; nothing lost (rule 1), and the file valid TEI.
#include <gtest/gtest.h>

#include <fstream>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "glossator/tei.h"
#include "test_support.h"

namespace glossator {
namespace {

constexpr unsigned kParse = pugi::parse_default | pugi::parse_ws_pcdata;

// Appends a block of one page's text, two line breaks after the one before.
Block AddBlock(DocumentParts* parts, BlockKind kind, const std::string& text) {
  if (!parts->text.empty()) parts->text += "\n\n";
  Block b;
  b.kind = kind;
  b.begin = parts->text.size();
  parts->text += text;
  b.end = parts->text.size();
  b.first_page = b.last_page = 1;
  parts->blocks.push_back(b);
  return b;
}

// One A4 page read from file_name.
void OnePageSource(DocumentParts* parts, const std::string& file_name) {
  parts->pages.push_back({1, 595, 842, 0, 0, {}});
  parts->source.file_name = file_name;
  parts->source.sha256 = std::string(64, 'a');
  parts->source.page_count = 1;
}

// "Table 1: Scores." then the table:
//   Model   | Recall (spanning two columns)
//   -       | holding | 0.46
//   CRF     | 0.51    | 0.60
Document TableDocument() {
  DocumentParts parts;
  auto add_block = [&](BlockKind kind, const std::string& text) { AddBlock(&parts, kind, text); };
  add_block(BlockKind::kCaption, "Table 1: Scores.");
  size_t at = parts.text.size() + 2;
  add_block(BlockKind::kFigureText, "Model Recall\nholding 0.46\nCRF 0.51 0.60");
  auto cell = [&](const std::string& s, size_t column, int columns = 1) {
    size_t b = parts.text.find(s, at);
    return TableCell{b, b + s.size(), column, columns};
  };
  Table t;
  t.block = 1;
  t.columns = 3;
  size_t second_row = parts.text.find("holding");
  t.rows = {{cell("Model", 0), cell("Recall", 1, 2)},
            {TableCell{second_row, second_row, 0, 1}, cell("holding", 1), cell("0.46", 2)},
            {cell("CRF", 0), cell("0.51", 1), cell("0.60", 2)}};
  parts.tables.push_back(t);
  add_block(BlockKind::kParagraph, "The scores are in Table 1.");
  OnePageSource(&parts, "table.pdf");
  return Document(std::move(parts));
}

Annotations Concepts(const Document& doc) {
  Annotations a;
  a.types = {{"concept", "term", "ref=#{category}", "concepts"}};
  a.categories = {{"concepts", "c.holding", {{"label", "holding"}}, "concepts"}};
  a.applications = {{"concepts", "0.1.0", "Concept mentions"}};
  auto concept_at = [&](uint64_t id, const std::string& s) {
    Annotation x;
    x.id = id;
    x.begin = doc.text().find(s);
    x.end = x.begin + s.size();
    x.type = "concept";
    x.plugin = "concepts";
    x.attributes = {{"category", "c.holding"}};
    return x;
  };
  // One inside a cell, one across two cells.
  a.items = {concept_at(1, "holding"), concept_at(2, "0.51 0.60")};
  return a;
}

TEST(TeiTables, ATableIsRowsOfCellsInTheFigureOfItsCaption) {
  Document doc = TableDocument();
  Annotations annotations = Concepts(doc);
  Result<std::string> xml = RenderTei(doc, annotations);
  ASSERT_TRUE(xml.ok()) << xml.status().ToString();
  pugi::xml_document tei;
  ASSERT_TRUE(tei.load_string(xml->c_str(), kParse));
  pugi::xpath_node figure = tei.select_node("//figure[table]");
  ASSERT_TRUE(figure);
  EXPECT_EQ(std::string(figure.node().child("head").text().get()), "Table 1: Scores.");
  pugi::xml_node table = figure.node().child("table");
  EXPECT_EQ(table.attribute("rows").as_int(), 3);
  EXPECT_EQ(table.attribute("cols").as_int(), 3);
  std::vector<std::vector<std::string>> cells;
  for (pugi::xml_node row : table.children("row")) {
    cells.emplace_back();
    for (pugi::xml_node c : row.children("cell")) {
      cells.back().push_back(pugi::xpath_query("string(.)").evaluate_string(c));
      if (cells.back().back() == "Recall") {
        EXPECT_EQ(c.attribute("cols").as_int(), 2);
      }
    }
  }
  std::vector<std::vector<std::string>> expected = {
      {"Model", "Recall"}, {"", "holding", "0.46"}, {"CRF", "0.51", "0.60"}};
  EXPECT_EQ(cells, expected);
  // The concept inside a cell is inline there; the one across cells stand-off.
  EXPECT_TRUE(tei.select_node("//cell/term[@ref='#c.holding'][.='holding']"));
  EXPECT_TRUE(tei.select_node("//standOff//span"));
  // Rule 1: the text under <text> is the Document's, token for token.
  EXPECT_EQ(testing::Tokens(testing::TeiText(tei.select_node("//text").node())),
            testing::Tokens(doc.text()));
  // Valid TEI (jing).
  testing::TempDir dir;
  std::string path = dir.path() + "/tei_tables.xml";
  std::ofstream(path) << *xml;
  testing::CommandResult jing =
      testing::RunCommand(std::string(JING_EXECUTABLE) + " '" + testing::SharedDir() +
                          "/schemas/tei_all.rng' '" + path + "'");
  EXPECT_EQ(jing.exit_code, 0) << jing.output.substr(0, 2000);
}

TEST(TeiTables, AnApaCaptionsTitleBetweenItsLabelAndTheTableIsInTheFigure) {
  // "Table 2" over its title, then the table; the table says which caption
  // is its own.
  DocumentParts parts;
  auto add_block = [&](BlockKind kind, const std::string& text) {
    return AddBlock(&parts, kind, text);
  };
  add_block(BlockKind::kCaption, "Figure 1");
  add_block(BlockKind::kCaption, "Table 2");
  add_block(BlockKind::kParagraph, "Recall by task.");
  Block t = add_block(BlockKind::kFigureText, "Task Recall");
  Table table;
  table.block = 3;
  table.caption = 1;
  table.columns = 2;
  table.rows = {{{t.begin, t.begin + 4, 0, 1}, {t.begin + 5, t.end, 1, 1}}};
  parts.tables.push_back(table);
  OnePageSource(&parts, "apa.pdf");
  Document doc(std::move(parts));
  Result<std::string> xml = RenderTei(doc);
  ASSERT_TRUE(xml.ok()) << xml.status().ToString();
  pugi::xml_document tei;
  ASSERT_TRUE(tei.load_string(xml->c_str(), kParse));
  pugi::xml_node figure = tei.select_node("//figure[table]").node();
  ASSERT_TRUE(figure);
  EXPECT_EQ(std::string(figure.child("head").text().get()), "Table 2");
  EXPECT_EQ(std::string(figure.child("p").text().get()), "Recall by task.");
  // Figure 1's caption is a figure of its own.
  EXPECT_TRUE(tei.select_node("//figure[not(table)]/head[.='Figure 1']"));
  testing::TempDir dir;
  std::string path = dir.path() + "/apa.xml";
  std::ofstream(path) << *xml;
  testing::CommandResult jing =
      testing::RunCommand(std::string(JING_EXECUTABLE) + " '" + testing::SharedDir() +
                          "/schemas/tei_all.rng' '" + path + "'");
  EXPECT_EQ(jing.exit_code, 0) << jing.output.substr(0, 2000);
}

}  // namespace
}  // namespace glossator
