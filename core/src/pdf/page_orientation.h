// OrientPage: turns a page whose text runs rotated so that it reads left to
// right, top to bottom, as layout expects.
//
// Poppler gives word boxes as the page is shown, with the page's /Rotate
// applied. A page whose content is drawn upright and then rotated by /Rotate
// (what a viewer's "rotate page" saves, or a scanned landscape slide turned
// back) shows its text running down, up or upside down, and layout, which
// reads lines left to right, would scramble it. OrientPage finds the direction
// most of the page's characters run in and, when it is not left to right,
// turns the page's size and every word's box by the quarter turns that make
// it so. Words of another direction (a margin note set sideways, an arXiv
// stamp) are moved to RawPage::sideways, turned to read left to right in a
// frame of their own, one group per direction.
//
// Coordinates stay PDF points with the origin at the top left of the turned
// page, so a turned page's boxes are in the frame of its text, not of the
// page as a viewer shows it.
#ifndef GLOSSATOR_PDF_PAGE_ORIENTATION_H_
#define GLOSSATOR_PDF_PAGE_ORIENTATION_H_

#include <vector>

#include "pdf/pdf_reader.h"

namespace glossator::pdf {

// The rotation (0-3, as Word::rotation) of most of the words' characters.
int DominantRotation(const std::vector<Word>& words);

// A box of a page of width w and height h, in the frame (h x w for odd
// turns) where text of rotation turns reads left to right. Turning by
// (4 - turns) in that frame gives the box back.
Box TurnBox(const Box& b, int turns, double w, double h);

// Turns page (as Poppler gave it) by DominantRotation and sets each word's
// last_glyph_x1 from last_glyphs[i], word i's last glyph box as Poppler gave
// it (an empty box: unknown, the word's own edge is used).
void OrientPage(const std::vector<Box>& last_glyphs, RawPage* page);

}  // namespace glossator::pdf

#endif  // GLOSSATOR_PDF_PAGE_ORIENTATION_H_
