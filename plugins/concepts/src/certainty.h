// certainty: the @cert a concept tag carries, by the evidence for its sense.
//
// Each value is the precision measured for that kind of tag on the texts of
// the real-PDF gold whose every tag is judged (tests/gold/real/concepts/:
// cermine_example1, freud-future-prospects, papaja_vignette; the
// reliability table in README.md), so that a tag at 0.85 is right about
// 85 times in 100. Re-measure with tests/real_gold/evaluate.py
// --reliability when the thesaurus or the rules change.
#ifndef GLOSSATOR_CONCEPTS_CERTAINTY_H_
#define GLOSSATOR_CONCEPTS_CERTAINTY_H_

namespace concepts {

// A label without an everyday sense: 205 of 240 right.
inline constexpr double kCertUnambiguous = 0.85;
// An ambiguous label with a cue of its rule in its window: 10 of 10 right
// (few: 0.9 rather than 1).
inline constexpr double kCertCued = 0.9;
// An ambiguous label inside quotation marks, without a cue: none in the
// judged texts; below a cued one, as the quotation marks may be a title's.
inline constexpr double kCertQuoted = 0.7;
// An ambiguous label without a cue, in a document that uses the same label
// with a cue (one sense per discourse): kCertDiscourseNear beside that
// mention, falling linearly to kCertDiscourseFar at kDiscourseReachWords
// words from it; farther, the mention is dropped. Measured: 30 of 35 right
// (0.86) over the whole range; the fall with distance is a prior, too few
// tags to measure it.
inline constexpr double kCertDiscourseNear = 0.85;
inline constexpr double kCertDiscourseFar = 0.75;
inline constexpr double kDiscourseReachWords = 5000;

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_CERTAINTY_H_
