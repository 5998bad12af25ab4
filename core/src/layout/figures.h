// Captions and figure text among the finished blocks of running text. A
// caption opens with its label and number ("Table 2.", "Figure 1:", "Fig.
// 3."); figure text is what a table or chart sets, as the block builder
// finds it: rows of figures ("83.4 84.0 88.8 ... AM+LM"), an axis's labels
// ("30", "25"), cells not parsed. Both are kept out of the running text: the
// TEI writes them in a <figure>.
#ifndef GLOSSATOR_LAYOUT_FIGURES_H_
#define GLOSSATOR_LAYOUT_FIGURES_H_

#include <string_view>
#include <vector>

#include "glossator/document.h"

namespace glossator::layout {

// True when text opens with a caption's label: one of the words below, a
// number (arabic or roman), then a full stop, colon or dash, or nothing more
// ("Table 1" on its own line). "Table 2 shows that ..." is running text.
bool IsCaption(std::string_view text);

// A word of a table's text that is no word of prose: a number, a
// percentage, an interval, a sign, a missing cell ("N/A", a dash). UTF-8
// signs (minus, en dash, plus-minus, less-or-equal) count as signs.
bool IsFigure(std::string_view word);

// True when text is figure text: at least kFigureTextMinWords words, of
// which at least kFigureTextShare are figures (numbers, percentages,
// intervals, signs such as "<" or "=") or a missing cell ("N/A", a dash);
// or two words or more, every one a figure and none a list's enumerator
// ("2."): a chart's axis ("0.0 0.5 1.0"). A number alone may be a chart's
// label as well as an author's affiliation mark or a page number: no call.
bool IsFigureText(std::string_view text);

// Sets kind kCaption on paragraphs and headings of blocks that are captions,
// kFigureText on paragraphs that are figure text, and on runs of at least
// kMinAxisLabels paragraphs that are a number each (block ranges are into
// text).
void ClassifyFigures(std::vector<Block>& blocks, std::string_view text);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_FIGURES_H_
