// parenthetical: the citations inside one parenthesis that holds names
// ("(Halloran & Quist, 1990, p.12; Berg, 1991)"), one per cited work; a
// bare year after a ';' ("(Brekke, 1981;1988)") is another year of the work
// before it. Used by citation_finder.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_PARENTHETICAL_H_
#define GLOSSATOR_CITATIONS_PARENTHETICAL_H_

#include <functional>
#include <string_view>
#include <vector>

#include "citation.h"
#include "text_scan.h"

namespace citations {

// What the reference list says about a word, for the finders: whether it is
// one of the list's surnames (a lower-case "thomke" printed in small capitals
// is then a name), and whether it is a place and not a surname of the list
// ("London (1948)" is no citation). Empty functions know nothing.
struct NameEvidence {
  std::function<bool(std::string_view)> known_surname;
  std::function<bool(std::string_view)> place;
  bool IsKnown(std::string_view w) const { return known_surname && known_surname(w); }
  bool IsPlace(std::string_view w) const { return place && place(w) && !IsKnown(w); }
};

// The citations in text[content] (inside the parentheses, which are not
// part of it).
std::vector<Citation> ParentheticalCitations(std::string_view text, Span content,
                                             const NameEvidence& evidence = {});

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_PARENTHETICAL_H_
