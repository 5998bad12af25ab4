// train_reference_model: trains the citations plugin's reference labeller
// (sequence_model.h) with dlib's structural SVM sequence labelling trainer
// and writes the model file the plugin reads, with a line of digests beside
// it (OUT.digest: the training's inputs and the model's bytes) that the test
// CommittedModel.IsTheTrainingOfItsInputs checks the committed model against.
//
//   train_reference_model CORE.xml OUT.model [--grobid DIR HELD_OUT_LIST]
//                         [--c C] [--hold-out-fifth]
//
// The data: AnyStyle's core dataset CORE.xml, and with --grobid the GROBID
// citation files of DIR not listed in HELD_OUT_LIST (training_set.h). C
// (default 300) was chosen on a held-out fifth of AnyStyle's core dataset
// (every fifth sequence; --hold-out-fifth trains without it, to measure on
// it): field accuracy 0.851 / 0.889 / 0.913 / 0.892 there for C = 30 / 100 /
// 300 / 1000 (author-year subset, reference_method_bench). Never run on
// AnyStyle's gold dataset nor on GROBID's held-out fifth. Run by hand; the
// model is committed as data (data/reference_model.txt, README.md).
#include <dlib/svm_threaded.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "sequence_features.h"
#include "sequence_model.h"
#include "training_set.h"

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
    std::fprintf(stderr,
                 "usage: %s CORE.xml OUT.model [--grobid DIR HELD_OUT_LIST] [--c C] "
                 "[--hold-out-fifth]\n",
                 argv[0]);
    return 2;
  }
  citations::testing::TrainingSettings settings;
  bool hold_out = false;
  std::string grobid_dir, held_out_list;
  for (int i = 3; i < argc; ++i) {
    if (std::strcmp(argv[i], "--c") == 0 && i + 1 < argc) {
      settings.c = std::atof(argv[++i]);
    } else if (std::strcmp(argv[i], "--hold-out-fifth") == 0) {
      hold_out = true;
    } else if (std::strcmp(argv[i], "--grobid") == 0 && i + 2 < argc) {
      grobid_dir = argv[++i];
      held_out_list = argv[++i];
    } else {
      std::fprintf(stderr, "%s: unknown option %s\n", argv[0], argv[i]);
      return 2;
    }
  }
  std::string error;
  citations::testing::TrainingSet set =
      citations::testing::BuildTrainingSet(argv[1], grobid_dir, held_out_list, hold_out, &error);
  if (!error.empty() || set.x.empty()) {
    std::fprintf(stderr, "%s: %s\n", argv[0], error.empty() ? "no sequences" : error.c_str());
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  dlib::structural_sequence_labeling_trainer<Features> trainer;
  trainer.set_c(settings.c);
  trainer.set_num_threads(2);
  trainer.set_epsilon(settings.epsilon);
  dlib::sequence_labeler<Features> labeller = trainer.train(set.x, set.y);
  citations::SequenceModel model;
  const auto& w = labeller.get_weights();
  for (long i = 0; i < w.size(); ++i) model.set_weight(static_cast<size_t>(i), w(i));
  model.Finish();
  const std::string out = argv[2];
  if (!model.Save(out, &error)) {
    std::fprintf(stderr, "%s: %s\n", argv[0], error.c_str());
    return 1;
  }
  std::ofstream digest(out + ".digest");
  digest << citations::testing::DigestLine(citations::testing::TrainingDigest(set, settings),
                                           citations::testing::FileDigest(out))
         << "\n";
  digest.close();
  if (!digest) {
    std::fprintf(stderr, "%s: %s.digest: cannot be written\n", argv[0], out.c_str());
    return 1;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "train_reference_model: %zu sequences (%zu AnyStyle, %zu GROBID), C=%g, %.1f s -> %s\n",
      set.x.size(), set.anystyle, set.grobid, settings.c, seconds, out.c_str());
  return 0;
}
