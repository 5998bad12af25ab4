// certainty: the @cert a concept tag carries, by the evidence for its sense.
//
// Each value is the precision measured for that kind of tag on the real-PDF
// gold (tests/gold/real/concepts/, the reliability table in README.md), so
// that a tag at 0.8 is right about four times in five. Re-measure with
// tests/real_gold/evaluate.py --reliability when the thesaurus or the rules
// change.
#ifndef GLOSSATOR_CONCEPTS_CERTAINTY_H_
#define GLOSSATOR_CONCEPTS_CERTAINTY_H_

namespace concepts {

// A label without an everyday sense.
inline constexpr double kCertUnambiguous = 0.95;
// An ambiguous label with a cue of its rule in its window.
inline constexpr double kCertCued = 0.85;
// An ambiguous label inside quotation marks, without a cue.
inline constexpr double kCertQuoted = 0.7;
// An ambiguous label without a cue, in a document that uses the same label
// with a cue (one sense per discourse): kCertDiscourseNear beside that
// mention, falling linearly to kCertDiscourseFar at kDiscourseReachWords
// words from it; farther, the mention is dropped.
inline constexpr double kCertDiscourseNear = 0.7;
inline constexpr double kCertDiscourseFar = 0.5;
inline constexpr double kDiscourseReachWords = 5000;

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_CERTAINTY_H_
