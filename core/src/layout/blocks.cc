#include "layout/blocks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "layout/params.h"

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

size_t RunInHeadingWords(const Line& first) {
  const std::vector<LineWord>& words = first.words;
  size_t n = 0;
  while (n < words.size() && words[n].bold) ++n;
  if (n == 0 || n >= words.size() || n > params::kRunInMaxWords) return 0;
  for (size_t i = n; i < words.size(); ++i) {
    if (words[i].bold) return 0;  // a word in bold further on: emphasis, not a heading
  }
  const std::string& last = words[n - 1].text;
  unsigned char next = static_cast<unsigned char>(words[n].text.front());
  bool closes = last.back() == '.' || last.back() == ':' || std::isupper(next);
  // At least a word's letters: a bold enumerator alone ("1.") is a list's.
  size_t letters = 0;
  for (size_t i = 0; i < n; ++i) {
    for (unsigned char c : words[i].text) letters += std::isalpha(c) || c >= 0xC3;
  }
  return closes && letters >= params::kHeadingMinLetters ? n : 0;
}

bool EndsContentsEntry(const Line& line) {
  const std::vector<LineWord>& w = line.words;
  auto leader = [](const std::string& t) {
    return !t.empty() && t.find_first_not_of(".\u2026") == std::string::npos;
  };
  if (w.size() < 2) return false;
  const std::string& last = w.back().text;
  bool number =
      last.size() <= 5 && last.find_first_not_of("0123456789ivxlcdm") == std::string::npos;
  // Leaders of kMinLeaderDots dots at least: an ellipsis (". . . .", "...")
  // ends a quotation's or a program's line, not an entry.
  size_t dots = 0, i = w.size() - (number ? 1 : 0);
  while (i > 0 && leader(w[i - 1].text)) dots += w[--i].text.size();
  // The entry's title before them: words with letters.
  bool titled = std::any_of(w.begin(), w.begin() + static_cast<long>(i), [](const LineWord& t) {
    return std::any_of(t.text.begin(), t.text.end(),
                       [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  });
  return dots >= params::kMinLeaderDots && titled;
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

bool EndsInBrokenWord(const std::string& text) {
  if (text.size() < 2 || text.back() != '-') return false;
  // The code point before the hyphen.
  int32_t end = static_cast<int32_t>(text.size()) - 1;
  UChar32 c = 0;
  U8_PREV(text.data(), 0, end, c);
  return c >= 0 && u_isalpha(c);
}

bool StartsLowerCase(const std::string& text) {
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_islower(c);
}

bool Overlaps(const Box& a, const Box& b) {
  double overlap = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  return overlap > 0.3 * std::min(a.x1 - a.x0, b.x1 - b.x0);
}

Column ColumnOf(const Line& line, const PageLines& page) {
  Column c{line.box.x0, line.box.x1};
  for (const Line& other : page.lines) {
    if (other.furniture || std::abs(other.font_size - line.font_size) > 0.25) continue;
    if (other.spans_columns && !line.spans_columns) continue;
    if (!Overlaps(other.box, line.box)) continue;
    c.left = std::min(c.left, other.box.x0);
    c.right = std::max(c.right, other.box.x1);
  }
  return c;
}

void MarkSpanningLines(PageLines& page) {
  const double min_width = params::kColumnMinWidthShare * page.width;
  std::vector<const Line*> wide;
  for (const Line& l : page.lines) {
    if (l.box.x1 - l.box.x0 >= min_width) wide.push_back(&l);
  }
  if (wide.size() < 2 * params::kMinColumnLines) return;
  std::vector<double> lefts, rights;  // x1 of the wide lines overlapping, their x0
  for (Line& line : page.lines) {
    lefts.clear();
    rights.clear();
    for (const Line* w : wide) {
      if (w == &line || !Overlaps(w->box, line.box)) continue;
      lefts.push_back(w->box.x1);
      rights.push_back(w->box.x0);
    }
    if (lefts.size() < 2 * params::kMinColumnLines) continue;
    std::sort(lefts.begin(), lefts.end());
    std::sort(rights.begin(), rights.end());
    // A gutter at x: the kMinColumnLines-th smallest right edge is at or left
    // of x, with as many left edges at or right of it.
    double gutter = lefts[params::kMinColumnLines - 1];
    size_t right_of = rights.end() - std::lower_bound(rights.begin(), rights.end(), gutter);
    line.spans_columns = right_of >= params::kMinColumnLines;
  }
}

}  // namespace glossator::layout
