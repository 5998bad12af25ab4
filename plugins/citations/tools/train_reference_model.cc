// train_reference_model: trains the citations plugin's reference labeller
// (sequence_model.h) with dlib's structural SVM sequence labelling trainer
// on an AnyStyle parser dataset, and writes the model file the plugin reads.
//
//   train_reference_model CORE.xml OUT.model [--c C] [--hold-out-fifth]
//
// Tokens, features and labels are those of sequence_features.h; C (default
// 300) was chosen on a held-out fifth of AnyStyle's core dataset (every
// fifth sequence; --hold-out-fifth trains without it, to measure on it):
// field accuracy 0.851 / 0.889 / 0.913 / 0.892 there for C = 30 / 100 / 300
// / 1000 (author-year subset, reference_method_bench).
// Run at build time when dlib is found; never on AnyStyle's gold dataset.
#include <dlib/svm_threaded.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "anystyle_dataset.h"
#include "sequence_features.h"
#include "sequence_model.h"

namespace {

using citations::LabelToken;
using Sequence = std::vector<LabelToken>;

class Features {
 public:
  typedef Sequence sequence_type;
  unsigned long num_features() const { return citations::SequenceModel::kSize; }
  unsigned long order() const { return 1; }
  unsigned long num_labels() const { return citations::kFieldLabelCount; }
  template <typename EXP>
  bool reject_labeling(const sequence_type&, const dlib::matrix_exp<EXP>&, unsigned long) const {
    return false;
  }
  template <typename feature_setter, typename EXP>
  void get_features(feature_setter& set_feature, const sequence_type& x,
                    const dlib::matrix_exp<EXP>& y, unsigned long position) const {
    const unsigned long label = y(0);
    for (uint32_t f : x[position].features) set_feature(label * citations::kFeatureBuckets + f);
    const unsigned long previous = y.size() > 1 ? y(1) : citations::kFieldLabelCount;
    set_feature(citations::SequenceModel::kTransitions + previous * citations::kFieldLabelCount +
                label);
  }
  unsigned long num_nonnegative_weights() const { return 0; }
};
void serialize(const Features&, std::ostream&) {}
void deserialize(Features&, std::istream&) {}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s CORE.xml OUT.model [--c C] [--hold-out-fifth]\n", argv[0]);
    return 2;
  }
  double c = 300;
  bool hold_out = false;
  for (int i = 3; i < argc; ++i) {
    if (std::strcmp(argv[i], "--c") == 0 && i + 1 < argc) {
      c = std::atof(argv[++i]);
    } else if (std::strcmp(argv[i], "--hold-out-fifth") == 0) {
      hold_out = true;
    } else {
      std::fprintf(stderr, "%s: unknown option %s\n", argv[0], argv[i]);
      return 2;
    }
  }
  std::string error;
  std::vector<citations::testing::AnyStyleSequence> data =
      citations::testing::ReadAnyStyleDataset(argv[1], &error);
  if (!error.empty() || data.empty()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], error.empty() ? "no sequences" : error.c_str());
    return 1;
  }
  std::vector<Sequence> x;
  std::vector<std::vector<unsigned long>> y;
  for (size_t i = 0; i < data.size(); ++i) {
    if (hold_out && i % 5 == 4) continue;
    const citations::testing::AnyStyleSequence& seq = data[i];
    x.push_back(citations::TokenizeForLabelling(seq.text, citations::Span{0, seq.text.size()}));
    // Each field is whole tokens; a token takes the label of the field it starts in.
    std::vector<unsigned long> labels;
    size_t field = 0, field_begin = 0;
    for (const LabelToken& t : x.back()) {
      while (field < seq.fields.size() &&
             t.span.begin >= field_begin + seq.fields[field].second.size() + 1) {
        field_begin += seq.fields[field].second.size() + 1;
        ++field;
      }
      labels.push_back(field < seq.fields.size() ? citations::FieldLabelOf(seq.fields[field].first)
                                                 : citations::kOtherField);
    }
    y.push_back(labels);
  }
  auto start = std::chrono::steady_clock::now();
  dlib::structural_sequence_labeling_trainer<Features> trainer;
  trainer.set_c(c);
  trainer.set_num_threads(2);
  trainer.set_epsilon(0.5);
  dlib::sequence_labeler<Features> labeller = trainer.train(x, y);
  citations::SequenceModel model;
  const auto& w = labeller.get_weights();
  for (long i = 0; i < w.size(); ++i) model.set_weight(static_cast<size_t>(i), w(i));
  model.Finish();
  if (!model.Save(argv[2], &error)) {
    std::fprintf(stderr, "%s: %s\n", argv[0], error.c_str());
    return 1;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("train_reference_model: %zu sequences, C=%g, %.1f s -> %s\n", x.size(), c, seconds,
              argv[2]);
  return 0;
}
