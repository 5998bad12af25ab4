// training_set: the labelled token sequences the reference labeller is
// trained on, built the same way by the trainer (tools/train_reference_model)
// and by the test that checks the shipped model is the training's
// (CommittedModel.IsTheTrainingOfItsInputs): AnyStyle's core dataset and the
// tuning four fifths of GROBID's citation files (never the held-out fifth
// listed in data/held_out/grobid-citation.txt), tokens and features of
// sequence_features.h, a token labelled with the field of its first
// character that lies in a field (other when none does).
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_TESTS_TRAINING_SET_H_
#define GLOSSATOR_CITATIONS_TESTS_TRAINING_SET_H_

#include <cstdint>
#include <string>
#include <vector>

#include "anystyle_dataset.h"
#include "sequence_features.h"

namespace citations::testing {

// The trainer's settings, part of what a model is the training of.
struct TrainingSettings {
  double c = 300;        // structural SVM C, chosen on AnyStyle's core (README.md)
  double epsilon = 0.5;  // the solver's stopping tolerance
};

struct TrainingSet {
  std::vector<std::vector<LabelToken>> x;
  std::vector<std::vector<unsigned long>> y;
  size_t anystyle = 0, grobid = 0;  // sequences from each source
};

// The labels of one sequence's tokens.
std::vector<unsigned long> TokenLabels(const AnyStyleSequence& sequence,
                                       const std::vector<LabelToken>& tokens);

// The training set: AnyStyle's core at anystyle_path (every fifth sequence
// left out when hold_out_fifth, to measure on it), and GROBID's files in
// grobid_dir not in held_out_list (none when grobid_dir is ""). On failure
// it is empty and *error says why.
TrainingSet BuildTrainingSet(const std::string& anystyle_path, const std::string& grobid_dir,
                             const std::string& held_out_list, bool hold_out_fifth,
                             std::string* error);

// A 64-bit FNV-1a digest of everything the trainer consumes: the features
// and labels of every token in order and the settings: what a training is
// made of. (Whether dlib's two-thread solver gives bit-identical weights for
// one digest was not checked; the test compares inputs, not retrained weights.)
uint64_t TrainingDigest(const TrainingSet& set, const TrainingSettings& settings);

// The FNV-1a digest of a file's bytes; 0 when it cannot be read.
uint64_t FileDigest(const std::string& path);

// "inputs=HEX model=HEX": the line the trainer writes beside a model.
std::string DigestLine(uint64_t inputs, uint64_t model);

}  // namespace citations::testing

#endif  // GLOSSATOR_CITATIONS_TESTS_TRAINING_SET_H_
