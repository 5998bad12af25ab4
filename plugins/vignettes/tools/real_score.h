// Scores the tagger's vignettes on a labelled real text by issue 14's rule: a
// labelled case passage is found when a predicted vignette covers at least
// 80% of it and starts within one sentence of it; a prediction is correct
// when it finds one; it fuses patients when it covers at least 20% of each of
// two passages about different patients (a passage that returns to another
// is about that one's patient); the person is right when the predicted
// person's words contain one of the passage's person keys (compared without
// case, spaces and punctuation).
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_REAL_SCORE_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_REAL_SCORE_H_

#include <string>
#include <vector>

#include "tagger.h"
#include "training_set.h"

namespace vignettes {

constexpr double kFoundMinCoverage = 0.80;
constexpr size_t kFoundStartToleranceSentences = 1;
constexpr double kFusedMinShare = 0.20;

struct RealScore {
  size_t gold = 0, found = 0, person_right = 0;
  size_t predicted = 0, correct = 0, fused = 0;
  // Each prediction's confidence and whether it was correct (for @cert's reliability table).
  std::vector<std::pair<double, bool>> confidence;
  std::vector<std::string> notes;  // misses, wrong persons, unmatched predictions

  RealScore& operator+=(const RealScore& o);
};

RealScore ScoreRealText(const RealText& text, const std::vector<Vignette>& predicted);

// Whether person (as written) contains one of keys, compared without case,
// spaces and punctuation.
bool PersonMatches(std::string_view person, const std::vector<std::string>& keys);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_REAL_SCORE_H_
