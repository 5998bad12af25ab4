// TypeStats: what the document's type looks like, gathered page by page as
// pages are read: the body size, which sizes are set justified, and whether
// the pages look like slides.
#ifndef GLOSSATOR_LAYOUT_TYPE_STATS_H_
#define GLOSSATOR_LAYOUT_TYPE_STATS_H_

#include <cstddef>
#include <map>

#include "layout/furniture.h"

namespace glossator::layout {

class TypeStats {
 public:
  // Counts the lines of page away from its top and bottom edges (where
  // headers and footers stand).
  void AddPage(const PageLines& page);

  // The size most characters of running text have (0 before any page).
  double BodySize() const;
  // Justified text ends most lines at its column's right edge, so there a
  // short line ends a paragraph; ragged text says nothing by line length.
  bool Justified(double size) const;
  // Most pages landscape, with large type (for the page: params.h).
  bool LooksLikeSlides() const;
  // Most characters of running text are set in a monospace font: a
  // typewritten manuscript, where a monospace line is no code listing.
  bool MonospaceBody() const { return 2 * monospace_chars_ > body_chars_; }
  // The gap (points) most often left between two lines of one paragraph set
  // in size: a little in single-spaced text, a whole line in a double-spaced
  // manuscript. 0 until enough lines of that size were seen.
  double TypicalLineGap(double size) const;

 private:
  struct SizeCounts {
    size_t chars = 0, lines = 0, full_lines = 0;
    // Gaps between consecutive lines of this size in one column, in
    // half-points, with how often each was seen.
    std::map<int, size_t> gaps;
  };
  std::map<double, SizeCounts> sizes_;
  size_t pages_ = 0, landscape_pages_ = 0;
  size_t body_chars_ = 0, monospace_chars_ = 0;
  double height_sum_ = 0;  // of the pages, in points
};

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_TYPE_STATS_H_
