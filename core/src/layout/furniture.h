// Furniture: running headers, footers and page numbers, recognised because
// they sit near the top or bottom edge and repeat from page to page (with the
// page number changing), or because they are nothing but a page number.
#ifndef GLOSSATOR_LAYOUT_FURNITURE_H_
#define GLOSSATOR_LAYOUT_FURNITURE_H_

#include <vector>

#include "glossator/document.h"
#include "layout/line.h"

namespace glossator::layout {

struct PageLines {
  int number = 0;
  double width = 0, height = 0;
  std::vector<Line> lines;
  int rotation = 0;  // degrees, as the PDF asks the page to be shown (Page::rotation)
  // Furniture taken out before the lines were built (text set sideways,
  // kMargin; margin line numbers, kLineNumber): set aside with the rest.
  std::vector<Furniture> set_aside{};
};

// The lines of one page near its top or bottom edge, each with a key that
// is equal on every page where the same header or footer stands ("T" or "B"
// and the text with digit runs as "#", so "Page 3" and "Page 4" agree).
struct EdgeLines {
  struct Entry {
    size_t line_index;
    std::string key;
  };
  std::vector<Entry> entries;
};
EdgeLines FindEdgeLines(const PageLines& page);

// Decides the furniture of page from the edge lines of the pages around it
// (window, in page order, which holds &own): a line repeats on at least half
// of them (and on two at least), or on half the pages of its own parity (odd
// and even heads), or, outside slide decks, on a page one or two away (a
// head that changes with the chapter; slides repeat titles over builds), or
// is nothing but a page number. Marks the page's furniture lines and returns
// what was set aside.
std::vector<Furniture> DecideFurniture(PageLines& page, const EdgeLines& own,
                                       const std::vector<const EdgeLines*>& window, bool slides);

// DecideFurniture for every page with all pages as the window.
std::vector<std::vector<Furniture>> SetAsideFurniture(std::vector<PageLines>& pages);

// The number a page-number line shows ("7", "Page 7", "- 7 -", "7/12",
// "Page 7 of 12", "vii"), or -1 when the line is not a page number.
int ParsePageNumber(const std::string& text);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_FURNITURE_H_
