// L2-regularised logistic regression over the cue vectors, fitted by Newton's
// method: small (one weight per cue) and exact enough for a few thousand
// sentences. Used offline by vignettes_train; the plugin only reads the
// weights it writes.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_LOGISTIC_REGRESSION_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_LOGISTIC_REGRESSION_H_

#include <vector>

#include "cues.h"
#include "model.h"

namespace vignettes {

struct Example {
  CueVector cues{};
  bool positive = false;
};

// The regularisation the shipped weights were fitted with.
constexpr double kDefaultL2 = 0.01;

// Minimises the mean log loss plus l2 / 2 times the squared weights (the bias
// is not penalised). Each class is weighted so that both count equally.
Weights FitLogisticRegression(const std::vector<Example>& examples, double l2);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_LOGISTIC_REGRESSION_H_
