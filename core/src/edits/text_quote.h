// A passage of text as the W3C Web Annotation TextQuoteSelector gives it: the
// exact words, and a little context before (prefix) and after (suffix), all
// with white space collapsed, so that a change of line breaks or of the
// spaces between blocks does not change the quote.
//
// Thread safety: plain values and pure functions.
#ifndef GLOSSATOR_EDITS_TEXT_QUOTE_H_
#define GLOSSATOR_EDITS_TEXT_QUOTE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace glossator::edits {

// How much context a quote keeps on each side, in characters (code points):
// enough to tell apart two mentions of one word in a paragraph, short enough
// that an edit a few words away from a changed passage keeps its context.
constexpr size_t kQuoteContextChars = 32;

struct TextQuote {
  std::string exact;   // the words, white space collapsed, trimmed
  std::string prefix;  // up to kQuoteContextChars before, collapsed
  std::string suffix;  // up to kQuoteContextChars after, collapsed
};

// True for the white space that CollapseSpace folds: ASCII space, tab, CR,
// LF, form feed. Inline: the collapsing loops ask it of every byte.
inline bool IsFoldedSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// text with each run of white space made one space.
std::string CollapseSpace(std::string_view text);

// Text with its white space collapsed, and for each of its bytes the offset
// of the byte in the original text it came from (size()+1 entries: the last
// is the original's size), so that a range found in the collapsed text maps
// back to the original.
struct CollapsedText {
  std::string text;
  std::vector<size_t> original;  // original[i]: offset in the source of text[i]
};
CollapsedText Collapse(std::string_view text);

// The quote of [begin, end) in collapsed text (byte offsets; begin and end on
// character boundaries).
TextQuote QuoteIn(std::string_view collapsed, size_t begin, size_t end);

// The quote of [begin, end) in raw text (white space not yet collapsed).
// Reads only a window around the range, so it is cheap on a long text.
TextQuote QuoteOf(std::string_view text, size_t begin, size_t end);

}  // namespace glossator::edits

#endif  // GLOSSATOR_EDITS_TEXT_QUOTE_H_
