#include "layout/table_grid.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "layout/figures.h"
#include "layout/params.h"

namespace glossator::layout {
namespace {

struct Gap {
  double start, end;
};

// The stretches between the table's columns: crossed by no more than
// kSpanningRowShare of the rows.
std::vector<Gap> ColumnGaps(const std::vector<TableRow>& rows) {
  if (rows.empty()) return {};
  std::vector<std::pair<double, int>> events;
  double x0 = rows.front().box.x0, x1 = rows.front().box.x1;
  for (const TableRow& r : rows) {
    x0 = std::min(x0, r.box.x0);
    x1 = std::max(x1, r.box.x1);
    for (const TableSegment& s : r.cells) {
      events.emplace_back(s.box.x0, +1);
      events.emplace_back(s.box.x1, -1);
    }
  }
  std::sort(events.begin(), events.end());
  int allowance = static_cast<int>(params::kSpanningRowShare * static_cast<double>(rows.size()));
  std::vector<Gap> gaps;
  int count = 0;
  bool open = false;
  double from = 0;
  for (const auto& [x, delta] : events) {
    count += delta;
    bool low = count <= allowance;
    if (low && !open && x < x1) {
      open = true;
      from = x;
    } else if (!low && open) {
      open = false;
      if (from > x0 && x > from) gaps.push_back({from, x});
    }
  }
  // A column where fewer than kColumnMinCells cells begin is none: a long
  // cell, or a header over two columns, crossing into the gap beside it
  // with others, cut it out of the gap.
  size_t need = std::min(params::kColumnMinCells, (rows.size() + 1) / 2);
  for (size_t k = 0; k <= gaps.size() && gaps.size() > 0;) {
    double left = k == 0 ? x0 - params::kColumnEdgeSlack : gaps[k - 1].end - params::kGapEndSlack;
    double right = k == gaps.size() ? x1 + params::kColumnEdgeSlack : gaps[k].start;
    size_t begin_here = 0;
    for (const TableRow& r : rows) {
      for (const TableSegment& s : r.cells) begin_here += s.box.x0 >= left && s.box.x0 < right;
    }
    if (begin_here >= need) {
      ++k;
      continue;
    }
    // Join the gaps on either side of it (at the edges: drop the one).
    if (k == 0) {
      gaps.erase(gaps.begin());
    } else if (k == gaps.size()) {
      gaps.pop_back();
    } else {
      gaps[k - 1].end = gaps[k].end;
      gaps.erase(gaps.begin() + static_cast<long>(k));
    }
  }
  return gaps;
}

// The column x falls in (a gap's x: the column after it when starts, else
// the one before).
size_t ColumnAt(double x, const std::vector<Gap>& gaps, bool starts) {
  size_t c = 0;
  for (const Gap& g : gaps) {
    if (x < g.start) break;
    if (x < g.end) return starts ? c + 1 : c;
    ++c;
  }
  return c;
}

// A segment cut where a column gap falls between two of its words set
// further apart than a word space.
std::vector<TableSegment> SplitAtGaps(const TableSegment& s, const std::vector<Gap>& gaps) {
  std::vector<TableSegment> out = {s};
  out.back().last = s.first + 1;
  out.back().box = s.line->words[s.first].box;
  for (size_t i = s.first + 1; i < s.last; ++i) {
    const Box& prev = s.line->words[i - 1].box;
    const Box& b = s.line->words[i].box;
    bool apart = b.x0 - prev.x1 >= params::kCellSplitGap * s.em &&
                 ColumnAt(prev.x0, gaps, true) != ColumnAt(b.x0, gaps, true);
    if (apart) {
      out.push_back({s.line, i, i + 1, b, s.em});
    } else {
      out.back().last = i + 1;
      out.back().box = Union(out.back().box, b);
    }
  }
  return out;
}

// A cell of figures: every word a figure (figures.h), one with a digit
// ("0.46", "<0.001", "67,29", "−0.5"); "α = 0.05" is none.
bool IsFigureCell(const TableGrid::Cell& c) {
  bool digit = false;
  for (const CellWord& w : c.words) {
    const std::string& text = w.line->words[w.index].text;
    if (!IsFigure(text)) return false;
    digit = digit || std::any_of(text.begin(), text.end(),
                                 [](unsigned char ch) { return std::isdigit(ch); });
  }
  return digit;
}

// Joins the lines of a header whose cells wrap ("PARTICIPANTS" / "WHO
// REMAINED" / "DEMENTIA-FREE", "MODEL 1" / "HR (95% CI)") into one row:
// a row A over a row B joins it when A's stub (first column) is empty, A
// has kWrappedRowMinCells cells or more, none spanning columns or holding
// figures, every one over a cell of B, B holds no figures, and B is set no
// further from A than from the row under it (a header's rule sets the
// body off; the lines are joined from the bottom of the header up).
void MergeWrappedRows(TableGrid& grid, std::vector<TableRow> rows) {
  auto fits = [&](size_t a) {
    const std::vector<TableGrid::Cell>& top = grid.rows[a];
    const std::vector<TableGrid::Cell>& under = grid.rows[a + 1];
    if (a + 2 >= grid.rows.size() || top.size() != grid.columns || !top[0].words.empty()) {
      return false;
    }
    if (GapBetween(rows[a].box, rows[a + 1].box) > GapBetween(rows[a + 1].box, rows[a + 2].box)) {
      return false;
    }
    size_t filled = static_cast<size_t>(std::count_if(
        top.begin(), top.end(), [](const TableGrid::Cell& c) { return !c.words.empty(); }));
    if (filled < params::kWrappedRowMinCells) return false;  // a header over the table
    // Column by column: the cell of under that covers it.
    std::vector<const TableGrid::Cell*> below(grid.columns, nullptr);
    size_t col = 0;
    for (const TableGrid::Cell& c : under) {
      if (IsFigureCell(c)) return false;
      for (int k = 0; k < c.columns && col < grid.columns; ++k) below[col++] = &c;
    }
    for (size_t k = 0; k < top.size(); ++k) {
      if (top[k].columns != 1 || IsFigureCell(top[k])) return false;
      if (!top[k].words.empty() && (!below[k] || below[k]->words.empty())) return false;
    }
    return true;
  };
  // From the bottom up: a header's last line joins the one above it first,
  // so that each upper line is weighed against the rule under the header.
  for (size_t a = grid.rows.empty() ? 0 : grid.rows.size() - 1; a-- > 0;) {
    if (!fits(a)) continue;
    std::vector<TableGrid::Cell>& top = grid.rows[a];
    std::vector<TableGrid::Cell> merged = grid.rows[a + 1];
    size_t col = 0;
    for (TableGrid::Cell& c : merged) {
      std::vector<CellWord> words;
      for (int k = 0; k < c.columns && col < grid.columns; ++k, ++col) {
        words.insert(words.end(), top[col].words.begin(), top[col].words.end());
      }
      words.insert(words.end(), c.words.begin(), c.words.end());
      c.words = std::move(words);
    }
    grid.rows[a + 1] = std::move(merged);
    rows[a + 1].box = Union(rows[a].box, rows[a + 1].box);
    grid.rows.erase(grid.rows.begin() + static_cast<long>(a));
    rows.erase(rows.begin() + static_cast<long>(a));
  }
}

}  // namespace

TableGrid GridOf(const std::vector<TableRow>& rows) {
  if (rows.empty()) return {};
  std::vector<Gap> gaps = ColumnGaps(rows);
  TableGrid grid;
  grid.columns = gaps.size() + 1;
  for (const TableRow& row : rows) {
    std::vector<TableGrid::Cell> cells;
    size_t next = 0;  // the first column not yet filled
    size_t last = 0;  // the last column of the cell before
    for (const TableSegment& whole : row.cells) {
      for (const TableSegment& s : SplitAtGaps(whole, gaps)) {
        size_t a = ColumnAt(s.box.x0, gaps, true);
        size_t b = ColumnAt(s.box.x1, gaps, false);
        // Within one gap, no column's text reached: a header set over the
        // two columns beside it.
        if (a > b) std::swap(a, b);
        a = std::min(a, grid.columns - 1);
        b = std::min(b, grid.columns - 1);
        if (!cells.empty() && a <= last && !cells.back().words.empty()) {
          // In the column of the cell before: its text goes on.
          TableGrid::Cell& c = cells.back();
          for (size_t i = s.first; i < s.last; ++i) c.words.push_back({s.line, i});
          if (b > last) c.columns += static_cast<int>(b - last);
          last = std::max(last, b);
          next = last + 1;
          continue;
        }
        while (next < a) {
          cells.push_back({});
          ++next;
        }
        TableGrid::Cell c;
        for (size_t i = s.first; i < s.last; ++i) c.words.push_back({s.line, i});
        c.columns = static_cast<int>(b - a + 1);
        cells.push_back(std::move(c));
        last = b;
        next = b + 1;
      }
    }
    while (next < grid.columns) {
      cells.push_back({});
      ++next;
    }
    grid.rows.push_back(std::move(cells));
  }
  MergeWrappedRows(grid, rows);
  std::set<const Line*> lines;
  for (const TableRow& row : rows) {
    for (const TableSegment& s : row.cells) lines.insert(s.line);
  }
  grid.lines.assign(lines.begin(), lines.end());
  std::sort(grid.lines.begin(), grid.lines.end(), [](const Line* a, const Line* b) {
    return a->box.y0 != b->box.y0 ? a->box.y0 < b->box.y0 : a->box.x0 < b->box.x0;
  });
  return grid;
}

}  // namespace glossator::layout
