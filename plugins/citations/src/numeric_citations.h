// numeric_citations: citations of a numbered reference list in the running
// text: "[12]", "[3, 7–9]", "[3-5; 8]", and "(12)" when the list does not
// print its own numbers in brackets (a "(1)" is too often an equation or an
// item otherwise). Superscript numbers are not found: the plugin sees no type
// sizes.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_NUMERIC_CITATIONS_H_
#define GLOSSATOR_CITATIONS_NUMERIC_CITATIONS_H_

#include <map>
#include <string_view>
#include <vector>

#include "citation.h"
#include "text_scan.h"

namespace citations {

struct NumberedList {
  std::map<int, size_t> entries;  // printed number -> 0-based index of the entry
  bool parentheses = false;       // whether "(12)" cites too
};

// The numeric citations in text[block], each linked to its entries. A
// bracket counts only when all it holds are numbers, commas, semicolons and
// ranges, and every number is in the list; each bracket is one citation
// (its range from the opening to the closing bracket), with one target per
// number ("[7–9]" cites 7, 8 and 9).
std::vector<Citation> FindNumericCitations(std::string_view text, Span block,
                                           const NumberedList& list);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_NUMERIC_CITATIONS_H_
