// The rows of a table as FindTables collects them (tables.cc) and the grid
// read from them (table_grid.cc).
#ifndef GLOSSATOR_LAYOUT_TABLE_GRID_H_
#define GLOSSATOR_LAYOUT_TABLE_GRID_H_

#include <algorithm>
#include <vector>

#include "glossator/document.h"
#include "layout/line.h"
#include "layout/tables.h"

namespace glossator::layout {

// The vertical space between two rows (or a row and the caption).
inline double GapBetween(const Box& a, const Box& b) {
  return a.y1 <= b.y0 ? b.y0 - a.y1 : std::max(0.0, a.y0 - b.y1);
}

// A run of words of one line set close: a cell's text, or a line of prose.
struct TableSegment {
  const Line* line = nullptr;
  size_t first = 0, last = 0;  // words [first, last)
  Box box;
  double em = 0;
};

// The words of one baseline of the table's part of the page.
struct TableRow {
  std::vector<TableSegment> cells;  // left to right
  Box box;
  double em = 0;
};

inline Box Union(const Box& a, const Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

// The grid of rows (top to bottom): columns are the stretches between the
// gaps that at most kSpanningRowShare of the rows cross and where
// kColumnMinCells cells begin; a cell over a gap spans the columns beside
// it; a header's wrapped lines are joined into one row.
TableGrid GridOf(const std::vector<TableRow>& rows);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_TABLE_GRID_H_
