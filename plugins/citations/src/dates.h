// dates: years and dates as reference entries and citations print them:
// "1987", "1987a", "n.d.", "(1981, April 3)", "(2008, May)", "(12 August)",
// a bare "1970." after the authors.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_DATES_H_
#define GLOSSATOR_CITATIONS_DATES_H_

#include <string>
#include <string_view>

#include "text_scan.h"

namespace citations {

struct DateMatch {
  bool found = false;
  Span span;           // as printed, with its parentheses when it has them
  std::string year;    // "1987" or "n.d." ("" when only a month or day is printed)
  std::string suffix;  // "a", "b", ... or ""
  std::string iso;     // "1981-04-03" or "2008-05" when fuller than a year, else ""
  bool parenthesised = false;
};

// The length of a year at s[i] ("1987", "1987a" counts 5 with suffix_length
// 1), or 0 when there is none: four digits from 1500 to 2099 not joined to
// other digits or letters, optionally one lower-case suffix letter, and not
// the first part of a number like "2020-84997-001".
size_t YearAt(std::string_view s, size_t i, size_t* suffix_length);

// 1-12 for an English month name or its abbreviation ("Apr", "Sept."), else 0.
int MonthNumber(std::string_view word);

// Reads a date as printed inside parentheses ("1981, April 3", "n.d.",
// "1987a", "2008, May", "in press"). False when content is not a date.
bool ParseDateText(std::string_view content, DateMatch* out);

// The publication date of an entry: the first parenthesised date in
// text[within], or a bare year that comes before any such date.
DateMatch FindEntryDate(std::string_view text, Span within);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_DATES_H_
