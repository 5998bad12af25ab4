#include "passage.h"

#include <utility>

namespace vignettes {

void AssignSentencesToBlocks(Passage& passage) {
  std::vector<Sentence> kept;
  kept.reserve(passage.sentences.size());
  size_t b = 0;
  for (Sentence s : passage.sentences) {
    while (b < passage.blocks.size() && passage.blocks[b].end <= s.begin) ++b;
    if (b == passage.blocks.size()) break;
    if (s.begin < passage.blocks[b].begin) continue;  // between blocks
    s.block = b;
    kept.push_back(s);
  }
  passage.sentences = std::move(kept);
}

}  // namespace vignettes
