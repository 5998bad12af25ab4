// sequence_features: a reference string as the learned labeller sees it:
// tokens (words and signs, LabelPieces), each with hashed features of itself and its
// neighbours (lower-cased word, shape, punctuation at its ends, a year, an
// initial, a month, its place in the string, how many sentences and whether
// a year came before it). The trainer (tools/) and the plugin share this
// file, so that a model is read with the features it was trained on.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_SEQUENCE_FEATURES_H_
#define GLOSSATOR_CITATIONS_SEQUENCE_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text_scan.h"

namespace citations {

// The labels, one per field of a reference (AnyStyle's fields, journal and
// container-title as one); kOtherField for the rest (numbers, notes, URLs).
enum FieldLabel : uint32_t {
  kOtherField,
  kAuthorField,
  kEditorField,
  kDateField,
  kTitleField,
  kContainerField,
  kCollectionField,
  kVolumeField,
  kPagesField,
  kPublisherField,
  kLocationField,
  kFieldLabelCount
};

// The label of an AnyStyle tag ("journal" -> kContainerField).
FieldLabel FieldLabelOf(std::string_view anystyle_tag);

// Features are hashed into this many buckets.
constexpr uint32_t kFeatureBuckets = 1u << 16;
// Changes whenever the features change, so that an old model is refused.
constexpr int kFeatureVersion = 2;

struct LabelToken {
  Span span;                       // in the string given to Tokenize
  std::vector<uint32_t> features;  // each < kFeatureBuckets
};

// The pieces the labeller labels: text[span] split at white space, and each
// run of non-space split into words and signs, so that a field boundary
// printed without a space ("12(3):45-67", "Lett.100", "(2008)012301") falls
// between pieces. A word keeps its inner full stops, slashes, dashes and
// apostrophes ("U.S.", "10.1000/x", "45-67", "O'Brien") and an abbreviation's
// final full stop ("Phys."); a full stop between a letter and a digit ends
// the word before it, and so does a digit after a letter ("B303": a
// journal's series letter, then its volume); every other sign is a piece of
// its own.
std::vector<Span> LabelPieces(std::string_view text, Span span);

// The tokens of text[span] (its LabelPieces) with their features.
std::vector<LabelToken> TokenizeForLabelling(std::string_view text, Span span);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_SEQUENCE_FEATURES_H_
