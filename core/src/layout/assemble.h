// DocumentWriter: finished layout blocks become the Document's text, blocks,
// pages and provenance, one at a time. Here line-end hyphens are resolved and
// lines joined.
#ifndef GLOSSATOR_LAYOUT_ASSEMBLE_H_
#define GLOSSATOR_LAYOUT_ASSEMBLE_H_

#include <memory>
#include <vector>

#include "glossator/document.h"
#include "layout/blocks.h"
#include "layout/furniture.h"
#include "layout/hyphenation.h"

namespace glossator::layout {

class DocumentWriter {
 public:
  // Appends to parts; hyphens and parts must outlive the writer.
  DocumentWriter(const HyphenResolver& hyphens, DocumentParts& parts);
  ~DocumentWriter();

  // Words standing whole inside lines of page: evidence for how the author
  // spells a word that a line end breaks elsewhere. Call as pages are read,
  // before their blocks are written.
  void AddVocabulary(const PageLines& page);
  // Appends one block (its lines must still be alive); a paragraph with a
  // heading run in becomes two, the heading first.
  void Write(const LayoutBlock& block);
  // Appends the next page, with what was set aside from it.
  void AddPage(const PageLines& page, std::vector<Furniture> furniture);
  // Sets where each page's text begins.
  void Finish();

 private:
  void WriteRange(const LayoutBlock& block, BlockKind kind, size_t first_word, size_t end_word);
  // A table's cells, a space between the cells of a row, "\n" between rows.
  void WriteTable(const LayoutBlock& block);
  struct State;
  DocumentParts& parts_;
  std::unique_ptr<State> state_;
};

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_ASSEMBLE_H_
