#include "layout/bidi.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace glossator::layout {
namespace {

// kNumber runs left to right like Latin but, being weak, does not decide
// which way a line runs.
enum class Direction { kNeutral, kLeftToRight, kRightToLeft, kNumber };

Direction DirectionOf(UChar32 c) {
  switch (u_charDirection(c)) {
    case U_RIGHT_TO_LEFT:
    case U_RIGHT_TO_LEFT_ARABIC:
      return Direction::kRightToLeft;
    case U_LEFT_TO_RIGHT:
      return Direction::kLeftToRight;
    case U_EUROPEAN_NUMBER:
    case U_ARABIC_NUMBER:
      return Direction::kNumber;
    default:
      return Direction::kNeutral;
  }
}

bool RunsLeftToRight(Direction d) {
  return d == Direction::kLeftToRight || d == Direction::kNumber;
}

// A character with the combining marks after it, and its direction.
struct Cluster {
  std::string text;
  Direction direction = Direction::kNeutral;
};

std::vector<Cluster> Clusters(const std::string& utf8) {
  std::vector<Cluster> out;
  int32_t i = 0, n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(utf8.data(), i, n, c);
    std::string piece = utf8.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
    bool mark = c >= 0 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
    if (mark && !out.empty()) {
      out.back().text += piece;
    } else {
      out.push_back({piece, c < 0 ? Direction::kNeutral : DirectionOf(c)});
    }
  }
  return out;
}

bool HasRightToLeft(const std::string& utf8) {
  for (const Cluster& c : Clusters(utf8)) {
    if (c.direction == Direction::kRightToLeft) return true;
  }
  return false;
}

// Reverses the items of [begin, end) that form runs for which keep(item) is
// false, as a whole sequence, then restores the order inside each maximal run
// for which keep(item) is true: the inverse bidi reordering at one level.
template <typename T, typename Keep>
void ReverseKeepingRuns(std::vector<T>* items, Keep keep) {
  std::reverse(items->begin(), items->end());
  for (size_t i = 0; i < items->size();) {
    if (!keep((*items)[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < items->size() && keep((*items)[j])) ++j;
    std::reverse(items->begin() + static_cast<long>(i), items->begin() + static_cast<long>(j));
    i = j;
  }
}

}  // namespace

std::string WordInReadingOrder(const std::string& utf8) {
  std::vector<Cluster> clusters = Clusters(utf8);
  bool rtl = std::any_of(clusters.begin(), clusters.end(),
                         [](const Cluster& c) { return c.direction == Direction::kRightToLeft; });
  if (!rtl) return utf8;
  ReverseKeepingRuns(&clusters, [](const Cluster& c) { return RunsLeftToRight(c.direction); });
  std::string out;
  for (const Cluster& c : clusters) out += c.text;
  return out;
}

void ToLogicalOrder(std::vector<LineWord>* words) {
  size_t rtl_letters = 0, ltr_letters = 0;
  for (const LineWord& w : *words) {
    for (const Cluster& c : Clusters(w.text)) {
      rtl_letters += c.direction == Direction::kRightToLeft;
      ltr_letters += c.direction == Direction::kLeftToRight;
    }
  }
  if (rtl_letters == 0) return;
  for (LineWord& w : *words) w.text = WordInReadingOrder(w.text);
  auto right_to_left = [](const LineWord& w) { return HasRightToLeft(w.text); };
  if (rtl_letters > ltr_letters) {
    // A right-to-left line: words run right to left but for left-to-right runs.
    ReverseKeepingRuns(words, [&](const LineWord& w) { return !right_to_left(w); });
  } else {
    // A left-to-right line: each run of right-to-left words is reversed.
    for (size_t i = 0; i < words->size();) {
      if (!right_to_left((*words)[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < words->size() && right_to_left((*words)[j])) ++j;
      std::reverse(words->begin() + static_cast<long>(i), words->begin() + static_cast<long>(j));
      i = j;
    }
  }
}

}  // namespace glossator::layout
