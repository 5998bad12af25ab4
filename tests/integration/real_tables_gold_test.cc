// The tables of real PDFs against table gold read off the page images
// (tests/gold/real/tables, see its README): per PDF, the tables found of
// those printed, the tables found with the gold's rows and columns, the
// gold's cells whose text a found table of theirs holds, and the tables
// found where none is printed. The test prints them with every miss and
// asserts today's figures as floors.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "test_support.h"

namespace glossator {
namespace {

struct GoldTable {
  int page = 0;
  std::string caption;  // its first words, "-" for none
  size_t rows = 0, columns = 0;
  std::vector<std::vector<std::string>> cells;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  std::string f;
  while (std::getline(in, f, '\t')) fields.push_back(f);
  return fields;
}

std::vector<GoldTable> ReadGold(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::vector<GoldTable> tables;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("# table\t", 0) == 0) {
      std::vector<std::string> f = SplitTabs(line);
      EXPECT_EQ(f.size(), 5u) << line;
      if (f.size() != 5) continue;
      tables.push_back({std::stoi(f[1]), f[2], std::stoul(f[3]), std::stoul(f[4]), {}});
    } else if (!line.empty() && line[0] != '#' && !tables.empty()) {
      tables.back().cells.push_back(SplitTabs(line));
    }
  }
  for (const GoldTable& t : tables) EXPECT_EQ(t.cells.size(), t.rows) << path << " " << t.caption;
  return tables;
}

// For comparing cells: without white space and the gold's math marks ("_",
// "^", braces), ASCII in lower case (small capitals read in upper case off
// the page), the ring operator as the text layer's white bullet, a minus
// sign as the gold's hyphen.
std::string Folded(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '_' || c == '^' || c == '{' || c == '}')
      continue;
    if (s.substr(i, 3) == "\u25E6") {  // ◦ for ∘
      out += "\u2218";
      i += 2;
      continue;
    }
    if (s.substr(i, 3) == "\u2212") {  // a minus sign for the gold's hyphen
      out += '-';
      i += 2;
      continue;
    }
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// A gold cell's text matches a found one: equal when folded, or, for a cell
// cut after six words ("... …"), its start.
bool CellMatches(const std::string& gold, const std::string& found) {
  static const std::string kCut = " \u2026";
  if (gold.size() > kCut.size() &&
      gold.compare(gold.size() - kCut.size(), kCut.size(), kCut) == 0) {
    std::string prefix = Folded(gold.substr(0, gold.size() - kCut.size()));
    return Folded(found).rfind(prefix, 0) == 0;
  }
  return Folded(gold) == Folded(found);
}

bool IsGoldText(const std::string& cell) { return cell != "-" && cell != ">" && cell != "^"; }

struct FoundTable {
  int page = 0;
  std::vector<std::string> captions;  // the captions next to it
  size_t rows = 0, columns = 0;
  std::vector<std::string> cells;  // the texts of its cells that hold any
  // Row by row, each grid column's text: a cell's at the column it starts in,
  // ">" at the columns it spans past that, as the gold writes them.
  std::vector<std::vector<std::string>> grid;
};

