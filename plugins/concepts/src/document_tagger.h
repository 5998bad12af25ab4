// document_tagger: which of a document's matches become tags, and their @cert.
//
// The matcher judges each block alone; the document decides the rest:
//
// 1. The field gate. A reading about psychology or psychotherapy uses the
//    field's unambiguous labels densely and many different ones. A document
//    is taken to be in the field when it has at least
//    kMinUnambiguousPer10kWords unambiguous mentions per 10,000 words and at
//    least kMinDistinctConcepts distinct concepts among them. A document
//    that is not (a computing paper, a novel, a physics text) gets only the
//    unambiguous tags and the ambiguous ones confirmed by a cue in their own
//    window: no quotation-mark rescue, no one sense per discourse, which
//    would spread an everyday sense ("object" in a paper on object-oriented
//    design) over the whole text.
// 2. One sense per discourse (in the field only). An ambiguous mention
//    without a cue counts when the same label (not merely the same concept)
//    is confirmed within kDiscourseReachWords words of it, its @cert falling
//    with the distance (certainty.h). Confirmed: by a cue, or as part of a
//    longer label of its category ("holding" by "holding environment",
//    "rupture" by "alliance rupture": Matcher::confirms).
// 3. @cert by evidence (certainty.h).
//
// Thread safety: as the Matcher's (one per thread).
#ifndef GLOSSATOR_CONCEPTS_DOCUMENT_TAGGER_H_
#define GLOSSATOR_CONCEPTS_DOCUMENT_TAGGER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "matcher.h"

namespace concepts {

inline constexpr double kMinUnambiguousPer10kWords = 30;
inline constexpr size_t kMinDistinctConcepts = 3;

struct DocumentTag {
  size_t block;         // index into the blocks given
  uint32_t begin, end;  // byte offsets into that block
  uint32_t category;    // index into Thesaurus::categories()
  double cert;
  Evidence evidence;
};

// What the field gate saw.
struct FieldEvidence {
  size_t words = 0;
  size_t unambiguous = 0;  // mentions of unambiguous labels
  size_t distinct = 0;     // concepts among them
  bool in_field = false;
};

class DocumentTagger {
 public:
  explicit DocumentTagger(Matcher& matcher) : matcher_(matcher) {}

  // The tags of a document of blocks, in block and text order. With
  // assume_in_field the gate is open whatever the counts (a caller that
  // knows the document is a reading of the field; the tests' short texts).
  std::vector<DocumentTag> Tag(const std::vector<std::string_view>& blocks,
                               FieldEvidence* field = nullptr, bool assume_in_field = false);

 private:
  Matcher& matcher_;
};

// The gate's decision on counts (for the README's and the tests' sake).
bool InField(size_t words, size_t unambiguous_mentions, size_t distinct_concepts);

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_DOCUMENT_TAGGER_H_
