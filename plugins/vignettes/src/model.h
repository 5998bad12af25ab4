// The sentence model: a logistic function of the cues, P(the sentence belongs
// to a vignette) = 1 / (1 + exp(-(bias + sum of weight * cue))).
//
// Two sets of weights: the trained ones (logistic regression over the
// passages in data/, written into trained_weights.inc by vignettes_train),
// which the plugin uses, and hand-set rules, kept for comparison (see
// README.md for the measurements that chose between them).
//
// Thread safety: the weights are constants; the functions are pure.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_MODEL_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_MODEL_H_

#include "cues.h"

namespace vignettes {

struct Weights {
  double bias = 0;
  CueVector cue{};
};

const Weights& TrainedWeights();
const Weights& RuleWeights();

// bias + sum of weight * cue.
double LogOdds(const Weights& w, const CueVector& cues);
// The logistic function of LogOdds.
double Probability(const Weights& w, const CueVector& cues);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_MODEL_H_
