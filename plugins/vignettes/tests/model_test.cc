// The shipped weights are the fit of the shipped training passages, and the
// model behaves as a logistic function of the cues.
#include "model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "logistic_regression.h"
#include "passage_file.h"
#include "tagger.h"
#include "test_support.h"
#include "training_set.h"

namespace vignettes {
namespace {

TEST(Model, CompiledWeightsAreTheFitOfTheTrainingPassages) {
  // Our passages and the real texts labelled by reading (data/real/), read as
  // vignettes_train reads them (training_set.h).
  auto all =
      AllTrainingExamples(VIGNETTES_TRAINING_DATA, VIGNETTES_REAL_LABELS, VIGNETTES_REAL_TEXTS);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  const std::vector<Example>& examples = all.value();
  Weights fitted = FitLogisticRegression(examples, kDefaultL2);
  const Weights& shipped = TrainedWeights();
  // trained_weights.inc keeps four decimals.
  EXPECT_NEAR(fitted.bias, shipped.bias, 1e-3)
      << "src/trained_weights.inc is stale: rerun vignettes_train --write";
  for (const CueInfo& info : AllCues()) {
    size_t c = static_cast<size_t>(info.cue);
    EXPECT_NEAR(fitted.cue[c], shipped.cue[c], 1e-3) << info.id;
  }
}

TEST(Model, TheFitSeparatesTheTrainingClasses) {
  Example story, argument;
  At(story.cues, Cue::kPastTense) = 1;
  At(story.cues, Cue::kOnePerson) = 1;
  story.positive = true;
  At(argument.cues, Cue::kPresentTense) = 1;
  At(argument.cues, Cue::kPluralPeople) = 1;
  std::vector<Example> examples;
  for (int i = 0; i < 20; ++i) {
    examples.push_back(story);
    examples.push_back(argument);
  }
  Weights w = FitLogisticRegression(examples, kDefaultL2);
  EXPECT_GT(Probability(w, story.cues), 0.9);
  EXPECT_LT(Probability(w, argument.cues), 0.1);
}

TEST(Model, ProbabilityIsTheLogisticOfTheLogOdds) {
  Weights w;
  w.bias = -1;
  At(w.cue, Cue::kPastTense) = 2;
  CueVector cues{};
  At(cues, Cue::kPastTense) = 1;
  EXPECT_DOUBLE_EQ(LogOdds(w, cues), 1.0);
  EXPECT_NEAR(Probability(w, cues), 1.0 / (1.0 + std::exp(-1.0)), 1e-12);
}

}  // namespace
}  // namespace vignettes
