// What the block builder makes of a constructed page, for the layout's unit
// tests: the page's lines added in order with the page's type statistics.
#ifndef GLOSSATOR_TESTS_UNIT_TEXT_BLOCKS_SUPPORT_H_
#define GLOSSATOR_TESTS_UNIT_TEXT_BLOCKS_SUPPORT_H_

#include <vector>

#include "layout/text_blocks.h"
#include "layout/type_stats.h"

namespace glossator::layout {

// The blocks of page; they point into its lines, so page must outlive them.
inline std::vector<LayoutBlock> BuildBlocks(const PageLines& page) {
  TypeStats stats;
  stats.AddPage(page);
  std::vector<LayoutBlock> blocks;
  TextBlockBuilder builder([&](const LayoutBlock& b) { blocks.push_back(b); });
  for (const Line& l : page.lines) builder.Add(l, page, stats);
  builder.Finish();
  return blocks;
}

}  // namespace glossator::layout

#endif  // GLOSSATOR_TESTS_UNIT_TEXT_BLOCKS_SUPPORT_H_
