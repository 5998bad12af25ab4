#include "volume_pages.h"

#include <array>

#include "field_scan.h"

namespace citations {
namespace {

bool IsRomanLetter(char c) {
  return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' || c == 'M';
}

bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// A page or volume number at i: optional letter, digits, optional letter
// ("165", "A65", "e1234", "B39"). Returns its end, or i when there is none.
size_t NumberAt(std::string_view s, size_t i, size_t end) {
  size_t j = i;
  if (j + 1 < end && IsAsciiLetter(s[j]) && IsAsciiDigit(s[j + 1])) ++j;
  size_t digits = j;
  while (j < end && IsAsciiDigit(s[j])) ++j;
  if (j == digits) return i;
  if (j < end && IsAsciiLetter(s[j]) && (j + 1 >= end || !IsAsciiLetter(s[j + 1]))) ++j;
  return j;
}

// Whether s is a well-formed roman numeral ("XL", "XIV"; not "IL").
bool IsRomanNumeral(std::string_view s) {
  auto value = [](char c) {
    switch (c) {
      case 'I':
        return 1;
      case 'V':
        return 5;
      case 'X':
        return 10;
      case 'L':
        return 50;
      case 'C':
        return 100;
      case 'D':
        return 500;
      default:
        return 1000;
    }
  };
  int last = 10000, total = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    int v = value(s[k]);
    int next = k + 1 < s.size() ? value(s[k + 1]) : 0;
    if (v < next) {
      // Only I before V or X, X before L or C, C before D or M.
      if (!((v == 1 && next <= 10) || (v == 10 && next <= 100) || (v == 100))) return false;
      if (next - v > last) return false;
      last = next - v;
      total += next - v;
      ++k;
      continue;
    }
    if (v > last) return false;
    last = v;
    total += v;
  }
  return total > 0;
}

// A roman numeral at i ("XL") followed by '(', ',', ':', '.', a space or the
// end. Returns its end, or i.
size_t RomanAt(std::string_view s, size_t i, size_t end) {
  size_t j = i;
  while (j < end && IsRomanLetter(s[j])) ++j;
  if (j == i || j - i > 7 || !IsRomanNumeral(s.substr(i, j - i))) return i;
  if (j < end && s[j] != '(' && s[j] != ',' && s[j] != ':' && s[j] != ' ' && s[j] != '.') {
    return i;
  }
  return j;
}

// A page range or single page at i: "201-219", "165–176", "A65".
size_t PageRangeAt(std::string_view s, size_t i, size_t end) {
  size_t j = NumberAt(s, i, end);
  if (j == i) return i;
  size_t k = SkipSpaces(s, j, end), n;
  if (k < end && IsDash(DecodeAt(s, k, &n))) {
    size_t m = SkipSpaces(s, k + n, end);
    size_t stop = NumberAt(s, m, end);
    if (stop > m) return stop;
  }
  return j;
}

// Skips a label ("Vol.", "pp.") at i when one is there; returns where what
// it labels starts, or i.
template <typename Labels>
size_t SkipLabel(std::string_view s, size_t i, size_t end, const Labels& labels) {
  for (std::string_view label : labels) {
    if (!At(s, i, label) || i + label.size() > end) continue;
    size_t j = i + label.size();
    // A label that is a word must end there ("Vol" but not "Volcano").
    if (j < end && IsLetterAt(s, j)) continue;
    return SkipSpaces(s, j < end && s[j] == '.' ? j + 1 : j, end);
  }
  return i;
}

constexpr std::array<std::string_view, 5> kVolumeLabels = {"Volume", "volume", "Vol", "vol", "Bd"};
constexpr std::array<std::string_view, 9> kIssueLabels = {"Issue", "issue",   "No",      "no", "Nr",
                                                          "Heft",  "n\u00b0", "N\u00b0", "#"};
constexpr std::array<std::string_view, 7> kPageLabels = {"pp",   "pages", "Pages", "page",
                                                         "Page", "p",     "S"};

// Whether numbers can start at i: a digit, a roman numeral, a letter and a
// digit, a label or a parenthesis.
bool NumbersCanStart(std::string_view s, size_t i, size_t end) {
  if (i >= end) return false;
  if (IsAsciiDigit(s[i]) || s[i] == '(') return true;
  if (NumberAt(s, i, end) > i || RomanAt(s, i, end) > i) return true;
  return SkipLabel(s, i, end, kVolumeLabels) > i || SkipLabel(s, i, end, kIssueLabels) > i ||
         SkipLabel(s, i, end, kPageLabels) > i;
}

}  // namespace

