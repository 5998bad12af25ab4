#include "dates.h"

#include <array>
#include <vector>

namespace citations {
namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// The words of s split at spaces, commas and slashes.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '/')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '/') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

bool IsSeason(std::string_view w) {
  return w == "Spring" || w == "Summer" || w == "Fall" || w == "Autumn" || w == "Winter";
}

}  // namespace

size_t YearAt(std::string_view s, size_t i, size_t* suffix_length) {
  *suffix_length = 0;
  if (i + 4 > s.size()) return 0;
  for (size_t k = 0; k < 4; ++k) {
    if (!IsAsciiDigit(s[i + k])) return 0;
  }
  if (i > 0 && (IsAsciiDigit(s[i - 1]) || IsLetterAt(s, PreviousStart(s, i)))) return 0;
  int year =
      (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
  if (year < 1500 || year > 2099) return 0;
  size_t end = i + 4;
  if (end < s.size() && IsAsciiDigit(s[end])) return 0;
  if (end < s.size() && s[end] >= 'a' && s[end] <= 'z') {
    // A suffix letter, unless a word goes on ("1987and").
    if (end + 1 < s.size() && IsLetterAt(s, end + 1)) return 0;
    *suffix_length = 1;
    return 5;
  }
  if (end < s.size() && IsLetterAt(s, end)) return 0;
  // "2020-84997-001", an APA database record: a year range's second part
  // ("1889-96", "2019-2020") has at most four digits.
  if (end + 1 < s.size() && s[end] == '-') {
    size_t digits = 0;
    while (end + 1 + digits < s.size() && IsAsciiDigit(s[end + 1 + digits])) ++digits;
    if (digits > 4) return 0;
  }
  return 4;
}

int MonthNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3) return 0;
  std::string lower;
  for (char c : w) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    std::string_view name = kMonths[m];
    if (lower == name) return static_cast<int>(m + 1);
    // Abbreviations: "Apr", "Sept", "Sep".
    if (lower.size() <= 4 && name.substr(0, lower.size()) == lower) return static_cast<int>(m + 1);
  }
  return 0;
}

bool ParseDateText(std::string_view content, DateMatch* out) {
  std::string_view s = content;
  while (!s.empty() && (s.front() == ' ' || s.front() == '[')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ']' || s.back() == '.' || s.back() == ',')) {
    s.remove_suffix(1);
  }
  if (s == "n.d" || s == "n. d" || s == "nd" || s == "s.d" || s == "n.d.") {
    out->year = "n.d.";
    return true;
  }
  if (s == "in press" || s == "In press" || s == "forthcoming" || s == "Forthcoming") {
    out->year = "";
    return true;
  }
  std::string year, suffix;
  int month = 0, day = 0;
  for (std::string_view w : Words(s)) {
    size_t suffix_length = 0;
    size_t n = YearAt(w, 0, &suffix_length);
    if (n > 0 && year.empty()) {
      year = std::string(w.substr(0, 4));
      if (suffix_length > 0) suffix = std::string(w.substr(4, 1));
      std::string_view rest = w.substr(n);
      // "1998-99", "1998–1999": a range; the first year is the date.
      if (!rest.empty() && !IsDash(rest[0]) && rest.substr(0, 3) != "\u2013") return false;
      continue;
    }
    if (n > 0) continue;  // "1990 [1960]" or "1995/1996": the first year counts
    if (int m = MonthNumber(w); m > 0 && month == 0) {
      month = m;
      continue;
    }
    if (IsSeason(w)) continue;
    bool number = !w.empty() && w.size() <= 2;
    for (char c : w) number = number && IsAsciiDigit(c);
    if (number && day == 0) {
      day = std::stoi(std::string(w));
      if (day < 1 || day > 31) return false;
      continue;
    }
    if (w == "c." || w == "ca." || w == "circa") continue;
    return false;
  }
  if (year.empty() && month == 0) return false;
  // A day the month does not have ("February 30") makes no ISO date.
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month > 0 && day > kDays[month - 1]) day = 0;
  out->year = year;
  out->suffix = suffix;
  if (!year.empty() && month > 0) {
    auto two = [](int v) {
      return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
    };
    out->iso = year + "-" + two(month);
    if (day > 0) out->iso += "-" + two(day);
  }
  return true;
}

DateMatch FindEntryDate(std::string_view text, Span within) {
  DateMatch result;
  for (size_t i = within.begin; i < within.end; ++i) {
    char c = text[i];
    if (c == '(' || c == '[') {
      char close = c == '(' ? ')' : ']';
      size_t end = text.find(close, i + 1);
      if (end == std::string_view::npos || end >= within.end || end - i > 40) continue;
      DateMatch m;
      if (ParseDateText(text.substr(i + 1, end - i - 1), &m) && !m.year.empty()) {
        m.found = true;
        m.parenthesised = true;
        m.span = Span{i, end + 1};
        return m;
      }
      continue;
    }
    size_t suffix_length = 0;
    if (size_t n = YearAt(text, i, &suffix_length); n > 0) {
      // A bare year: after a space, comma or full stop, before punctuation or a space.
      size_t before = i > within.begin ? static_cast<size_t>(text[i - 1]) : ' ';
      size_t after = i + n < text.size() ? static_cast<size_t>(text[i + n]) : '.';
      bool bounded = (before == ' ' || before == ',' || before == '.') &&
                     (after == '.' || after == ',' || after == ';' || after == ':' ||
                      after == ' ' || after == ')' || i + n == within.end);
      if (!bounded) continue;
      result.found = true;
      result.span = Span{i, i + n};
      result.year = std::string(text.substr(i, 4));
      if (suffix_length > 0) result.suffix = std::string(text.substr(i + 4, 1));
      return result;
    }
  }
  // "n.d." printed bare.
  size_t nd = text.substr(0, within.end).find("n.d.", within.begin);
  if (nd != std::string_view::npos) {
    result.found = true;
    result.span = Span{nd, nd + 4};
    result.year = "n.d.";
  }
  return result;
}

}  // namespace citations
