#include "year_list.h"

#include "dates.h"

namespace citations {
namespace {

bool StartsWith(std::string_view text, size_t i, size_t end, std::string_view word) {
  return i + word.size() <= end && text.substr(i, word.size()) == word;
}

// Whether a locator starts at i: "p.", "pp.", "Chapter", "ch.", "para.", a page number...
bool IsLocatorStart(std::string_view text, size_t i, size_t end) {
  for (std::string_view w :
       {"p.",     "pp.",  "p ",   "pp ",     "Chapter", "chapter", "Chap.",  "chap.",
        "ch.",    "Ch.",  "para", "section", "Section", "sec.",    "\u00a7", "n.",
        "note",   "fn",   "vol.", "Vol.",    "S.",      "f.",      "ff.",    "Table",
        "Figure", "fig.", "Fig.", "Part",    "part",    "Book",    "loc."}) {
    if (StartsWith(text, i, end, w)) return true;
  }
  return i < end && text[i] >= '0' && text[i] <= '9' && CitedYearAt(text, i) == 0;
}

size_t SkipSpaces(std::string_view text, size_t i, size_t end) {
  size_t n;
  while (i < end && IsSpace(DecodeAt(text, i, &n))) i += n;
  return i;
}

}  // namespace

size_t CitedYearAt(std::string_view text, size_t i) {
  size_t suffix;
  if (size_t n = YearAt(text, i, &suffix); n > 0) return n;
  if (text.substr(i, 4) == "n.d.") return 4;
  return 0;
}

size_t FindCitedYear(std::string_view text, Span span) {
  for (size_t i = span.begin; i < span.end; ++i) {
    if (CitedYearAt(text, i) > 0 && i + CitedYearAt(text, i) <= span.end) return i;
  }
  return span.end;
}

YearList ReadYears(std::string_view text, size_t i, size_t end) {
  YearList out;
  size_t suffix = 0;
  size_t n = CitedYearAt(text, i);
  out.first_year = Span{i, i + n};
  while (n > 0 && i + n <= end) {
    // "1912/1958": the original year and the edition's, one work.
    if (i + n + 1 < end && text[i + n] == '/' && YearAt(text, i + n + 1, &suffix) > 0) {
      n += 1 + YearAt(text, i + n + 1, &suffix);
    }
    out.years.emplace_back(text.substr(i, n));
    out.end = i + n;
    size_t j = SkipSpaces(text, i + n, end);
    if (j >= end || (text[j] != ',' && text[j] != ';')) break;
    size_t k = SkipSpaces(text, j + 1, end);
    size_t next = k < end ? CitedYearAt(text, k) : 0;
    if (next > 0) {
      i = k;
      n = next;
      continue;
    }
    if (text[j] == ',' && IsLocatorStart(text, k, end)) {
      // The locator runs to the end of the item (a ';' or the end).
      size_t stop = k;
      while (stop < end && text[stop] != ';') ++stop;
      out.locator = TrimPunctuation(text, Span{k, stop});
      if (!out.locator.empty()) {
        // "p." alone keeps its dot; "p.12." loses the sentence's.
        out.end = out.locator.end;
      }
    }
    break;
  }
  return out;
}

bool IsYearsOnly(std::string_view text, Span content, YearList* out) {
  Span c = TrimSpace(text, content);
  if (c.empty() || CitedYearAt(text, c.begin) == 0) return false;
  *out = ReadYears(text, c.begin, c.end);
  return !out->years.empty() && out->end >= TrimPunctuation(text, c).end;
}

}  // namespace citations
