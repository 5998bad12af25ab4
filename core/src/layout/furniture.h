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
};

// Marks furniture lines (Line::furniture) on every page and returns what was
// set aside, one vector per page.
std::vector<std::vector<Furniture>> SetAsideFurniture(std::vector<PageLines>& pages);

// The number a page-number line shows ("7", "Page 7", "- 7 -", "7/12",
// "Page 7 of 12", "vii"), or -1 when the line is not a page number.
int ParsePageNumber(const std::string& text);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_FURNITURE_H_