std::vector<FoundTable> FoundTables(const Document& doc) {
  std::vector<FoundTable> out;
  const std::vector<Block>& blocks = doc.blocks();
  for (const Table& t : doc.tables()) {
    FoundTable f;
    f.page = blocks[t.block].first_page;
    // Its caption as the layout linked it (else the captions next to it).
    if (t.caption < blocks.size()) {
      f.captions.emplace_back(doc.text(blocks[t.caption].begin, blocks[t.caption].end));
    }
    for (size_t i : {t.block - 1, t.block + 1}) {
      if (t.caption == Table::kNone && i < blocks.size() && blocks[i].kind == BlockKind::kCaption) {
        f.captions.emplace_back(doc.text(blocks[i].begin, blocks[i].end));
      }
    }
    f.rows = t.rows.size();
    f.columns = t.columns;
    size_t row_end = blocks[t.block].begin;  // where the row before ends
    for (const auto& row : t.rows) {
      f.grid.emplace_back();
      size_t column = 0;
      for (const TableCell& c : row) {
        // Each cell knows its grid column; every cell, an empty one too,
        // lies in its row's text, past the row before.
        EXPECT_EQ(c.column, column);
        column += static_cast<size_t>(c.columns);
        EXPECT_TRUE(c.begin > row_end || row_end == blocks[t.block].begin);
        EXPECT_LE(c.end, blocks[t.block].end);
        if (c.end > c.begin) f.cells.emplace_back(doc.text(c.begin, c.end));
        f.grid.back().emplace_back(c.end > c.begin ? doc.text(c.begin, c.end) : "-");
        for (int k = 1; k < c.columns; ++k) f.grid.back().emplace_back(">");
      }
      EXPECT_EQ(column, t.columns);
      for (const TableCell& c : row) row_end = std::max(row_end, c.end);
    }
    out.push_back(std::move(f));
  }
  return out;
}

// "Table 3" of "Table 3: Examples ...": the label and its number.
std::string Label(const std::string& caption) {
  std::istringstream in(caption);
  std::string a, b;
  in >> a >> b;
  while (!b.empty() && (b.back() == ':' || b.back() == '.')) b.pop_back();
  return a + " " + b;
}

struct Score {
  size_t gold = 0, found = 0, shaped = 0, gold_cells = 0, cells = 0, false_positives = 0;
  size_t placed = 0;     // cells of tables of the gold's shape matched at the gold's row and column
  size_t captioned = 0;  // found with the gold's caption ("Table 3") as theirs
};

Score Compare(const std::vector<GoldTable>& gold, const std::vector<FoundTable>& found,
              const std::string& name) {
  Score s;
  s.gold = gold.size();
  std::vector<bool> used(found.size(), false);
  for (const GoldTable& g : gold) {
    // The found table of the page next to the gold's caption, else the
    // first of the page left.
    size_t match = found.size();
    for (size_t k = 0; k < found.size() && match == found.size(); ++k) {
      if (used[k] || found[k].page != g.page || g.caption == "-") continue;
      for (const std::string& c : found[k].captions) {
        if (Label(c) == Label(g.caption)) match = k;
      }
    }
    s.captioned += match < found.size();
    for (size_t k = 0; k < found.size() && match == found.size(); ++k) {
      if (!used[k] && found[k].page == g.page) match = k;
    }
    size_t cells = 0;
    for (const auto& row : g.cells) {
      cells += std::count_if(row.begin(), row.end(), IsGoldText);
    }
    s.gold_cells += cells;
    if (match == found.size()) {
      std::cout << "  " << name << " p" << g.page << " missed: " << g.caption << "\n";
      continue;
    }
    used[match] = true;
    const FoundTable& f = found[match];
    ++s.found;
    bool shaped = f.rows == g.rows && f.columns == g.columns;
    s.shaped += shaped;
    std::vector<bool> taken(f.cells.size(), false);
    size_t matched = 0;
    std::vector<std::string> misses;
    for (const auto& row : g.cells) {
      for (const std::string& cell : row) {
        if (!IsGoldText(cell)) continue;
        bool hit = false;
        for (size_t k = 0; k < f.cells.size() && !hit; ++k) {
          if (!taken[k] && CellMatches(cell, f.cells[k])) taken[k] = hit = true;
        }
        matched += hit;
        if (!hit) misses.push_back(cell);
      }
    }
    s.cells += matched;
    size_t placed = 0;
    for (size_t r = 0; shaped && r < g.cells.size() && r < f.grid.size(); ++r) {
      for (size_t c = 0; c < g.cells[r].size() && c < f.grid[r].size(); ++c) {
        placed += IsGoldText(g.cells[r][c]) && CellMatches(g.cells[r][c], f.grid[r][c]);
      }
    }
    s.placed += placed;
    std::cout << "  " << name << " p" << g.page << " " << Label(g.caption) << ": " << f.rows << "x"
              << f.columns << " (gold " << g.rows << "x" << g.columns << "), cells " << matched
              << "/" << cells << " (" << placed << " at their row and column)";
    for (size_t k = 0; k < misses.size() && k < 6; ++k)
      std::cout << (k ? " | " : "; missed: ") << misses[k];
    std::cout << "\n";
  }
  for (size_t k = 0; k < found.size(); ++k) {
    if (used[k]) continue;
    ++s.false_positives;
    std::cout << "  " << name << " p" << found[k].page
              << " found where the gold has none: " << found[k].rows << "x" << found[k].columns
              << (found[k].cells.empty() ? "" : ", first cell " + found[k].cells.front()) << "\n";
  }
  return s;
}

