// publication_tail: the non-journal endings of an entry: "City, ST:
// Publisher", a series with its number ("Work in Progress, No. 55"), a
// talk's meeting ("Paper presented at the X, Chicago, IL"), a URL or DOI,
// and notes that follow them ("Retrieved from ...", "doi:...").
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_PUBLICATION_TAIL_H_
#define GLOSSATOR_CITATIONS_PUBLICATION_TAIL_H_

#include <string_view>

#include "reference.h"
#include "text_scan.h"

namespace citations {

// Sets ref's url and doi from text[span] and returns span without them and
// the words that introduce them ("Retrieved from", "Available at"), and
// without a trailing note ("Also in ...", "(Original work published 1949)").
Span TakeLinksAndNotes(std::string_view text, Span span, ParsedReference* ref);

// Where a place-and-publisher part "City, ST: Publisher" starts in
// text[span] (its last sentence), or span.end when it has none; sets place
// and publisher.
size_t TakePlacePublisher(std::string_view text, Span span, ParsedReference* ref);

// "Publisher" or "Publisher, City" with no colon, when the first piece names
// a publisher ("MIT Press", "Oxford University Press, Melbourne").
bool TakeBarePublisher(std::string_view text, Span span, ParsedReference* ref);

// A thesis or report and the institution that issued it: "PhD thesis,
// Department of Computer Science, University of Toronto, Toronto, Canada",
// "Technical report 41, Institute for the Learning Sciences". Sets the
// publisher (the institution), the place, a report's series and number,
// and the kind. False when text[span] does not start with such a genre.
bool TakeThesisOrReport(std::string_view text, Span span, ParsedReference* ref);

// "Work in Progress, No. 55", "Technical report 41": collection and number.
bool TakeSeries(std::string_view text, Span span, ParsedReference* ref);

// A talk: the meeting (without "Paper presented at the") and a "City, ST"
// at its end as the place.
void TakeTalk(std::string_view text, Span span, ParsedReference* ref);

// Words that tell a meeting ("Symposium", "Paper presented at").
bool HasTalkWords(std::string_view s);

bool LooksLikePublisher(std::string_view s);

// A place: short, capitalised words (and a state or country code), no digits
// ("Boston, MA", "Ross-on-Wye", "White River Junction (VT)").
bool LooksLikePlace(std::string_view text, Span place);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_PUBLICATION_TAIL_H_
