#include "layout/streaming_layout.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "layout/figures.h"
#include "layout/footnotes.h"
#include "layout/front_matter.h"
#include "layout/slide_blocks.h"
#include "layout/tables.h"

namespace glossator::layout {

StreamingLayout::StreamingLayout(const HyphenResolver& hyphens, DocumentParts& parts)
    : parts_(parts), writer_(hyphens, parts), text_blocks_([this](const LayoutBlock& block) {
        writer_.Write(block);
        if (block.run_in_words > 0) styles_.push_back(RunInHeadingStyle(block));
        styles_.push_back(StyleOf(block));
      }) {}

void StreamingLayout::AddPage(PageLines page) {
  MarkSpanningLines(page);
  stats_.AddPage(page);
  writer_.AddVocabulary(page);
  edges_.push_back(FindEdgeLines(page));
  auto held = std::make_unique<Held>();
  held->page = std::move(page);
  held_.push_back(std::move(held));
  ++read_;
  while (read_ - decided_ > kLookAhead) DecideNext();
}

void StreamingLayout::DecideNext() {
  if (!slides_known_) {
    // Decided once, on the first window of pages.
    parts_.is_slide_deck = stats_.LooksLikeSlides();
    slides_known_ = true;
  }
  size_t index = decided_;
  size_t first = index >= kLookAhead ? index - kLookAhead : 0;
  size_t last = std::min(read_, index + kLookAhead + 1);
  std::vector<const EdgeLines*> window;
  for (size_t i = first; i < last; ++i) window.push_back(&edges_[i]);

  // The held pages start at the first page not yet released.
  size_t released = read_ - held_.size();
  Held& held = *held_[index - released];
  std::vector<Furniture> furniture =
      DecideFurniture(held.page, edges_[index], window, parts_.is_slide_deck);
  for (Furniture& f : held.page.set_aside) furniture.push_back(std::move(f));
  int slide = 0;
  for (const Furniture& f : furniture) {
    if (f.kind == Furniture::Kind::kPageNumber) slide = ParsePageNumber(f.text);
  }
  writer_.AddPage(held.page, std::move(furniture));
  if (parts_.is_slide_deck) {
    for (const LayoutBlock& block : BuildSlideBlocks(held.page, slide)) writer_.Write(block);
  } else {
    std::vector<TableGrid> tables = FindTables(held.page);
    if (SplitLinesAtTables(held.page, tables)) tables = FindTables(held.page);
    FootnoteSplit split = SplitFootnotes(held.page, stats_.BodySize(), run_on_note_size_);
    run_on_note_size_ = RunOnNoteSize(split);
    // A table's lines go as one block, where its first line comes in the
    // flow; a table that shares a line with the notes is left as it was.
    std::map<const Line*, size_t> table_of;
    std::set<const Line*> flow(split.flow.begin(), split.flow.end());
    for (size_t t = 0; t < tables.size(); ++t) {
      bool all_in_flow = std::all_of(tables[t].lines.begin(), tables[t].lines.end(),
                                     [&](const Line* l) { return flow.count(l) > 0; });
      if (!all_in_flow) continue;
      for (const Line* l : tables[t].lines) table_of[l] = t;
    }
    std::vector<bool> written(tables.size(), false);
    for (const Line* line : split.flow) {
      auto it = table_of.find(line);
      if (it == table_of.end()) {
        text_blocks_.Add(*line, held.page, stats_);
        continue;
      }
      if (written[it->second]) continue;
      written[it->second] = true;
      LayoutBlock block;
      block.kind = BlockKind::kFigureText;
      block.lines = tables[it->second].lines;
      block.table = std::make_shared<const TableGrid>(std::move(tables[it->second]));
      text_blocks_.AddTable(std::move(block));
    }
    std::vector<LayoutBlock> after = std::move(split.notes);
    for (LayoutBlock& b : split.deferred) after.push_back(std::move(b));
    text_blocks_.AddNotes(std::move(after));
  }
  held.decided = true;
  ++decided_;
  Release();
}

// Pages decided, and not holding a line of the paragraph still in progress.
void StreamingLayout::Release() {
  int in_use = text_blocks_.OldestPageInUse();
  // Edge lines of pages before the window are kept (they are small); the
  // pages themselves go once decided and no longer needed for comparison.
  while (!held_.empty() && held_.front()->decided && held_.front()->page.number < in_use) {
    held_.pop_front();
  }
}

void StreamingLayout::Finish() {
  while (decided_ < read_) DecideNext();
  text_blocks_.Finish();
  if (!parts_.is_slide_deck) {
    ClassifyHeadings(parts_.blocks, styles_, stats_.BodySize());
    ClassifyFigures(parts_.blocks, parts_.text);
    parts_.front = FindFrontMatter(parts_.blocks, styles_, parts_.text, stats_.BodySize(),
                                   parts_.source.title);
  }
  writer_.Finish();
  held_.clear();
}

}  // namespace glossator::layout
