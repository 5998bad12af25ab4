#include "layout/blocks.h"

#include <algorithm>
#include <cmath>

namespace glossator::layout {

bool StartsWithBullet(const std::string& text, size_t* marker_bytes) {
  static const std::vector<std::string> kBullets = {"•", "◦", "▪", "‣", "●", "■", "○"};
  for (const std::string& b : kBullets) {
    if (text.size() > b.size() && text.compare(0, b.size(), b) == 0 && text[b.size()] == ' ') {
      *marker_bytes = b.size() + 1;
      return true;
    }
  }
  return false;
}

bool EndsSentence(const std::string& text) {
  if (text.empty()) return false;
  static const std::vector<std::string> kEnds = {".",  "?",   "!",  ":",  ".”", "?”",
                                                 "!”", ".\"", ".)", ".’", "?’"};
  for (const std::string& e : kEnds) {
    if (text.size() >= e.size() && text.compare(text.size() - e.size(), e.size(), e) == 0) {
      return true;
    }
  }
  return false;
}

bool Overlaps(const Box& a, const Box& b) {
  double overlap = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  return overlap > 0.3 * std::min(a.x1 - a.x0, b.x1 - b.x0);
}

Column ColumnOf(const Line& line, const PageLines& page) {
  Column c{line.box.x0, line.box.x1};
  for (const Line& other : page.lines) {
    if (other.furniture || std::abs(other.font_size - line.font_size) > 0.25) continue;
    if (!Overlaps(other.box, line.box)) continue;
    c.left = std::min(c.left, other.box.x0);
    c.right = std::max(c.right, other.box.x1);
  }
  return c;
}

}  // namespace glossator::layout
