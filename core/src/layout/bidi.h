// Right-to-left script in reading order, through ICU's bidirectional
// algorithm (ubidi).
//
// Poppler gives a line's words, and each word's characters, in the order they
// stand on the page, left to right: the visual order. For Hebrew or Arabic
// that is not the order they are read in (what a PDF viewer's copy gives).
// ToLogicalOrder runs the inverse of the Unicode bidirectional algorithm
// (UBIDI_REORDER_INVERSE_LIKE_DIRECT) on the line, so that numbers, Latin
// names and the punctuation and brackets between them land where a reader
// reads them: the visual line `)45 'מע ,1912 ,Freud ואר(` reads
// `(ראו Freud, 1912, עמ' 45)`.
//
// The characters are taken as the PDF's text gives them: the character a
// glyph stands for, not its mirrored shape (a producer maps the glyph drawn
// for a `(` set right to left to `(`, though it shows `)`), so no mirroring is
// applied. A combining mark stays after its base letter.
//
// The line's own direction is not written in the PDF; it is judged from the
// line (see LineRunsRightToLeft in bidi.cc).
#ifndef GLOSSATOR_LAYOUT_BIDI_H_
#define GLOSSATOR_LAYOUT_BIDI_H_

#include <string>
#include <vector>

#include "layout/line.h"

namespace glossator::layout {

// Reorders words (a line's, left to right on the page) into reading order,
// each word's characters too. A line without right-to-left letters is left
// alone. A word keeps its box; where the reordering joins or splits words
// (it never does for words separated by spaces, as Poppler's are), a word
// takes the box of the word its first character came from.
void ToLogicalOrder(std::vector<LineWord>* words);

// The characters of one word standing left to right on the page, in reading
// order (for a word with right-to-left letters; others are returned as they are).
std::string WordInReadingOrder(const std::string& utf8);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_BIDI_H_
