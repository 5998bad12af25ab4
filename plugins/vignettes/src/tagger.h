// The vignette tagger: cues per sentence, the model's probability, the span
// decision, the cues that fired and the person described, for one Passage.
//
// Thread safety: pure functions over their arguments.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_TAGGER_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_TAGGER_H_

#include <optional>
#include <vector>

#include "cues.h"
#include "model.h"
#include "passage.h"
#include "span_decision.h"

namespace vignettes {

struct SentenceScore {
  CueVector cues{};
  bool opens_case = false;
  double probability = 0;  // 0 for a sentence outside prose
};

struct Vignette {
  TextRange range;
  SentenceRun run;
  // The cues for a vignette that weighed in its favour, strongest first.
  std::vector<Cue> cues;
  std::optional<TextRange> person;  // the words that name or describe the person
};

// The cues and probability of every sentence, in order.
std::vector<SentenceScore> ScoreSentences(const Passage& passage, const Weights& weights);

std::vector<Vignette> FindVignettes(const Passage& passage, const Weights& weights,
                                    const SpanOptions& options);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TAGGER_H_
