// entry_segmenter: splits the text of a reference list into its entries,
// reading the list's own style first.
//
// The list comes as units in reading order: the blocks layout made (one per
// entry when it saw a hanging indent or gaps, one for a whole list set flush
// without gaps) or, where known, its lines. An entry starts at a unit's start
// or, with stronger evidence, inside a unit.
//
// - Numbered lists ("[12]", "12.", "10.Wang", "(3)", "3)"): a list is numbered
//   when at least three units start with consecutive numbers in one form;
//   then an entry starts exactly where the next number is printed in that
//   form, and nowhere else.
// - Other lists: each possible start is weighed (kStartWeights in the .cc):
//   how the text before it ends (a full stop, a comma, a hyphen), how it
//   begins (names "Surname, I." / "I. Surname", a particle "de Laguna", a
//   repeated-author dash, a lower-case word), whether the entry so far has
//   its year, and, in an author-date list (most entries print the year right
//   after the names), whether a year follows the names here. Lists whose
//   dates come at the end (Chicago, MLA, many sciences) are recognised as
//   not author-date and do not ask for an early year.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_ENTRY_SEGMENTER_H_
#define GLOSSATOR_CITATIONS_ENTRY_SEGMENTER_H_

#include <string_view>
#include <vector>

#include "text_scan.h"

namespace citations {

struct SegmentedEntry {
  Span span;       // the entry as printed, with its number or bullet, trimmed
  int number = 0;  // its printed number in a numbered list, else 0
};

// The entries of the list made of text[units[0].begin, units.back().end).
// Units are in text order and do not overlap; white space between them
// belongs to no entry.
std::vector<SegmentedEntry> SegmentEntries(std::string_view text, const std::vector<Span>& units);

// Whether text[span] starts as an entry of any style may: a number ("[12]",
// "3."), a key ("[Ahl78]"), names ("Surname, I.", "I. Surname", "de Laguna,
// G.") or a repeated-author dash. For finding a list under its heading.
bool StartsLikeEntry(std::string_view text, Span span);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_ENTRY_SEGMENTER_H_
