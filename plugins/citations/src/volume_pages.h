// volume_pages: a journal's name and its numbers at the end of an entry:
// "Journal of Clinical Process Research, 12(3), 201-219", "Bulletin,
// XL(2)165-176", "Communications of the ACM 30, 520-540", "Nature, vol. 120,
// pages 363-364", "Research, 23, 194".
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_VOLUME_PAGES_H_
#define GLOSSATOR_CITATIONS_VOLUME_PAGES_H_

#include <string_view>

#include "reference.h"
#include "text_scan.h"

namespace citations {

// Reads "12(3), 201-219", "XL(2)165-176", "Vol. 19, No. 1, pp. 5-28",
// "12:33-51" at text[span] into ref's volume, issue and pages; true when it
// read at least a volume or pages and nothing it did not understand.
bool ParseVolumePages(std::string_view text, Span span, ParsedReference* ref);

// Sets ref->pages (dashes as '-', without "pp."), pages_from and pages_to.
void SetPages(std::string_view text, Span span, ParsedReference* ref);

// Reads text[span] as a journal (ref's container) and its numbers, starting
// the numbers at the earliest place from which they can be read. strict: the
// numbers run to the end of span; otherwise a sentence may follow them (a
// note). False, with ref unchanged, when span is not of that form.
bool TakeJournal(std::string_view text, Span span, ParsedReference* ref, bool strict);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_VOLUME_PAGES_H_
