#include "numeric_citations.h"

#include <string>

namespace citations {
namespace {

// A range wider than this is no citation ("[1990-2010]" would be years).
constexpr int kMaxRange = 30;

// Reads "3, 7–9; 12" in text[begin, end) into numbers; false when it holds
// anything else or a number not in the list.
bool ReadNumbers(std::string_view text, size_t begin, size_t end, const NumberedList& list,
                 std::vector<int>* numbers) {
  size_t i = begin, n;
  int pending = -1;  // the first number of a range "7–"
  bool any = false;
  while (i < end) {
    char32_t c = DecodeAt(text, i, &n);
    if (c == ' ' || c == ',' || c == ';') {
      i += n;
      continue;
    }
    if (IsDash(c)) {
      if (numbers->empty() || pending >= 0) return false;
      pending = numbers->back();
      i += n;
      continue;
    }
    if (!IsDigit(c)) return false;
    int value = 0;
    size_t digits = 0;
    while (i < end && text[i] >= '0' && text[i] <= '9') {
      value = value * 10 + (text[i] - '0');
      ++i;
      if (++digits > 3) return false;
    }
    if (pending >= 0) {
      if (value <= pending || value - pending > kMaxRange) return false;
      for (int v = pending + 1; v <= value; ++v) numbers->push_back(v);
      pending = -1;
    } else {
      numbers->push_back(value);
    }
    any = true;
  }
  if (!any || pending >= 0) return false;
  for (int v : *numbers) {
    if (!list.entries.count(v)) return false;
  }
  return true;
}

}  // namespace

std::vector<Citation> FindNumericCitations(std::string_view text, Span block,
                                           const NumberedList& list) {
  std::vector<Citation> out;
  if (list.entries.empty()) return out;
  for (size_t i = block.begin; i < block.end; ++i) {
    char open = text[i];
    if (open != '[' && !(open == '(' && list.parentheses)) continue;
    char close = open == '[' ? ']' : ')';
    size_t j = text.find(close, i + 1);
    if (j == std::string_view::npos || j >= block.end || j - i > 60) continue;
    std::vector<int> numbers;
    if (!ReadNumbers(text, i + 1, j, list, &numbers)) continue;
    Citation c;
    c.span = Span{i, j + 1};
    c.numbers = numbers;
    for (int v : numbers) {
      size_t target = list.entries.at(v);
      bool seen = false;
      for (size_t t : c.targets) seen = seen || t == target;
      if (!seen) c.targets.push_back(target);
    }
    out.push_back(std::move(c));
    i = j;
  }
  return out;
}

}  // namespace citations
