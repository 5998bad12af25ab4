#include "pdf/page_orientation.h"

#include <array>
#include <utility>

namespace glossator::pdf {
namespace {

// A box of a page of width w and height h, in the frame where text of
// rotation turns reads left to right. Poppler's rotations: 1 runs down (lines
// stacked right to left), 2 runs right to left upside down, 3 runs up (lines
// stacked left to right).
Box Turn(const Box& b, int turns, double w, double h) {
  switch (turns) {
    case 1:
      return {b.y0, w - b.x1, b.y1, w - b.x0};
    case 2:
      return {w - b.x1, h - b.y1, w - b.x0, h - b.y0};
    case 3:
      return {h - b.y1, b.x0, h - b.y0, b.x1};
    default:
      return b;
  }
}

}  // namespace

int DominantRotation(const std::vector<Word>& words) {
  std::array<size_t, 4> characters{};
  for (const Word& w : words) characters[static_cast<size_t>(w.rotation & 3)] += w.text.size();
  int best = 0;
  for (int r = 1; r < 4; ++r) {
    if (characters[static_cast<size_t>(r)] > characters[static_cast<size_t>(best)]) best = r;
  }
  return best;
}

void OrientPage(const std::vector<Box>& last_glyphs, RawPage* page) {
  const int turns = DominantRotation(page->words);
  const double w = page->width, h = page->height;
  for (size_t i = 0; i < page->words.size(); ++i) {
    Word& word = page->words[i];
    bool known = i < last_glyphs.size() && last_glyphs[i].x1 > last_glyphs[i].x0;
    Box last = known ? last_glyphs[i] : word.box;
    word.box = Turn(word.box, turns, w, h);
    word.last_glyph_x1 = Turn(last, turns, w, h).x1;
    word.rotation = (word.rotation - turns + 4) & 3;
  }
  if (turns == 1 || turns == 3) std::swap(page->width, page->height);
}

}  // namespace glossator::pdf