void SetPages(std::string_view text, Span span, ParsedReference* ref) {
  SetField(text, span, &ref->pages);
  size_t dash = ref->pages.value.find('-');
  if (dash != std::string::npos) {
    std::string from = ref->pages.value.substr(0, dash), to = ref->pages.value.substr(dash + 1);
    while (!from.empty() && from.back() == ' ') from.pop_back();
    while (!to.empty() && to.front() == ' ') to.erase(0, 1);
    ref->pages.value = from + "-" + to;
    ref->pages_from = from;
    ref->pages_to = to;
  }
}

bool ParseVolumePages(std::string_view text, Span span, ParsedReference* ref) {
  size_t i = span.begin;
  const size_t end = TrimPunctuation(text, span).end;
  bool any = false, bare_roman = false;
  while (i < end) {
    while (i < end && (text[i] == ' ' || text[i] == ',' || text[i] == ':' || text[i] == ';' ||
                       text[i] == '.')) {
      ++i;
    }
    if (i >= end) break;
    size_t j;
    if ((j = SkipLabel(text, i, end, kVolumeLabels)) > i) {
      size_t e = NumberAt(text, j, end);
      if (e == j) e = RomanAt(text, j, end);
      if (e == j) return false;
      SetField(text, Span{j, e}, &ref->volume);
      i = e;
    } else if ((j = SkipLabel(text, i, end, kIssueLabels)) > i) {
      size_t e = NumberAt(text, j, end);
      if (e == j) return false;
      SetField(text, Span{j, e}, &ref->issue);
      i = e;
    } else if ((j = SkipLabel(text, i, end, kPageLabels)) > i) {
      size_t e = PageRangeAt(text, j, end);
      if (e == j) return false;
      SetPages(text, Span{j, e}, ref);
      i = e;
    } else if (text[i] == '(') {
      size_t close = text.find(')', i);
      if (close == std::string_view::npos || close > end) return false;
      Span inner = TrimSpace(text, Span{i + 1, close});
      if (ref->volume.value.empty() || !ref->issue.value.empty() ||
          !IsAsciiDigit(text[inner.begin])) {
        // "(pp. 20-55)" or "(Vol. 3)": read what is inside.
        ParsedReference inside;
        if (!ParseVolumePages(text, inner, &inside)) return false;
        if (!inside.volume.value.empty()) ref->volume = inside.volume;
        if (!inside.issue.value.empty()) ref->issue = inside.issue;
        if (!inside.pages.value.empty()) {
          ref->pages = inside.pages;
          ref->pages_from = inside.pages_from;
          ref->pages_to = inside.pages_to;
        }
      } else {
        SetField(text, inner, &ref->issue);
      }
      i = close + 1;
    } else if (NumberAt(text, i, end) > i) {
      size_t number = NumberAt(text, i, end), range = PageRangeAt(text, i, end);
      bool is_range = range > number;
      if (ref->volume.value.empty() && ref->pages.value.empty() && !is_range) {
        SetField(text, Span{i, number}, &ref->volume);
        i = number;
      } else if (ref->pages.value.empty()) {
        SetPages(text, Span{i, range}, ref);
        i = range;
      } else {
        return false;
      }
    } else if (size_t e = RomanAt(text, i, end); e > i && ref->volume.value.empty()) {
      SetField(text, Span{i, e}, &ref->volume);
      bare_roman = true;  // "XL(2)165-176"; alone it could be a state ("Detroit, MI")
      i = e;
    } else {
      return false;
    }
    any = true;
  }
  if (bare_roman && ref->issue.value.empty() && ref->pages.value.empty()) return false;
  return any && (!ref->volume.value.empty() || !ref->pages.value.empty());
}

bool TakeJournal(std::string_view text, Span span, ParsedReference* ref, bool strict) {
  span = TrimPunctuation(text, span);
  for (size_t p = span.begin + 1; p < span.end; ++p) {
    char before = text[p - 1];
    if (before != ' ' && before != ',' && before != ':') continue;
    if (!NumbersCanStart(text, p, span.end)) continue;
    Span container = TrimPunctuation(text, Span{span.begin, p});
    if (container.empty() || !IsLetterAt(text, container.begin)) continue;
    size_t stop = strict ? span.end : SentenceEnd(text, p, span.end);
    ParsedReference trial;
    if (!ParseVolumePages(text, Span{p, stop}, &trial)) continue;
    SetField(text, container, &ref->container);
    ref->volume = trial.volume;
    ref->issue = trial.issue;
    ref->pages = trial.pages;
    ref->pages_from = trial.pages_from;
    ref->pages_to = trial.pages_to;
    return true;
  }
  return false;
}

}  // namespace citations
