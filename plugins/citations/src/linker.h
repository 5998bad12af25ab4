// linker: links each citation to the reference entries it cites, by the
// first author's surname (misspellings tolerated, see name_match.h), the
// co-authors cited, "et al.", and the year with its suffix. When two entries
// fit equally ("Tessaro (1987)" with 1987a and 1987b) the better evidence
// wins and the confidence is halved; a citation no entry fits keeps no target.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_LINKER_H_
#define GLOSSATOR_CITATIONS_LINKER_H_

#include <vector>

#include "citation.h"
#include "name_match.h"
#include "reference.h"

namespace citations {

struct LinkOptions {
  NameMatchOptions names;
  // Two candidates whose scores differ by less than this are a tie. Default: 0.05.
  double tie_margin = 0.05;
};

// Fills targets and link_confidence of every citation.
void LinkCitations(const std::vector<ParsedReference>& references, std::vector<Citation>* citations,
                   const LinkOptions& options = {});

// How well one cited year of a citation fits one entry: 0 when it does not.
double LinkScore(const Citation& citation, const std::string& cited_year,
                 const ParsedReference& reference, const LinkOptions& options = {});

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_LINKER_H_
