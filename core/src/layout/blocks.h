// Blocks: lines grouped into headings, paragraphs, list items and slide
// lines. This header holds what the block builders share.
#ifndef GLOSSATOR_LAYOUT_BLOCKS_H_
#define GLOSSATOR_LAYOUT_BLOCKS_H_

#include <memory>
#include <string>
#include <vector>

#include "glossator/document.h"
#include "layout/furniture.h"
#include "layout/line.h"
#include "layout/tables.h"

namespace glossator::layout {

// Font sizes closer than this are one size.
inline constexpr double kSizeTolerance = 0.6;

struct LayoutBlock {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  int slide = 0;
  std::vector<const Line*> lines;  // point into the PageLines they came from
  // A paragraph that opens with a heading run in ("Decomposition We define
  // ..."): its first run_in_words words are the heading, written as a block
  // of its own before the paragraph. 0 when none.
  size_t run_in_words = 0;
  bool centered = false;  // every line set in the middle of its page or column
  // A table's grid (kind kFigureText): its cells are written in its place,
  // row by row. Null for every other block.
  std::shared_ptr<const TableGrid> table{};
};

// The number of words, at the start of a paragraph's first line, of a heading
// set in bold and run in with the paragraph's text: a bold run of at most
// kRunInMaxWords words, ending in a full stop or followed by a capital, with
// the rest of the line in the text's weight. 0 when the line opens none.
size_t RunInHeadingWords(const Line& first);

// The line ends an entry of a table of contents: a leader's dots, then its
// page number (arabic or roman) or nothing ("2.1 Go . . . . . 3").
bool EndsContentsEntry(const Line& line);

// True when text starts with a list bullet glyph followed by a space; sets
// *marker_bytes to the length of bullet and space.
bool StartsWithBullet(const std::string& text, size_t* marker_bytes);

// True when text ends with a full stop, question or exclamation mark or colon
// (closing quotes and brackets allowed after it).
bool EndsSentence(const std::string& text);

// True when text ends with a word broken at the line's end: a letter, then a
// hyphen ("es-"), as no paragraph ends.
bool EndsInBrokenWord(const std::string& text);
// True when text opens with a lower-case letter: a sentence running on.
bool StartsLowerCase(const std::string& text);

// True when the boxes share a good part of their horizontal extent.
bool Overlaps(const Box& a, const Box& b);

// The left and right edges of the column a line stands in: the extremes of
// lines of its size on its page that share its horizontal extent (an indented
// abstract in smaller type is a column of its own). A line that spans the
// page's columns widens no column but its own kind's.
struct Column {
  double left = 0, right = 0;
};
Column ColumnOf(const Line& line, const PageLines& page);

// Sets Line::spans_columns on the page's lines that overlap column lines on
// both sides of a gutter (kMinColumnLines wide lines wholly left of some x
// and as many wholly right of it).
void MarkSpanningLines(PageLines& page);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_BLOCKS_H_
