// The blocks of one slide: its title (the largest type at the top) as a
// heading, and every other line as a line of its own, top to bottom.
#ifndef GLOSSATOR_LAYOUT_SLIDE_BLOCKS_H_
#define GLOSSATOR_LAYOUT_SLIDE_BLOCKS_H_

#include <vector>

#include "layout/blocks.h"

namespace glossator::layout {

// slide: the number the slide shows (its page-number furniture), or 0 to use
// the page number.
std::vector<LayoutBlock> BuildSlideBlocks(const PageLines& page, int slide);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_SLIDE_BLOCKS_H_
