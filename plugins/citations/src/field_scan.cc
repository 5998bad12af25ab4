#include "field_scan.h"

#include <array>

namespace citations {

size_t SkipSpaces(std::string_view s, size_t i, size_t end) {
  size_t n;
  while (i < end && IsSpace(DecodeAt(s, i, &n))) i += n;
  return i;
}

std::string_view WordBefore(std::string_view s, size_t from, size_t i) {
  size_t b = i;
  while (b > from && (IsLetterAt(s, PreviousStart(s, b)) || s[b - 1] == '.')) {
    b = PreviousStart(s, b);
  }
  return s.substr(b, i - b);
}

bool IsAbbreviation(std::string_view w) {
  // Words journals and proceedings abbreviate ("Proc. Intl. Conf.").
  static constexpr std::array<std::string_view, 26> kJournalWords = {
      "Proc", "Intl", "Int",  "Conf", "Symp", "Trans",  "Acad", "Sci",   "Res",
      "Soc",  "Am",   "Ann",  "Annu", "Bull", "Comput", "Eng",  "Inst",  "Math",
      "Phys", "Chem", "Biol", "Med",  "Educ", "Lett",   "Stud", "Intern"};
  for (std::string_view a : kJournalWords) {
    if (w == a) return true;
  }
  static constexpr std::array<std::string_view, 35> kAbbreviations = {
      "p",   "vs",   "e.g",  "i.e", "cf", "Dr",    "Mr",  "Mrs",  "Ms",   "Prof",  "St",  "No",
      "Nos", "Vol",  "vol",  "no",  "pp", "Jr",    "Sr",  "ed",   "eds",  "Ed",    "Eds", "Inc",
      "Ltd", "Corp", "Bros", "al",  "ca", "trans", "Rev", "Univ", "Dept", "Assoc", "Natl"};
  for (std::string_view a : kAbbreviations) {
    if (w == a) return true;
  }
  return false;
}

bool HasAny(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

size_t SentenceEnd(std::string_view text, size_t from, size_t limit) {
  size_t n;
  for (size_t i = from; i < limit; i += n) {
    char32_t c = DecodeAt(text, i, &n);
    if (c != '.' && c != '?' && c != '!') continue;
    size_t next = i + n, m;
    char32_t after = next < limit ? DecodeAt(text, next, &m) : ' ';
    if (!IsSpace(after) && !IsQuote(after) && after != ')' && next < limit) continue;
    if (c != '.') return i;
    if (EndsInitial(text, from, i)) continue;
    if (IsAbbreviation(WordBefore(text, from, i))) continue;
    size_t k = SkipSpaces(text, next, limit);
    if (k < limit && IsLowerAt(text, k)) continue;
    return i;
  }
  return limit;
}

std::vector<Span> CommaPieces(std::string_view text, Span span) {
  std::vector<Span> out;
  int depth = 0;
  size_t start = span.begin;
  for (size_t i = span.begin; i < span.end; ++i) {
    char c = text[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (c == ',' && depth == 0) {
      out.push_back(Span{start, i});
      start = i + 1;
    }
  }
  out.push_back(Span{start, span.end});
  return out;
}

void SetField(std::string_view text, Span span, Field* field) {
  span = TrimPunctuation(text, span);
  field->span = span;
  field->value = NormalizeDashes(Slice(text, span));
}

}  // namespace citations
