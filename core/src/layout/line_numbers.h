// Margin line numbers: the numbers a manuscript template (LaTeX's lineno,
// papaja, journal submission classes) prints beside every line or every few
// lines. They are a column of small integers, one per baseline, standing
// apart from the text beside them and growing down the page. Left in, they
// glue themselves into sentences ("an ultra 35 brief") and break every line
// into a paragraph of its own, so they are taken out of the page's words
// before lines are built and set aside as furniture (kLineNumber).
#ifndef GLOSSATOR_LAYOUT_LINE_NUMBERS_H_
#define GLOSSATOR_LAYOUT_LINE_NUMBERS_H_

#include <vector>

#include "glossator/document.h"
#include "pdf/pdf_reader.h"

namespace glossator::layout {

// Removes the page's margin line numbers from page->words and returns them as
// furniture, in order down the page; page is unchanged when it has none.
std::vector<Furniture> TakeLineNumbers(pdf::RawPage* page);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_LINE_NUMBERS_H_
