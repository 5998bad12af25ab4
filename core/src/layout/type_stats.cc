#include "layout/type_stats.h"

#include <algorithm>
#include <cmath>

#include "layout/blocks.h"
#include "layout/params.h"

namespace glossator::layout {

void TypeStats::AddPage(const PageLines& page) {
  ++pages_;
  height_sum_ += page.height;
  if (page.width > page.height) ++landscape_pages_;
  const Line* previous = nullptr;
  for (const Line& l : page.lines) {
    if (l.box.y0 < 0.12 * page.height || l.box.y1 > 0.88 * page.height) continue;
    SizeCounts& c = sizes_[l.font_size];
    c.chars += l.Text().size();
    body_chars_ += l.Text().size();
    if (l.monospace) monospace_chars_ += l.Text().size();
    ++c.lines;
    if (l.box.x1 >= ColumnOf(l, page).right - 0.4 * l.font_size) ++c.full_lines;
    // The next line down in the same column. Its gap may be negative: a font
    // whose bounding box is taller than its type sets overlapping boxes.
    if (previous && previous->font_size == l.font_size && Overlaps(previous->box, l.box) &&
        l.box.y0 > previous->box.y0 && l.box.y0 - previous->box.y1 < 2 * l.height()) {
      ++c.gaps[static_cast<int>(std::lround(2 * (l.box.y0 - previous->box.y1)))];
    }
    previous = &l;
  }
}

double TypeStats::TypicalLineGap(double size) const {
  auto it = sizes_.find(size);
  if (it == sizes_.end()) return 0;
  size_t seen = 0;
  std::pair<int, size_t> mode{0, 0};
  for (const auto& [gap, count] : it->second.gaps) {
    seen += count;
    if (count > mode.second) mode = {gap, count};
  }
  return seen >= params::kMinLineGapSamples ? mode.first / 2.0 : 0;
}

double TypeStats::BodySize() const {
  auto most = std::max_element(sizes_.begin(), sizes_.end(), [](const auto& a, const auto& b) {
    return a.second.chars < b.second.chars;
  });
  return most == sizes_.end() ? 0 : most->first;
}

bool TypeStats::Justified(double size) const {
  auto it = sizes_.find(size);
  if (it == sizes_.end()) return false;
  return it->second.lines >= 6 && it->second.full_lines * 2 >= it->second.lines;
}

bool TypeStats::LooksLikeSlides() const {
  if (pages_ == 0 || landscape_pages_ * 5 < pages_ * 4) return false;
  // Large type, in points (Keynote, PowerPoint) or for the page (Beamer sets
  // 11 pt on a page 96 mm high, as large as 24 pt on a letter-size slide).
  double size = BodySize();
  return size >= params::kSlideBodySize || size >= params::kSlideBodyShare * height_sum_ / pages_;
}

}  // namespace glossator::layout
