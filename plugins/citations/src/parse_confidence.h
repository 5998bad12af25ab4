// parse_confidence: whether a parsed entry can be trusted. An entry the
// parser could not read (a numbered list's header glued to an entry, a
// figure's numbers, a list in a style neither the rules nor the labeller
// know) would otherwise come out with invented fields (authors "York|NY",
// volume "290 291 292 1. 2"); a garbage <bibl> is worse than an honest
// unparsed one. Such an entry keeps its range and text and loses its fields.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_PARSE_CONFIDENCE_H_
#define GLOSSATOR_CITATIONS_PARSE_CONFIDENCE_H_

#include <string>

#include "reference.h"

namespace citations {

// "" when r reads as a reference (creators or a title, a year or a title,
// people whose names are names, numbers that are numbers), else why not
// ("a volume with spaces: ...").
std::string WhyNotConfident(const ParsedReference& r);

// r without its fields (kind other, no people, no values) but its entry span.
ParsedReference Unparsed(const ParsedReference& r);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_PARSE_CONFIDENCE_H_
