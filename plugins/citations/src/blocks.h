// blocks: the structure the citations plugin reads, independent of the host
// ABI so that the finders can be tested on plain strings.
//
// Thread safety: plain data.
#ifndef GLOSSATOR_CITATIONS_BLOCKS_H_
#define GLOSSATOR_CITATIONS_BLOCKS_H_

#include <vector>

#include "text_scan.h"

namespace citations {

enum class BlockType { kHeading, kParagraph, kListItem, kLine, kOther };

struct TextBlock {
  Span span;
  BlockType type = BlockType::kParagraph;
  int level = 0;       // heading level, 0 for other blocks
  int first_page = 0;  // 1-based
  int last_page = 0;
};

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_BLOCKS_H_
