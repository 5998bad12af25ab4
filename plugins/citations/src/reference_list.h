// reference_list: finds the reference lists of a document and splits them
// into entries.
//
// A list starts after a heading such as References, Bibliography, Works
// Cited, Literature or Notes (numbered or not, with or without a colon) and
// runs to the next heading of the same or a higher level; a document with no
// such heading may end with a run of at least three entries, which is taken
// as its list. Each block of a list is one entry, except that a block that
// does not start like an entry (a lower-case start, no date near its start)
// continues the entry before it (an entry broken across a page), and a block
// holding several entries (layout joined them) is split where a new one
// starts: entry_segmenter.h reads the list's style (numbered, keyed,
// author-date or date at the end) and weighs each possible start.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_REFERENCE_LIST_H_
#define GLOSSATOR_CITATIONS_REFERENCE_LIST_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "blocks.h"
#include "text_scan.h"

namespace citations {

struct ReferenceList {
  size_t heading_block = kNoHeading;      // index of its heading block
  size_t first_block = 0, end_block = 0;  // its blocks: [first_block, end_block)
  std::vector<Span> entries;              // each entry, without a leading bullet, dash or number
  std::vector<int> numbers;               // each entry's printed number, 0 when unnumbered
  static constexpr size_t kNoHeading = static_cast<size_t>(-1);
};

// The reference lists of a document, in document order.
std::vector<ReferenceList> FindReferenceLists(std::string_view text,
                                              const std::vector<TextBlock>& blocks);

// True for a heading that names a reference list ("References", "7.
// Bibliography", "Works Cited:"); *notes is set for "Notes" and the like,
// which hold references only sometimes.
bool IsReferenceHeading(std::string_view heading, bool* notes);

// Whether text[span] starts like an entry: names ("Surname, I." or with a
// comma or an initial) then a date within its first 150 bytes. strict asks
// also for names with a comma or an initial and no running text before the
// date (used without a heading and to split joined entries).
bool LooksLikeEntryStart(std::string_view text, Span span, bool strict);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_REFERENCE_LIST_H_
