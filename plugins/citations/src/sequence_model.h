// sequence_model: the weights of the learned reference labeller (a first
// order linear chain over FieldLabel, trained with dlib's structural SVM by
// tools/train_reference_model.cc) and its Viterbi decoding. The plugin does
// not link dlib: it reads the weights and decodes by itself.
//
// Weight layout (the trainer's feature vector): label * kFeatureBuckets +
// feature for emissions, then kFieldLabelCount * kFeatureBuckets + previous *
// kFieldLabelCount + label for transitions, previous == kFieldLabelCount
// standing for the start of the string.
//
// File format: a first line "glossator-citations-labeller 1 features=V
// labels=L buckets=B", then one "index weight" line per non-zero weight. The
// text is the model's source of truth (data/reference_model.txt).
//
// Compiled format (what the plugin loads by default): the same weights as
// the dense float array, read with one read and no number parsing, since
// parsing the text's 3*10^5 weights costs more than extracting a 10-page
// PDF. A first line "glossator-citations-labeller-compiled 1 features=V
// labels=L buckets=B weights=N order=little|big nonzero=Z", then the N =
// kSize floats in the machine's byte order, Z of them not zero (taken as
// given, so that loading touches no weight). It is a build product
// (tools/compile_reference_model.cc, run by the build on the committed text),
// not data to commit: a file of the other byte order is refused.
//
// Thread safety: a loaded model is immutable; Label may run on several
// threads at once.
#ifndef GLOSSATOR_CITATIONS_SEQUENCE_MODEL_H_
#define GLOSSATOR_CITATIONS_SEQUENCE_MODEL_H_

#include <cstdlib>
#include <iosfwd>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "sequence_features.h"

namespace citations {

class SequenceModel {
 public:
  static constexpr size_t kTransitions = kFieldLabelCount * static_cast<size_t>(kFeatureBuckets);
  static constexpr size_t kSize = kTransitions + (kFieldLabelCount + 1) * kFieldLabelCount;

  SequenceModel();

  // Reads a model file, text or compiled (told apart by the first line).
  // False, with *error naming the file and line, when it cannot be read or
  // was made for other features; the model is then empty.
  bool Load(const std::string& path, std::string* error);
  // Writes the non-zero weights as text. False, with *error, when it cannot.
  bool Save(const std::string& path, std::string* error) const;
  // Writes the compiled form, atomically (a temporary file renamed). False,
  // with *error, when it cannot.
  bool SaveCompiled(const std::string& path, std::string* error) const;

  // For the trainer: sets weights, then Finish() counts them.
  void set_weight(size_t index, double weight) { weights_[index] = static_cast<float>(weight); }
  void Finish();
  bool empty() const { return nonzero_ == 0; }

  // The most likely label of each token.
  std::vector<FieldLabel> Label(const std::vector<LabelToken>& tokens) const;

  // The same weights.
  bool operator==(const SequenceModel& other) const;

 private:
  // The rest of the file after its first line.
  bool LoadText(const std::string& path, std::istream& in, std::string* error);
  bool LoadCompiled(const std::string& path, const std::string& first, std::istream& in,
                    std::string* error);

  struct Free {
    void operator()(float* p) const { std::free(p); }
  };
  // kSize weights from calloc, whose fresh pages come zeroed: a model read
  // over them (the compiled form) costs no pass to clear them first.
  std::unique_ptr<float[], Free> storage_;
  std::span<float> weights_;
  size_t nonzero_ = 0;
};

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_SEQUENCE_MODEL_H_
