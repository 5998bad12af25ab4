// Footnotes: the notes set in smaller type at the foot of a page or of a
// column, below its last line of running text, each opening with its mark
// ("1", "²", "*"). They are taken out of the page's flow so that a paragraph
// running on to the next page or column is not cut by them, and become
// blocks of their own (BlockKind::kFootnote) that the block builder writes
// after that paragraph.
#ifndef GLOSSATOR_LAYOUT_FOOTNOTES_H_
#define GLOSSATOR_LAYOUT_FOOTNOTES_H_

#include <string>
#include <vector>

#include "layout/blocks.h"
#include "layout/furniture.h"

namespace glossator::layout {

struct FootnoteSplit {
  std::vector<const Line*> flow;   // the page's other lines, in order
  std::vector<LayoutBlock> notes;  // one block per note, in order
  // A few lines of small type at the foot that are no notes, under a
  // sentence running on: written after the paragraph, as notes are.
  std::vector<LayoutBlock> deferred;
};

// Splits the page's lines that are not furniture; body_size is the
// document's running-text size (TypeStats::BodySize). When the last note of
// the page before ran on (run_on: it ended mid-sentence, in type of
// run_on_size), the small type of that size at this page's foot may open with
// its rest, which has no mark: that becomes a note of its own, without one.
FootnoteSplit SplitFootnotes(const PageLines& page, double body_size, double run_on_size = 0);

// The type size of the page's last note (of split) when it ends
// mid-sentence, else 0: SplitFootnotes' run_on_size for the next page.
double RunOnNoteSize(const FootnoteSplit& split);

// The note mark that opens text (a number of one to three digits, superscript
// digits, or *, †, ‡, §, ¶ repeated), followed by a space or ending it, or a
// number set against a capitalised word ("1Here": "1"); "" when text opens
// with none.
std::string LeadingNoteMark(const std::string& text);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_FOOTNOTES_H_
