// reference_parser: reads one entry of a reference list into its parts
// (careful rules, APA first but tolerant of other author-year styles):
//
//   Abernathy, L. K., Birchall, S., & Coyle, T. (1991). Ruptures in the
//   working alliance. Journal of Clinical Process Research, 12(3), 201-219.
//   Farrow, M., & Ilse, B. (Eds.) (1990). Beginnings. Boston, MA: Harbinger.
//   Quarrington, A. (1990). A widower's accusation. In M. Farrow & B. Ilse
//   (Eds.) Beginnings in Psychotherapy (pp. 20-55). Boston: Harbinger Press.
//   Moraine, D. (1986). Connection. Work in Progress, No. 55. Wellbury, MA:
//   Linden Centre Working Papers.
//   Brekke, J. (1981, April 3). Impasse. Spring Symposium on Relational Practice.
//   Vellacott, R. (2001, October 9). Personal communication.
//   Tessaro, M. (1987b). Counter-transference. Bulletin, XL(2)165-176.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_REFERENCE_PARSER_H_
#define GLOSSATOR_CITATIONS_REFERENCE_PARSER_H_

#include <string_view>

#include "reference.h"
#include "sequence_model.h"
#include "text_scan.h"

namespace citations {

// Parses text[entry] with the rules; every span in the result is an offset
// into text. A leading bullet, dash or number ("• ", "- ", "[12] ", "12. ")
// is left out of the result's entry span. Never fails: what it cannot read
// stays unset.
ParsedReference ParseReference(std::string_view text, Span entry);

// The same for a string holding one entry.
inline ParsedReference ParseReference(std::string_view entry) {
  return ParseReference(entry, Span{0, entry.size()});
}

// Whether the rules read an entry whole: its creators, year and title, and
// the parts its kind needs (an article's journal and numbers, a book's
// publisher, a chapter's editors, book and publisher, a report's series, a
// talk's meeting, a web page's URL).
bool IsCompleteParse(const ParsedReference& r);

// The method the plugin uses: the rules for an entry they read whole
// (IsCompleteParse) whose date is printed the APA way ("(1991)."), the
// learned labeller (when a model is given and not empty) for the others.
// README.md ("Method") gives the measurement behind it.
ParsedReference ParseReference(std::string_view text, Span entry, const SequenceModel* model);

// text[span] without a leading bullet, dash or entry number.
Span SkipEntryMarker(std::string_view text, Span span);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_REFERENCE_PARSER_H_
