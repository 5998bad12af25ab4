// Finds a quote (edits/text_quote.h) again in a text that may have changed
// since the quote was taken, in the way of the W3C Web Annotation
// TextQuoteSelector and Hypothesis's anchoring, trying in turn:
//   exact       the exact words, their prefix and suffix all found as they
//               were (the edit is "kept");
//   words       the exact words, with the context that matches best;
//   normalised  the same, ignoring case, white space, hyphens and
//               punctuation (a word hyphenated at a new line end, a changed
//               quote mark);
//   ends        a long quote whose first and last kEndChars (normalised) are
//               still there, at about the same distance (its middle changed);
//   fuzzy       the passage nearest by edit distance, within kMaxFuzzyErrors
//               of the quote's normalised length.
// Among equally good candidates the one nearest where the quote was in the
// old text (position, 0 to 1 of the text) wins. All but "exact" count as
// "re-anchored"; nothing found is "orphaned".
//
// Thread safety: a pure function.
#ifndef GLOSSATOR_EDITS_TEXT_ANCHOR_H_
#define GLOSSATOR_EDITS_TEXT_ANCHOR_H_

#include <cstddef>
#include <string_view>

#include "edits/text_quote.h"

namespace glossator::edits {

// Characters (after normalising) at each end of a long quote that "ends"
// looks for: long enough to be found once in a reading, short enough to
// survive a change in the middle of a vignette or a reference entry.
constexpr size_t kEndChars = 24;
// A fuzzy match may differ from the quote by at most this share of the
// quote's normalised length (one misread letter in four).
constexpr double kMaxFuzzyErrors = 0.25;
// The longest normalised quote fuzzy matching tries (its cost grows with
// the quote's length times the text's); longer ones rely on "ends".
constexpr size_t kMaxFuzzyChars = 96;

enum class AnchorMatch { kExact, kWords, kNormalised, kEnds, kFuzzy, kNone };

struct Anchored {
  AnchorMatch match = AnchorMatch::kNone;
  size_t begin = 0, end = 0;  // in the text searched; character boundaries
};

// Where quote is in text (white space collapsed, as the quote's). position
// is where it was, as a share of the old text's length. An empty exact quote
// (an insertion point) is found by its prefix and suffix.
Anchored AnchorQuote(std::string_view text, const TextQuote& quote, double position);

const char* AnchorMatchName(AnchorMatch match);

}  // namespace glossator::edits

#endif  // GLOSSATOR_EDITS_TEXT_ANCHOR_H_
