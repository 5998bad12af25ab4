// The sentence examples the model is fitted on, in one place so that
// vignettes_train and the test that the compiled weights are the fit
// (model_test.cc) read the same thing: every sentence of data/training.txt
// (our own passages), and every prose sentence of the real texts labelled in
// data/real/ (their case sentences positive, asides left out, the rest
// negative).
//
// Thread safety: pure functions; a RealText owns its Document, which its
// Passage points into.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_TRAINING_SET_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_TRAINING_SET_H_

#include <memory>
#include <string>
#include <vector>

#include "glossator/document.h"
#include "glossator/status.h"
#include "logistic_regression.h"
#include "passage.h"
#include "passage_file.h"
#include "real_labels.h"

namespace vignettes {

struct RealText {
  RealLabelFile labels;
  glossator::Document doc;
  Passage passage;  // points into doc
  std::vector<SentenceLabel> sentence_labels;
};

// Every *.tsv of labels_dir (sorted by name) with its text read from
// texts_dir; an error names the file (and line) that is wrong.
glossator::Result<std::vector<std::unique_ptr<RealText>>> LoadRealTexts(
    const std::string& labels_dir, const std::string& texts_dir);

// The examples of one real text: its prose sentences but the asides.
std::vector<Example> ExamplesOf(const RealText& text);

// The examples of the passages of a passage file (data/training.txt).
glossator::Result<std::vector<Example>> PassageExamples(const std::string& path);

// Both, as the shipped weights are fitted.
glossator::Result<std::vector<Example>> AllTrainingExamples(const std::string& training_path,
                                                            const std::string& labels_dir,
                                                            const std::string& texts_dir);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_TRAINING_SET_H_
