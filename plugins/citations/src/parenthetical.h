// parenthetical: the citations inside one parenthesis that holds names
// ("(Halloran & Quist, 1990, p.12; Berg, 1991)"), one per cited work; a
// bare year after a ';' ("(Brekke, 1981;1988)") is another year of the work
// before it. Used by citation_finder.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_PARENTHETICAL_H_
#define GLOSSATOR_CITATIONS_PARENTHETICAL_H_

#include <string_view>
#include <vector>

#include "citation.h"
#include "text_scan.h"

namespace citations {

// The citations in text[content] (inside the parentheses, which are not
// part of it).
std::vector<Citation> ParentheticalCitations(std::string_view text, Span content);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_PARENTHETICAL_H_
