// certainty: the @cert a concept tag carries, by the evidence for its sense.
//
// Each value is the precision measured for that kind of tag on the texts of
// the real-PDF gold whose every tag is judged (tests/gold/real/concepts/:
// cermine_example1, freud-future-prospects, papaja_vignette, through
// glossator annotate with all shipped plugins, reference lists left out;
// the reliability table in README.md), so that a tag at 0.93 is right about
// 93 times in 100. Re-measure with tests/real_gold/evaluate.py
// --reliability when the thesaurus or the rules change.
#ifndef GLOSSATOR_CONCEPTS_CERTAINTY_H_
#define GLOSSATOR_CONCEPTS_CERTAINTY_H_

namespace concepts {

// A label without an everyday sense: 225 of 237 right (0.949).
inline constexpr double kCertUnambiguous = 0.95;
// An ambiguous label with a cue of its rule in its window: 15 of 15 right
// (few: 0.95 rather than 1).
inline constexpr double kCertCued = 0.95;
// An ambiguous label inside quotation marks, without a cue: 0 of 1 right;
// too few to measure, set below the rest.
inline constexpr double kCertQuoted = 0.6;
// An ambiguous label without a cue, in a document that uses the same label
// with a cue (one sense per discourse): kCertDiscourseNear beside that
// mention, falling linearly to kCertDiscourseFar at kDiscourseReachWords
// words from it; farther, the mention is dropped. Measured: 41 of 44 right
// (0.93), all of them within 2,500 words of their confirmed mention; the
// fall with distance is a prior, too few tags to measure it.
inline constexpr double kCertDiscourseNear = 0.93;
inline constexpr double kCertDiscourseFar = 0.85;
inline constexpr double kDiscourseReachWords = 5000;

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_CERTAINTY_H_
