// Tables: the grid of a table printed as text, read from where its words
// stand. A table hangs from its caption ("Table 2: ...", above or below it):
// its rows are the lines next to the caption whose words stand in two or
// more cells at one baseline, its columns the stretches of the page those
// rows' cells cover with a gap between them that (nearly) no row crosses.
// A cell over the gap of two columns spans them (a header over a group).
#ifndef GLOSSATOR_LAYOUT_TABLES_H_
#define GLOSSATOR_LAYOUT_TABLES_H_

#include <string_view>
#include <vector>

#include "layout/furniture.h"
#include "layout/line.h"

namespace glossator::layout {

// One word of a table's cell: the line it stands in and its index there.
struct CellWord {
  const Line* line = nullptr;
  size_t index = 0;
};

struct TableGrid {
  struct Cell {
    std::vector<CellWord> words;  // in reading order; empty for an empty cell
    int columns = 1;              // the columns it spans
  };
  size_t columns = 0;
  std::vector<std::vector<Cell>> rows;  // top to bottom; each row's spans add up to columns
  // Every line that stands in the table, in page order: none of them is
  // running text.
  std::vector<const Line*> lines;
  const Line* caption = nullptr;  // the first line of its caption
};

// True when text opens a table's caption: IsCaption with a table's label
// ("Table 3:", "TABLE 2.", "Tab. 1", "Tabelle 4", "Tableau 1").
bool IsTableCaption(std::string_view text);

// The tables of a page (furniture aside), each with at least
// params::kTableMinRows rows and two columns, none sharing a line with
// another.
std::vector<TableGrid> FindTables(const PageLines& page);

// Cuts the page's lines that run out of a table (a line of the text's
// column set on one baseline with a row of a table beside it) into a line
// of the table's words and lines of the rest, so that a table holds whole
// lines. True when it cut any: the tables point into lines gone; find them
// again. Call before any pointer into page.lines is kept.
bool SplitLinesAtTables(PageLines& page, const std::vector<TableGrid>& tables);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_TABLES_H_
