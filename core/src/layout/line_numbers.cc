#include "layout/line_numbers.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "layout/params.h"

namespace glossator::layout {
namespace {

bool IsSmallNumber(const std::string& text) {
  if (text.empty() || text.size() > params::kLineNumberMaxDigits) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

double Height(const Box& b) { return std::max(b.y1 - b.y0, 1.0); }

// One side of the text: numbers to its left share their right edge, numbers
// to its right their left edge.
enum class Side { kLeft, kRight };

double Edge(const Box& b, Side side) { return side == Side::kLeft ? b.x1 : b.x0; }

// The largest set of candidates sharing an edge on side, as indices into
// page.words, in order down the page.
std::vector<size_t> LargestColumn(const pdf::RawPage& page, const std::vector<size_t>& candidates,
                                  Side side) {
  std::vector<size_t> sorted = candidates;
  std::sort(sorted.begin(), sorted.end(), [&](size_t a, size_t b) {
    return Edge(page.words[a].box, side) < Edge(page.words[b].box, side);
  });
  std::vector<size_t> best;
  for (size_t i = 0, j = 0; i < sorted.size(); ++i) {
    double edge = Edge(page.words[sorted[i]].box, side);
    j = std::max(j, i);
    while (j < sorted.size() &&
           Edge(page.words[sorted[j]].box, side) - edge <= params::kLineNumberAlignTolerance) {
      ++j;
    }
    if (j - i > best.size()) best.assign(sorted.begin() + i, sorted.begin() + j);
  }
  std::sort(best.begin(), best.end(),
            [&](size_t a, size_t b) { return page.words[a].box.y0 < page.words[b].box.y0; });
  return best;
}

bool GrowsDownThePage(const pdf::RawPage& page, const std::vector<size_t>& column) {
  size_t disorder = 0;
  for (size_t k = 1; k < column.size(); ++k) {
    if (std::stoi(page.words[column[k]].text) <= std::stoi(page.words[column[k - 1]].text)) {
      ++disorder;
    }
  }
  return disorder <= params::kLineNumberMaxDisorder * static_cast<double>(column.size() - 1);
}

// Nearly every other word of the page stands on the far side of the column
// from the margin.
bool StandsApart(const pdf::RawPage& page, const std::vector<size_t>& column, Side side) {
  std::vector<bool> member(page.words.size());
  double inner = side == Side::kLeft ? -1e9 : 1e9, height = 0;
  for (size_t i : column) {
    member[i] = true;
    const Box& b = page.words[i].box;
    inner = side == Side::kLeft ? std::max(inner, b.x1) : std::min(inner, b.x0);
    height = std::max(height, Height(b));
  }
  double gap = params::kLineNumberGap * height;
  size_t others = 0, intruding = 0;
  for (size_t i = 0; i < page.words.size(); ++i) {
    if (member[i]) continue;
    ++others;
    const Box& b = page.words[i].box;
    if (side == Side::kLeft ? b.x0 < inner + gap : b.x1 > inner - gap) ++intruding;
  }
  return others > 0 && intruding <= params::kLineNumberMaxIntrusion * static_cast<double>(others);
}

}  // namespace

std::vector<Furniture> TakeLineNumbers(pdf::RawPage* page) {
  std::vector<size_t> candidates;
  for (size_t i = 0; i < page->words.size(); ++i) {
    if (page->words[i].rotation == 0 && IsSmallNumber(page->words[i].text)) candidates.push_back(i);
  }
  std::vector<Furniture> out;
  if (candidates.size() < params::kMinLineNumbers) return out;
  std::vector<bool> taken(page->words.size());
  for (Side side : {Side::kLeft, Side::kRight}) {
    std::vector<size_t> free;
    for (size_t i : candidates) {
      if (!taken[i]) free.push_back(i);
    }
    std::vector<size_t> column = LargestColumn(*page, free, side);
    if (column.size() < params::kMinLineNumbers || !GrowsDownThePage(*page, column) ||
        !StandsApart(*page, column, side)) {
      continue;
    }
    for (size_t i : column) {
      taken[i] = true;
      out.push_back({Furniture::Kind::kLineNumber, page->words[i].text, page->words[i].box});
    }
  }
  if (out.empty()) return out;
  std::vector<pdf::Word> kept;
  for (size_t i = 0; i < page->words.size(); ++i) {
    if (!taken[i]) kept.push_back(std::move(page->words[i]));
  }
  page->words = std::move(kept);
  std::sort(out.begin(), out.end(),
            [](const Furniture& a, const Furniture& b) { return a.box.y0 < b.box.y0; });
  return out;
}

}  // namespace glossator::layout
