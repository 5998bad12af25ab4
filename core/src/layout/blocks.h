// Blocks: lines grouped into headings, paragraphs, list items and slide lines,
// in reading order, with paragraphs joined across page and column breaks.
#ifndef GLOSSATOR_LAYOUT_BLOCKS_H_
#define GLOSSATOR_LAYOUT_BLOCKS_H_

#include <vector>

#include "glossator/document.h"
#include "layout/furniture.h"
#include "layout/line.h"

namespace glossator::layout {

struct LayoutBlock {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  int slide = 0;
  std::vector<const Line*> lines;  // point into the PageLines they came from
};

// Groups the non-furniture lines of running text (articles, papers, web pages).
std::vector<LayoutBlock> BuildTextBlocks(const std::vector<PageLines>& pages);

// One slide per page: the title (the largest type at the top) as a heading, and
// every other line as a line of its own, top to bottom. slide_numbers holds the
// number shown on each page (from its page-number furniture), or 0 for none.
std::vector<LayoutBlock> BuildSlideBlocks(const std::vector<PageLines>& pages,
                                          const std::vector<int>& slide_numbers);

// A slide deck: most pages landscape with large type.
bool LooksLikeSlideDeck(const std::vector<PageLines>& pages);

// True when text starts with a list bullet glyph followed by a space; sets
// *marker_bytes to the length of bullet and space.
bool StartsWithBullet(const std::string& text, size_t* marker_bytes);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_BLOCKS_H_