struct Floor {
  const char* name;  // tests/gold/real/tables/<name>.tsv and data/real/pdfs/<name>.pdf
  size_t found, shaped, cells, placed;
  size_t max_false_positives;
  size_t captioned;
};

TEST(RealTablesGold, TablesMatchTheGoldReadOffThePageImages) {
  // Today's figures (tables found, with the gold's shape, cells matched
  // anywhere in their table, cells matched at the gold's row and column in a
  // table of the gold's shape; tables found where none is printed; found
  // with the gold's caption). The last six PDFs print no table.
  const Floor kFloors[] = {
      {"sp_P14-1059", 9, 9, 178, 176, 0, 9},
      {"cermine_example1", 2, 2, 64, 64, 0, 2},
      {"papaja_vignette", 2, 2, 89, 89, 0, 2},
      {"mullen", 1, 1, 17, 16, 0, 1},
      {"sp_roark13", 6, 6, 309, 303, 0, 6},
      {"complexity", 0, 0, 0, 0, 0, 0},
      {"ecstr", 0, 0, 0, 0, 0, 0},
      {"freud-beyond-the-pleasure-principle", 0, 0, 0, 0, 0, 0},
      {"freud-future-prospects", 0, 0, 0, 0, 0, 0},
      {"freud-origin-and-development", 0, 0, 0, 0, 0, 0},
      {"slides_go", 0, 0, 0, 0, 0, 0},
  };

  Score total;
  for (const Floor& f : kFloors) {
    std::vector<GoldTable> gold =
        ReadGold(std::string(GLOSSATOR_SOURCE_DIR) + "/tests/gold/real/tables/" + f.name + ".tsv");
    Result<Document> doc =
        ExtractDocument(testing::SharedDir() + "/data/real/pdfs/" + f.name + ".pdf");
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    Score s = Compare(gold, FoundTables(*doc), f.name);
    std::cout << f.name << ": tables found " << s.found << "/" << s.gold
              << ", right rows and columns " << s.shaped << ", cells matched " << s.cells << "/"
              << s.gold_cells << " (" << s.placed << " at their row and column)"
              << ", found where the gold has none " << s.false_positives
              << ", with the gold's caption " << s.captioned << "\n";
    EXPECT_GE(s.found, f.found) << f.name;
    EXPECT_GE(s.captioned, f.captioned) << f.name;
    EXPECT_GE(s.shaped, f.shaped) << f.name;
    EXPECT_GE(s.cells, f.cells) << f.name;
    EXPECT_GE(s.placed, f.placed) << f.name;
    EXPECT_LE(s.false_positives, f.max_false_positives) << f.name;
    total.gold += s.gold, total.found += s.found, total.shaped += s.shaped;
    total.gold_cells += s.gold_cells, total.cells += s.cells;
    total.false_positives += s.false_positives;
    total.captioned += s.captioned;
  }
  std::cout << "all: tables found " << total.found << "/" << total.gold
            << ", right rows and columns " << total.shaped << ", cells matched " << total.cells
            << "/" << total.gold_cells << ", found where the gold has none "
            << total.false_positives << ", with the gold's caption " << total.captioned << "\n";
}

}  // namespace
}  // namespace glossator
