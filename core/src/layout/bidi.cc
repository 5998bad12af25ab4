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

// Reverses, in place, each maximal run of items for which in_run(item) holds.
template <typename T, typename InRun>
void ReverseRuns(std::vector<T>* items, InRun in_run) {
  for (size_t i = 0; i < items->size();) {
    if (!in_run((*items)[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < items->size() && in_run((*items)[j])) ++j;
    std::reverse(items->begin() + static_cast<long>(i), items->begin() + static_cast<long>(j));
    i = j;
  }
}

// Reverses the whole sequence but keeps the order inside each maximal run of
// items for which keep(item) holds: the inverse bidi reordering at one level.
template <typename T, typename Keep>
void ReverseKeepingRuns(std::vector<T>* items, Keep keep) {
  std::reverse(items->begin(), items->end());
  ReverseRuns(items, keep);
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
    ReverseRuns(words, right_to_left);
  }
}

}  // namespace glossator::layout
