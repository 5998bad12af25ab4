#include "edits/text_quote.h"

#include <algorithm>

namespace glossator::edits {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// The last n characters of s.
std::string_view LastChars(std::string_view s, size_t n) {
  size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    if (!IsContinuation(s[i])) --n;
  }
  return s.substr(i);
}

// The first n characters of s.
std::string_view FirstChars(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && IsContinuation(s[i])) ++i;
    --n;
  }
  return s.substr(0, i);
}

// Raw bytes read on each side for a context of kQuoteContextChars: four bytes
// per character at most, and room for the white space that collapses.
constexpr size_t kContextWindowBytes = 8 * kQuoteContextChars;

}  // namespace

// As Collapse(text).text, without the offsets (QuoteOf collapses three
// pieces for every annotation the TEI writer identifies, a vignette's whole
// text among them): runs without white space are copied whole.
std::string CollapseSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t run = i;
    while (run < text.size() && !IsFoldedSpace(text[run])) ++run;
    out.append(text.data() + i, run - i);
    if (run == text.size()) break;
    out += ' ';
    i = run;
    while (i < text.size() && IsFoldedSpace(text[i])) ++i;
  }
  return out;
}

CollapsedText Collapse(std::string_view text) {
  CollapsedText out;
  out.text.reserve(text.size());
  out.original.reserve(text.size() + 1);
  bool in_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsFoldedSpace(text[i])) {
      if (in_space) continue;
      in_space = true;
      out.text += ' ';
    } else {
      in_space = false;
      out.text += text[i];
    }
    out.original.push_back(i);
  }
  out.original.push_back(text.size());
  return out;
}

TextQuote QuoteIn(std::string_view collapsed, size_t begin, size_t end) {
  TextQuote q;
  q.exact = std::string(TrimSpace(collapsed.substr(begin, end - begin)));
  q.prefix = std::string(LastChars(collapsed.substr(0, begin), kQuoteContextChars));
  q.suffix = std::string(FirstChars(collapsed.substr(end), kQuoteContextChars));
  return q;
}

TextQuote QuoteOf(std::string_view text, size_t begin, size_t end) {
  size_t from = begin > kContextWindowBytes ? begin - kContextWindowBytes : 0;
  while (from > 0 && IsContinuation(text[from])) --from;
  size_t to = std::min(text.size(), end + kContextWindowBytes);
  while (to < text.size() && IsContinuation(text[to])) ++to;
  std::string before = CollapseSpace(text.substr(from, begin - from));
  std::string exact = CollapseSpace(text.substr(begin, end - begin));
  std::string after = CollapseSpace(text.substr(end, to - end));
  // White space that runs across begin or end is one space in the whole
  // collapsed text: keep it on the context's side only.
  if (!exact.empty() && exact.front() == ' ' && !before.empty() && before.back() == ' ') {
    exact.erase(0, 1);
  }
  if (!exact.empty() && exact.back() == ' ' && !after.empty() && after.front() == ' ') {
    exact.pop_back();
  }
  // As QuoteIn(before + exact + after, ...), without joining the three.
  TextQuote q;
  q.exact = std::string(TrimSpace(exact));
  q.prefix = std::string(LastChars(before, kQuoteContextChars));
  q.suffix = std::string(FirstChars(after, kQuoteContextChars));
  return q;
}

}  // namespace glossator::edits
