#include "numeric_citations.h"

#include <algorithm>
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

// Where a locator starts in text[begin, end) ("[39, p.18]", "[4, pp. 3-5]",
// "[2, Chapter 3]", "[7, sec. 2]"), or end when there is none.
size_t LocatorStart(std::string_view text, size_t begin, size_t end) {
  size_t comma = text.find(',', begin);
  while (comma != std::string_view::npos && comma < end) {
    size_t i = comma + 1;
    while (i < end && text[i] == ' ') ++i;
    std::string word = AsciiLower(text.substr(i, std::min<size_t>(end - i, 8)));
    for (std::string_view marker : {"p.", "pp.", "p ", "chapter", "ch.", "sec", "§", "fig"}) {
      if (word.starts_with(marker)) return comma;
    }
    comma = text.find(',', comma + 1);
  }
  return end;
}

// Whether the bracket text[open, close] is a citation rather than an index:
// after a space or punctuation ("see [3]", "(Gamma [39])"), or right after a
// word when prose goes on after it ("HotDraw[48] is", "pattern[90]."), not
// as in code ("pictures[2])", "a[3].x").
bool StandsAsCitation(std::string_view text, Span block, size_t open, size_t close) {
  if (open == block.begin) return true;
  size_t n;
  char32_t before = DecodeAt(text, PreviousStart(text, open), &n);
  if (!IsWordChar(before) && before != '_' && before != ')' && before != ']') return true;
  size_t after = close + 1;
  if (after >= block.end || IsSpace(DecodeAt(text, after, &n))) return true;
  char c = text[after];
  if (c != '.' && c != ',' && c != ';' && c != ':') return false;
  return after + 1 >= block.end || IsSpace(DecodeAt(text, after + 1, &n));
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
    if (!StandsAsCitation(text, block, i, j)) continue;
    size_t locator = LocatorStart(text, i + 1, j);
    std::vector<int> numbers;
    if (!ReadNumbers(text, i + 1, locator, list, &numbers)) continue;
    Citation c;
    c.span = Span{i, j + 1};
    if (locator < j)
      c.locator = std::string(Slice(text, TrimPunctuation(text, Span{locator + 1, j})));
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
