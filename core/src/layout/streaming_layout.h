// StreamingLayout: pages in, one at a time, in order; the Document's parts
// out. A page's running headers and footers are decided once the pages after
// it have been read (kLookAhead of them), by comparing it with the pages
// around it; then its lines go to the block builder, and each finished block
// is written into the text at once. Only the window of pages around the one
// being decided (and a paragraph still running across pages) is held, so
// memory is bounded by the pages in flight, not by the document's length.
#ifndef GLOSSATOR_LAYOUT_STREAMING_LAYOUT_H_
#define GLOSSATOR_LAYOUT_STREAMING_LAYOUT_H_

#include <deque>
#include <memory>
#include <vector>

#include "glossator/document.h"
#include "layout/assemble.h"
#include "layout/furniture.h"
#include "layout/text_blocks.h"
#include "layout/type_stats.h"

namespace glossator::layout {

class StreamingLayout {
 public:
  // Pages read after a page before its furniture is decided; the window of
  // comparison is this many pages on either side.
  static constexpr size_t kLookAhead = 8;

  StreamingLayout(const HyphenResolver& hyphens, DocumentParts& parts);

  void AddPage(PageLines page);
  // Decides the remaining pages and completes parts (blocks' kinds, pages).
  void Finish();

  // How many pages are held now (for tests of the memory bound).
  size_t pages_held() const { return held_.size(); }

 private:
  struct Held {
    PageLines page;
    bool decided = false;
  };

  void DecideNext();
  void Release();

  DocumentParts& parts_;
  DocumentWriter writer_;
  TypeStats stats_;
  TextBlockBuilder text_blocks_;
  std::vector<BlockStyle> styles_;  // of parts_.blocks, for heading classification
  std::vector<EdgeLines> edges_;    // of every page read: a few short strings a page
  std::deque<std::unique_ptr<Held>> held_;
  size_t read_ = 0, decided_ = 0;  // pages read and decided so far
  bool slides_known_ = false;
  double run_on_note_size_ = 0;  // RunOnNoteSize of the page decided last
};

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_STREAMING_LAYOUT_H_
