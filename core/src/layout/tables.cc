#include "layout/tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "layout/blocks.h"
#include "layout/figures.h"
#include "layout/params.h"
#include "layout/table_grid.h"

namespace glossator::layout {
namespace {

double Middle(const Box& b) { return (b.y0 + b.y1) / 2; }

// A rule drawn with characters ("......", "-----"): no row; it stays text.
bool IsRuleOfCharacters(const std::string& text) {
  size_t marks = 0;
  for (char c : text) {
    if (c == '.' || c == '_' || c == '-' || c == '=') {
      ++marks;
    } else if (c != ' ') {
      return false;
    }
  }
  return marks >= params::kRuleMinMarks;
}

double EmOf(const Line& line) { return line.font_size > 0 ? line.font_size : line.height(); }

// The line's words cut where they stand further apart than kCellGap ems.
std::vector<TableSegment> SegmentsOf(const Line& line) {
  std::vector<TableSegment> out;
  double em = EmOf(line);
  for (size_t i = 0; i < line.words.size(); ++i) {
    const Box& b = line.words[i].box;
    if (out.empty() || b.x0 - out.back().box.x1 > params::kCellGap * em) {
      out.push_back({&line, i, i + 1, b, em});
    } else {
      out.back().last = i + 1;
      out.back().box = Union(out.back().box, b);
    }
  }
  return out;
}

bool IsProse(const TableSegment& s, double page_width) {
  return s.last - s.first >= params::kProseMinWords &&
         s.box.x1 - s.box.x0 >= params::kProseMinWidthShare * page_width;
}

size_t ProseCells(const TableRow& row, double page_width) {
  return static_cast<size_t>(
      std::count_if(row.cells.begin(), row.cells.end(),
                    [&](const TableSegment& s) { return IsProse(s, page_width); }));
}

// Takes out of the rows the lines of a column of running text set beside a
// table (on its baselines): prose whose edge the prose of the row above or
// below shares (justified lines), and a paragraph's last line under it.
// A row left with none is kept empty: the table's rows are looked for past
// it, within their gaps.
void DropRunningText(std::vector<TableRow>& rows, double page_width) {
  auto near = [](double a, double b) { return std::abs(a - b) <= params::kRunningTextEdge; };
  // Justified prose beside s in row other: both edges shared (a paragraph's
  // first line set in: the right edge; its last line: the left edge, close
  // under it).
  auto justified_beside = [&](const TableSegment& s, size_t r, size_t other) {
    const TableRow& o = rows[other];
    bool close = GapBetween(o.box, rows[r].box) <= params::kRunningTextLeading * s.em;
    return std::any_of(o.cells.begin(), o.cells.end(), [&](const TableSegment& p) {
      if (!IsProse(p, page_width)) return false;
      bool x0 = near(s.box.x0, p.box.x0), x1 = near(s.box.x1, p.box.x1);
      return (x0 && x1) || (close && (other < r ? x0 : x1));
    });
  };
  std::vector<std::vector<bool>> running(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    for (const TableSegment& s : rows[r].cells) {
      bool run = (r > 0 && justified_beside(s, r, r - 1)) ||
                 (r + 1 < rows.size() && justified_beside(s, r, r + 1));
      running[r].push_back(run && (IsProse(s, page_width) || r > 0));
    }
  }
  for (size_t r = 0; r < rows.size(); ++r) {
    std::vector<TableSegment> kept;
    for (size_t k = 0; k < rows[r].cells.size(); ++k) {
      if (!running[r][k]) kept.push_back(rows[r].cells[k]);
    }
    if (kept.size() == rows[r].cells.size()) continue;
    rows[r].cells = std::move(kept);
    if (rows[r].cells.empty()) continue;
    rows[r].box = rows[r].cells.front().box;
    for (const TableSegment& s : rows[r].cells) rows[r].box = Union(rows[r].box, s.box);
  }
}

// The rows of the page's lines within [left, right] (kTableLineInColumn),
// the caption's line aside, top to bottom.
std::vector<TableRow> RowsWithin(const PageLines& page, double left, double right,
                                 const Line* caption) {
  std::vector<TableSegment> segments;
  for (const Line& line : page.lines) {
    if (line.furniture || &line == caption || line.words.empty()) continue;
    if (IsRuleOfCharacters(line.Text())) continue;
    // By segment: a line may run from the text's column into the table's
    // (SplitLinesAtTables cuts it).
    for (const TableSegment& s : SegmentsOf(line)) {
      double inside = std::min(s.box.x1, right) - std::max(s.box.x0, left);
      if (inside >= params::kTableLineInColumn * (s.box.x1 - s.box.x0)) segments.push_back(s);
    }
  }
  std::sort(segments.begin(), segments.end(), [](const TableSegment& a, const TableSegment& b) {
    return Middle(a.box) < Middle(b.box);
  });
  std::vector<TableRow> rows;
  for (const TableSegment& s : segments) {
    if (!rows.empty()) {
      TableRow& r = rows.back();
      double height = std::min(s.box.y1 - s.box.y0, r.box.y1 - r.box.y0);
      double overlap = std::min(s.box.y1, r.box.y1) - std::max(s.box.y0, r.box.y0);
      if (std::abs(Middle(s.box) - Middle(r.box)) <= params::kRowMiddleTolerance * height ||
          overlap >= params::kRowScriptOverlap * height) {
        r.cells.push_back(s);
        r.box = Union(r.box, s.box);
        r.em = std::max(r.em, s.em);
        continue;
      }
    }
    rows.push_back({{s}, s.box, s.em});
  }
  for (TableRow& r : rows) {
    std::sort(r.cells.begin(), r.cells.end(),
              [](const TableSegment& a, const TableSegment& b) { return a.box.x0 < b.box.x0; });
  }
  DropRunningText(rows, page.width);
  return rows;
}

bool TraceTables() {
  static const bool trace = std::getenv("GLOSSATOR_DEBUG_TABLES") != nullptr;
  return trace;
}

void Trace(const PageLines& page, const Line& caption, const Column& column,
           const std::vector<TableRow>& rows) {
  std::fprintf(stderr, "p%d caption [%.1f %.1f %.1f %.1f] scope [%.1f %.1f] %s\n", page.number,
               caption.box.x0, caption.box.y0, caption.box.x1, caption.box.y1, column.left,
               column.right, caption.Text().c_str());
  for (const TableRow& r : rows) {
    if (std::abs(r.box.y0 - caption.box.y0) > 250) continue;
    std::fprintf(stderr, "  row [%.1f %.1f %.1f %.1f]", r.box.x0, r.box.y0, r.box.x1, r.box.y1);
    for (const TableSegment& c : r.cells) {
      std::string t;
      for (size_t i = c.first; i < c.last; ++i) t += c.line->words[i].text + " ";
      std::fprintf(stderr, " | %.0f-%.0f %s", c.box.x0, c.box.x1, t.c_str());
    }
    std::fprintf(stderr, "\n");
  }
}

// The rows of the table next to the caption: from rows[start] on in
// direction step (+1 down, -1 up), while they follow each other closely and
// are no prose. Single-cell rows count where a row of cells follows them
// (a spanning header, a group's label) or, one, at the far end.
std::vector<TableRow> CollectRows(const std::vector<TableRow>& rows, long start, long step,
                                  const Box& caption, double caption_em, double page_width) {
  std::vector<TableRow> region, pending;
  Box edge = caption;
  double limit = params::kCaptionMaxGap * caption_em;
  for (long i = start; i >= 0 && i < static_cast<long>(rows.size()); i += step) {
    const TableRow& row = rows[static_cast<size_t>(i)];
    // (A row of running text alone, beside the table, stands between.)
    if (row.cells.empty()) continue;
    if (GapBetween(edge, row.box) > limit) break;
    if (ProseCells(row, page_width) >= 2) break;
    // Another table's caption (or a figure's) ends this one.
    if (std::any_of(row.cells.begin(), row.cells.end(), [](const TableSegment& c) {
          return c.first == 0 && IsCaption(c.line->Text());
        })) {
      break;
    }
    if (row.cells.size() >= 2) {
      for (TableRow& p : pending) region.push_back(std::move(p));
      pending.clear();
      region.push_back(row);
    } else {
      if (IsProse(row.cells.front(), page_width) || !pending.empty()) break;
      pending.push_back(row);
    }
    edge = row.box;
    limit = params::kRowMaxGap * row.em;
  }
  if (pending.size() == 1 && !region.empty()) {
    double x0 = region.front().box.x0, x1 = region.front().box.x1;
    for (const TableRow& r : region) x0 = std::min(x0, r.box.x0), x1 = std::max(x1, r.box.x1);
    const Box& b = pending.front().box;
    if (b.x0 >= x0 - params::kTableEdgeSlack && b.x1 <= x1 + params::kTableEdgeSlack) {
      region.push_back(std::move(pending.front()));
    }
  }
  if (step < 0) std::reverse(region.begin(), region.end());
  return region;
}

size_t MultiCellRows(const std::vector<TableRow>& rows) {
  return static_cast<size_t>(std::count_if(rows.begin(), rows.end(),
                                           [](const TableRow& r) { return r.cells.size() >= 2; }));
}

}  // namespace

bool IsTableCaption(std::string_view text) {
  // Of the caption labels (figures.cc), the tables' all begin so: "Table",
  // "TABLE", "Tab.", "Tabla", "Tabelle", "Tableau".
  return IsCaption(text) && (text.substr(0, 3) == "Tab" || text.substr(0, 3) == "TAB");
}

std::vector<TableGrid> FindTables(const PageLines& page) {
  // Each caption's rows both ways: below it (past the lines it wraps over)
  // and above it.
  struct Candidate {
    const Line* caption;
    std::vector<TableRow> up, down;
    bool up_ok, down_ok;
  };
  std::vector<Candidate> candidates;
  size_t up_only = 0, down_only = 0;
  for (const Line& caption : page.lines) {
    if (caption.furniture || caption.words.empty() || !IsTableCaption(caption.Text())) continue;
    Column column = ColumnOf(caption, page);
    std::vector<TableRow> rows = RowsWithin(page, column.left, column.right, &caption);
    if (TraceTables()) Trace(page, caption, column, rows);
    long below = std::partition_point(
                     rows.begin(), rows.end(),
                     [&](const TableRow& r) { return Middle(r.box) < Middle(caption.box); }) -
                 rows.begin();
    double em = EmOf(caption);
    Box edge = caption.box;
    long first = below;
    for (size_t k = 0; k < params::kCaptionMaxLines && first < static_cast<long>(rows.size());
         ++k) {
      const TableRow& r = rows[static_cast<size_t>(first)];
      if (r.cells.size() != 1 || GapBetween(edge, r.box) > params::kCaptionMaxGap * em) break;
      // The caption's next line starts where it does or is centred as it
      // is; a header over columns of the table stands elsewhere.
      const Box& b = r.cells.front().box;
      double tolerance = params::kCaptionLineAlign * em;
      bool aligned =
          std::abs(b.x0 - caption.box.x0) <= tolerance ||
          std::abs((b.x0 + b.x1) / 2 - (caption.box.x0 + caption.box.x1) / 2) <= tolerance;
      if (!aligned) break;
      edge = r.box;
      ++first;
    }
    Candidate c{&caption, CollectRows(rows, below - 1, -1, caption.box, em, page.width),
                CollectRows(rows, first, +1, edge, em, page.width), false, false};
    c.up_ok = MultiCellRows(c.up) >= params::kTableMinRows;
    c.down_ok = MultiCellRows(c.down) >= params::kTableMinRows;
    up_only += c.up_ok && !c.down_ok;
    down_only += c.down_ok && !c.up_ok;
    candidates.push_back(std::move(c));
  }
  // Where a caption has rows both ways, the page's other captions say on
  // which side its tables set them (a caption over the table, or under it);
  // else under.
  bool captions_under = up_only >= down_only;
  std::vector<TableGrid> tables;
  std::set<const Line*> used;
  for (Candidate& c : candidates) {
    if (!c.up_ok && !c.down_ok) continue;
    bool up = c.up_ok && (!c.down_ok || captions_under);
    TableGrid grid = GridOf(up ? c.up : c.down);
    grid.caption = c.caption;
    if (grid.columns < 2) continue;
    if (std::any_of(grid.lines.begin(), grid.lines.end(),
                    [&](const Line* l) { return used.count(l) > 0; })) {
      continue;  // another caption's table
    }
    for (const Line* l : grid.lines) used.insert(l);
    tables.push_back(std::move(grid));
  }
  return tables;
}

bool SplitLinesAtTables(PageLines& page, const std::vector<TableGrid>& tables) {
  // Per line, which of its words the tables hold.
  std::map<const Line*, std::vector<bool>> held;
  for (const TableGrid& t : tables) {
    for (const auto& row : t.rows) {
      for (const TableGrid::Cell& c : row) {
        for (const CellWord& w : c.words) {
          std::vector<bool>& h = held[w.line];
          h.resize(w.line->words.size(), false);
          h[w.index] = true;
        }
      }
    }
  }
  bool any = false;
  for (const auto& [line, h] : held) {
    any = any || std::find(h.begin(), h.end(), false) != h.end();
  }
  if (!any) return false;
  std::vector<Line> lines;
  for (const Line& line : page.lines) {
    auto it = held.find(&line);
    if (it == held.end() ||
        std::find(it->second.begin(), it->second.end(), false) == it->second.end()) {
      lines.push_back(line);
      continue;
    }
    // Runs of words in a table and out of it, each a line of its own.
    const std::vector<bool>& h = it->second;
    for (size_t i = 0; i < line.words.size();) {
      size_t j = i;
      while (j < line.words.size() && h[j] == h[i]) ++j;
      Line part;
      part.page = line.page;
      part.words.assign(line.words.begin() + static_cast<long>(i),
                        line.words.begin() + static_cast<long>(j));
      part.box = part.words.front().box;
      for (const LineWord& w : part.words) part.box = Union(part.box, w.box);
      part.font_size = line.font_size;
      part.bold = line.bold;
      part.monospace = line.monospace;
      part.math_share = line.math_share;
      part.furniture = line.furniture;
      part.spans_columns = false;
      lines.push_back(std::move(part));
      i = j;
    }
  }
  page.lines = std::move(lines);
  return true;
}

}  // namespace glossator::layout
