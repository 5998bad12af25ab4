#include "layout/slide_blocks.h"

#include <algorithm>
#include <cmath>

namespace glossator::layout {

std::vector<LayoutBlock> BuildSlideBlocks(const PageLines& page, int slide) {
  std::vector<LayoutBlock> blocks;
  std::vector<const Line*> lines;
  for (const Line& l : page.lines) {
    if (!l.furniture) lines.push_back(&l);
  }
  if (lines.empty()) return blocks;
  // Text boxes come in any order; a slide reads top to bottom, left to right.
  std::stable_sort(lines.begin(), lines.end(), [](const Line* a, const Line* b) {
    if (std::abs(a->box.y0 - b->box.y0) > 0.5 * std::min(a->height(), b->height())) {
      return a->box.y0 < b->box.y0;
    }
    return a->box.x0 < b->box.x0;
  });
  double largest = 0, smallest = 1e9;
  for (const Line* l : lines) {
    largest = std::max(largest, l->font_size);
    smallest = std::min(smallest, l->font_size);
  }
  if (slide <= 0) slide = page.number;
  LayoutBlock title{BlockKind::kHeading, 1, slide, {}};
  size_t k = 0;
  while (k < lines.size() && std::abs(lines[k]->font_size - largest) < kSizeTolerance &&
         largest > smallest + kSizeTolerance) {
    title.lines.push_back(lines[k++]);
  }
  if (!title.lines.empty()) blocks.push_back(std::move(title));
  for (; k < lines.size(); ++k) {
    size_t marker = 0;
    bool bullet = StartsWithBullet(lines[k]->Text(), &marker);
    blocks.push_back({bullet ? BlockKind::kListItem : BlockKind::kLine, 0, slide, {lines[k]}});
  }
  return blocks;
}

}  // namespace glossator::layout
