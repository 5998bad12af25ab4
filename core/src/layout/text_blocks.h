// The blocks of running text (articles, papers, web pages), built line by
// line as pages arrive: a new block starts at a change of type, a gap, an
// indent, a short line in justified text, a bullet, or a hanging indent's
// return to the margin; a paragraph goes on across a page or column break
// when its sentence runs on.
#ifndef GLOSSATOR_LAYOUT_TEXT_BLOCKS_H_
#define GLOSSATOR_LAYOUT_TEXT_BLOCKS_H_

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "layout/blocks.h"
#include "layout/type_stats.h"

namespace glossator::layout {

// What heading classification needs to know of a finished block, kept after
// its lines are gone.
struct BlockStyle {
  double font_size = 0;
  bool bold = false;
  size_t lines = 0;
  std::string first_line;
  bool centered = false;  // every line set in the middle of its page or column
};
BlockStyle StyleOf(const LayoutBlock& block);
// The style of the heading run in with the block's paragraph (block.run_in_words).
BlockStyle RunInHeadingStyle(const LayoutBlock& block);

class TextBlockBuilder {
 public:
  // sink receives each block as soon as it is complete.
  explicit TextBlockBuilder(std::function<void(const LayoutBlock&)> sink)
      : sink_(std::move(sink)) {}

  // The next line in reading order, on page, judged with what stats know now.
  void Add(const Line& line, const PageLines& page, const TypeStats& stats);
  // A table (a block with its grid), in its place in reading order: after
  // the block in progress, or set aside like a figure when it interrupts a
  // paragraph whose sentence runs on.
  void AddTable(LayoutBlock table);
  // A page's footnotes: written when the block in progress ends (a paragraph
  // running on to the next page goes on past them), at once when none is.
  void AddNotes(std::vector<LayoutBlock> notes);
  // Flushes the block in progress.
  void Finish();
  // The number of the earliest page whose lines the block in progress (or a
  // note waiting for it) holds, INT_MAX when none: pages before it may be
  // released.
  int OldestPageInUse() const;

 private:
  struct Placed {
    const Line* line;
    const PageLines* page;
    Column column;
    bool justified;
  };

  bool StartsNewBlock(const Placed& l) const;
  // A displayed formula inside the paragraph in progress: its lines, and
  // the running text after it, go on with the paragraph when the sentence
  // does.
  enum class Display { kNone, kGoesOn, kEndsParagraph };
  Display ContinuesDisplay(const Placed& l);
  // l is a line of a displayed formula: set in, and mathematics.
  bool IsDisplayLine(const Placed& l) const;
  // l opens an item of a numbered or lettered list ("1. From internal
  // progress."): after a sentence's end, a colon, or another item.
  bool OpensNumberedItem(const Placed& l) const;
  // l is a line of code: monospace, in a document whose running text is not.
  bool IsCode(const Line& l) const;
  // l, monospace, goes on with the sentence of the paragraph in progress.
  bool WrapsIntoCode(const Placed& l) const;
  // l, a line of code after one, starts a listing of its own.
  bool StartsNewListing(const Placed& l) const;
  // l, after a page or column break that cut a sentence of the paragraph in
  // progress, is a figure's (a caption, figure text, smaller type): the
  // figure is set aside until the sentence goes on.
  bool InterruptsParagraph(const Placed& l) const;
  // l goes on with the sentence the figure set aside interrupted.
  bool ResumesParagraph(const Placed& l) const;
  // l is the figure's too: a caption, figure text, or type other than the
  // paragraph's (a line of the paragraph's type that does not resume it
  // starts a paragraph of its own).
  bool InFigure(const Placed& l) const;
  bool SameStyleAsParagraph(const Line& l) const;
  // l, below the last line of the block in progress in its column, goes on
  // with that block.
  bool GoesOnWithBlockInProgress(const Placed& l) const;
  // Ends setting aside: its blocks are written after the paragraph.
  void EndAside();
  // The vertical gap after line (points) beyond which a new paragraph starts.
  double ParagraphGap(const Line& line) const;
  bool Hanging() const;
  // p, the block's last line so far, is full: to its column's right edge, or
  // to the edge it shares with l or with the line before it (the measure of
  // a block set in, such as an abstract).
  bool FullInMeasure(const Placed& p, const Placed& l) const;
  // A quotation set in from the margin: two lines or more, each indented by
  // the same amount (a paragraph's first-line indent is one line).
  bool Inset() const;
  // l goes on the block in progress as a further line set in as far as all
  // of its lines, after a line that did not end short.
  bool InsetContinues(const Placed& l) const;
  bool Indented(const Placed& l) const { return l.line->box.x0 > l.column.left + Em(l); }
  // A line set in the middle of its column (a title, a byline): inset as
  // much on the right as on the left, within a quarter em (typesetters
  // centre to a fraction of a point; an indented short line rarely matches).
  bool Centered(const Placed& l) const {
    double left = l.line->box.x0 - l.column.left, right = l.column.right - l.line->box.x1;
    return left > Em(l) && right > Em(l) && std::abs(left - right) < std::max(2.0, Em(l) / 4);
  }
  double Em(const Placed& l) const { return 0.8 * l.line->font_size; }
  bool Full(const Placed& l) const { return l.line->box.x1 >= l.column.right - 1.5 * Em(l); }
  bool IsHeadingStyle(const Line& l) const {
    return l.font_size > body_size_ + kSizeTolerance || l.bold;
  }
  void Flush();

  std::function<void(const LayoutBlock&)> sink_;
  double body_size_ = 0;
  const TypeStats* stats_ = nullptr;  // of the line being added
  std::vector<Placed> current_;
  BlockKind kind_ = BlockKind::kParagraph;
  std::vector<LayoutBlock> waiting_notes_;
  bool after_hanging_ = false;  // the block before the one in progress hung
  // Where the display in the paragraph in progress began (an index into
  // current_, never 0: a display follows a line of text), 0 when none.
  size_t display_from_ = 0;
  int last_item_number_ = 0;  // the number of the list item in progress
  // The blocks of a figure that interrupts the paragraph in progress, built
  // apart (their sink is waiting_notes_); null when none is set aside.
  std::unique_ptr<TextBlockBuilder> aside_;
  size_t aside_lines_ = 0;
  int aside_page_ = 0;  // the page where it started
};

// At least kHeadingMinLetters letters, and no fewer letters than digits and
// signs (spaces aside): "Transference" and "2 Method" are, "0.46" and "Θ = {"
// are not.
bool MostlyLetters(const std::string& text);

// Headings among finished blocks: larger than body type (levels by size,
// largest first), or short bold lines of body size (or up to 1.5 pt
// smaller) that do not end a sentence. Sets kind and level of blocks[i] from styles[i].
void ClassifyHeadings(std::vector<Block>& blocks, const std::vector<BlockStyle>& styles,
                      double body_size);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_TEXT_BLOCKS_H_
