// reference_remainder: the part of an entry after its authors, date and
// title: a journal with volume, issue and pages (volume_pages.h); a
// chapter's editors, book and pages; a series with its number; place and
// publisher; a talk's meeting; a URL or DOI (publication_tail.h). Sets the
// entry's kind. Used by reference_parser; declared here to be tested alone.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_REFERENCE_REMAINDER_H_
#define GLOSSATOR_CITATIONS_REFERENCE_REMAINDER_H_

#include <string_view>

#include "field_scan.h"
#include "reference.h"
#include "text_scan.h"
#include "volume_pages.h"

namespace citations {

// Fills ref's container, collection, number, volume, issue, pages,
// publisher, place, event, url, doi and (for a chapter) editors from
// text[rest], and sets its kind. ref's title (which ends where rest starts)
// may grow by a subtitle ("The authentic heart. An eightfold path. New York:
// Wiley.").
void ParseRemainder(std::string_view text, Span rest, ParsedReference* ref);

// When the title ran to the end of the entry ("Robot Vision, MIT Press";
// "A Note on X, Information and Computation, 84, No. 1, 119-127"): cuts it
// at the first comma after which a journal, a publisher or a book ("in ...")
// can be read, and returns the rest in *rest. False when there is none.
bool SplitTitleTail(std::string_view text, ParsedReference* ref, Span* rest);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_REFERENCE_REMAINDER_H_
