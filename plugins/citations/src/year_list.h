// year_list: the years of a citation as written ("1987", "1987a", "n.d.",
// "1985,1992", "1981;1988", "1912/1958") and the locator after them ("p.12", "pp.
// 112–114", "Chapter 3, p.41").
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_YEAR_LIST_H_
#define GLOSSATOR_CITATIONS_YEAR_LIST_H_

#include <string>
#include <string_view>
#include <vector>

#include "text_scan.h"

namespace citations {

struct YearList {
  std::vector<std::string> years;  // as written, with suffix ("1912/1958" is one)
  Span first_year;                 // where the first year stands
  Span locator;                    // empty when none
  size_t end = 0;                  // just after the last year or the locator
};

// The length of a year or "n.d." at text[i] (0 when none).
size_t CitedYearAt(std::string_view text, size_t i);

// The first year in text[span], or span.end when there is none.
size_t FindCitedYear(std::string_view text, Span span);

// Reads years from i (which must be one) separated by ',' or ';', then an
// optional locator after a comma. Stops before anything else.
YearList ReadYears(std::string_view text, size_t i, size_t end);

// True when text[content] is only years and a locator: a narrative
// citation's parenthesis ("1987", "1985,1992", "1988, pp. 112–114").
bool IsYearsOnly(std::string_view text, Span content, YearList* out);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_YEAR_LIST_H_
