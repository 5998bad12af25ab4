// Right-to-left script in reading order.
//
// Poppler gives a line's words, and each word's characters, in the order they
// stand on the page, left to right. For Hebrew or Arabic that is the reverse
// of the order they are read in (what a PDF viewer's copy or pdftotext gives).
// ToLogicalOrder puts a line's words back in reading order, in the manner of
// the inverse Unicode bidirectional algorithm at word level: in a line where
// right-to-left letters are the most, the words run from right to left, except
// for runs of left-to-right words (Latin, numbers), which keep their order; in
// a left-to-right line, runs of right-to-left words are reversed. The
// characters of a right-to-left word are reversed too, keeping combining
// marks with their base and runs of digits or Latin letters in order.
#ifndef GLOSSATOR_LAYOUT_BIDI_H_
#define GLOSSATOR_LAYOUT_BIDI_H_

#include <string>
#include <vector>

#include "layout/line.h"

namespace glossator::layout {

// Reorders words (a line's, left to right on the page) into reading order.
// A line without right-to-left letters is left alone.
void ToLogicalOrder(std::vector<LineWord>* words);

// The characters of one word standing left to right on the page, in reading
// order (for a word with right-to-left letters; others are returned as they are).
std::string WordInReadingOrder(const std::string& utf8);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_BIDI_H_
