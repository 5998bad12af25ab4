#include "pdf/page_orientation.h"

#include <algorithm>
#include <array>
#include <utility>

namespace glossator::pdf {

Box TurnBox(const Box& b, int turns, double w, double h) {
  // Poppler's rotations: 1 runs down (lines stacked right to left), 2 runs
  // right to left upside down, 3 runs up (lines stacked left to right).
  switch (turns & 3) {
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
  const bool odd = turns == 1 || turns == 3;
  const double page_w = odd ? h : w, page_h = odd ? w : h;  // once turned
  std::vector<Word> upright;
  upright.reserve(page->words.size());
  for (size_t i = 0; i < page->words.size(); ++i) {
    Word& word = page->words[i];
    bool known = i < last_glyphs.size() && last_glyphs[i].x1 > last_glyphs[i].x0;
    Box last = known ? last_glyphs[i] : word.box;
    word.box = TurnBox(word.box, turns, w, h);
    last = TurnBox(last, turns, w, h);
    word.rotation = (word.rotation - turns + 4) & 3;
    if (word.rotation != 0) {
      // Sideways on the turned page: into the frame where it reads upright.
      const int own = word.rotation;
      auto group = std::find_if(page->sideways.begin(), page->sideways.end(),
                                [&](const SidewaysText& s) { return s.turns == own; });
      if (group == page->sideways.end()) {
        bool own_odd = own == 1 || own == 3;
        page->sideways.push_back({own, own_odd ? page_h : page_w, own_odd ? page_w : page_h, {}});
        group = page->sideways.end() - 1;
      }
      word.box = TurnBox(word.box, own, page_w, page_h);
      last = TurnBox(last, own, page_w, page_h);
      word.last_glyph_x1 = last.x1;
      word.rotation = 0;
      group->words.push_back(std::move(word));
      continue;
    }
    word.last_glyph_x1 = last.x1;
    upright.push_back(std::move(word));
  }
  page->words = std::move(upright);
  page->width = page_w;
  page->height = page_h;
}

}  // namespace glossator::pdf
