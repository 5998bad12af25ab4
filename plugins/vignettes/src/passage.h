// Passage: the text the vignette tagger reads, as plain ranges, so that the
// tagger can run on a host's document (plugin.cc), on a Document built in a
// test, or on training passages, through the same code.
//
// Offsets are UTF-8 byte offsets into text, half-open [begin, end).
//
// Thread safety: plain values; a Passage only points at text, which must
// outlive it.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_PASSAGE_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_PASSAGE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "glossator/plugin.h"

namespace vignettes {

// Whether a block of this kind (a glossator_block_kind) and slide number (0
// outside a slide deck) is running prose, the only place a vignette can be.
constexpr bool IsProse(int kind, int slide) {
  return kind == GLOSSATOR_BLOCK_PARAGRAPH && slide == 0;
}

// Whether a block of this kind is a footnote: set where its mark's paragraph
// ends, it interrupts no story.
constexpr bool IsNote(int kind) { return kind == GLOSSATOR_BLOCK_FOOTNOTE; }

// A block of the document. Only running prose can hold a vignette: headings,
// slide lines, list items and captions are not prose, and they end any
// vignette that reaches them; a footnote is passed over (and lies inside the
// vignette's range when the story goes on after it).
struct Block {
  size_t begin = 0, end = 0;
  bool prose = true;
  bool note = false;
};

// A sentence and the block it lies in.
struct Sentence {
  size_t begin = 0, end = 0;
  size_t block = 0;
};

struct Passage {
  std::string_view text;
  std::vector<Block> blocks;        // in reading order
  std::vector<Sentence> sentences;  // in reading order, each inside its block

  std::string_view TextOf(const Sentence& s) const { return text.substr(s.begin, s.end - s.begin); }
};

// Sets each sentence's block (the block holding its begin); sentences that lie
// in no block are dropped. blocks and sentences must be sorted by begin.
void AssignSentencesToBlocks(Passage& passage);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_PASSAGE_H_
