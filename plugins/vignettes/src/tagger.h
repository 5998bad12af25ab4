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
  SentenceCues found;       // the cues and what else the sentence shows
  CueVector cues{};         // found.cues
  bool opens_case = false;  // found.opens_case
  double probability = 0;   // 0 for a sentence outside prose
};

struct Vignette {
  TextRange range;
  SentenceRun run;
  // The cues for a vignette that weighed in its favour, strongest first.
  std::vector<Cue> cues;
  std::optional<TextRange> person;  // the words that name or describe the person
  // The earlier vignette (an index into the result) whose person this one
  // returns to: where it begins, it names at a sentence's start, or as the
  // one whose patient it tells ("Breuer's patient" again after another case),
  // a person that one introduced. Written as @corresp.
  std::optional<size_t> returns_to;
};

// The sentences before and after a vignette's first that say whose story it
// is, for returns_to.
constexpr size_t kReturnLookBehind = 0;
constexpr size_t kReturnLookAhead = 2;

// The cues and probability of every sentence, in order.
std::vector<SentenceScore> ScoreSentences(const Passage& passage, const Weights& weights);

// The runs of the span decision that have a clinical frame (clinical_frame.h),
// with their cues, person and the vignette each returns to.
std::vector<Vignette> FindVignettes(const Passage& passage, const Weights& weights,
                                    const SpanOptions& options);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TAGGER_H_
