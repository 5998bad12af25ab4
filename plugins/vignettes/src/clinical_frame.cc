#include "clinical_frame.h"

#include <algorithm>

namespace vignettes {

bool HasClinicalFrame(const SentenceRun& run, const FrameCounts& counts) {
  const std::vector<size_t>& f = counts.frame_words;
  if (counts.text_words == 0) return false;
  double per_thousand = 1000.0 * static_cast<double>(counts.text_frame_words) /
                        static_cast<double>(counts.text_words);
  if (per_thousand < kMinFrameWordsPerThousand) return false;
  size_t from = run.first > kFrameWindowSentences ? run.first - kFrameWindowSentences : 0;
  size_t to = std::min(f.size(), run.last + 1 + kFrameWindowSentences);
  size_t n = 0;
  for (size_t k = from; k < to; ++k) n += f[k];
  return n >= kMinFrameWords;
}

}  // namespace vignettes
