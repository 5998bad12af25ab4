// Assembly: layout blocks become the Document's text, blocks, pages and
// provenance. Here line-end hyphens are resolved and lines joined.
#ifndef GLOSSATOR_LAYOUT_ASSEMBLE_H_
#define GLOSSATOR_LAYOUT_ASSEMBLE_H_

#include <vector>

#include "glossator/document.h"
#include "layout/blocks.h"
#include "layout/furniture.h"
#include "layout/hyphenation.h"

namespace glossator::layout {

// Fills parts.text, parts.blocks, parts.provenance and parts.pages (one per
// page in pages, with its furniture).
void Assemble(const std::vector<LayoutBlock>& blocks, const std::vector<PageLines>& pages,
              std::vector<std::vector<Furniture>> furniture, const HyphenResolver& hyphens,
              DocumentParts& parts);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_ASSEMBLE_H_
