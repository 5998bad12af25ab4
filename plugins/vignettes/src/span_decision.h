// Where vignettes start and end: runs of sentences the model scores as
// narrative of a case, across paragraphs while the narrative goes on.
//
// A run begins at a prose sentence whose probability reaches
// continue_threshold, reaching back over the sentences of its paragraph that
// reach extend_threshold or announce the case ("I will give you the history
// of a single one of my cases"), the lead-in of the story. It goes on over the
// following sentences that reach extend_threshold, bridging up to max_gap
// weaker ones, and into the next paragraph only when that paragraph follows
// (no heading between; footnotes are passed over), its first sentence reaches
// extend_threshold, the mean of its sentences reaches continue_threshold, and
// its first sentence does not open a new case. A sentence that opens a new
// case (a person introduced at its start, newly named, or credited to an
// author) ends the run before it, inside a paragraph too: two patients are two
// vignettes. After the run stops, the author's aside is bridged when, within
// kMaxAsideSentences and before any new case, a sentence strong enough to
// continue returns to the run's person: it names a person the run introduced
// at the start of a sentence
// ("Now Dr. Breuer did not deserve this reproach ..." after "Dr. Breuer's
// patient was a girl of twenty-one") or says "the same child".
// No run begins at a sentence that cites or tells an author's ideas ("Her
// companion paper (Tessaro, 1987b) went further"): its she is a scholar.
// A paragraph that opens by commenting on a case ("What this treatment
// illustrates ...") is argument: no run begins or continues in it. A run is a
// vignette when it has at least min_sentences sentences, one of them reaches
// start_threshold, kMinStorySentences are told outright, kMinStorySentences are told outright, one
// holds a case anchor (cues.h: IsCaseAnchor), and their mean probability (its confidence) reaches
// min_confidence.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_SPAN_DECISION_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_SPAN_DECISION_H_

#include <cstddef>
#include <string>
#include <vector>

#include "passage.h"

namespace vignettes {

struct SpanOptions {
  double start_threshold = 0.7;     // Default: 0.7
  double continue_threshold = 0.5;  // Default: 0.5
  double extend_threshold = 0.2;    // Default: 0.2
  double min_confidence = 0.55;     // Default: 0.55
  size_t min_sentences = 2;         // Default: 2
  size_t max_gap = 1;               // Default: 1
};

// Sentences first..last (indices into Passage::sentences, inclusive).
struct SentenceRun {
  size_t first = 0, last = 0;
  double confidence = 0;  // the mean probability of its sentences
};

// What the span decision knows of one sentence.
struct SentenceEvidence {
  double probability = 0;                  // that it belongs to a vignette
  bool anchor = false;                     // it holds a case anchor
  bool opens_case = false;                 // it brings in a new case
  bool comments = false;                   // it comments on a case ("the case illustrates")
  bool announces = false;                  // it announces one case ("one of my cases")
  bool introduces = false;                 // it introduces or names a person
  std::vector<std::string> names;          // the names of people in it
  std::vector<std::string> subject_names;  // those at its start (cues.h)
  bool same_person = false;                // it refers back to one person ("the same child")
  bool hypothetical = false;               // "Suppose that ...": an imagined scene begins
  bool scholarly = false;    // it cites or tells an author's ideas: no story starts there
  bool conditional = false;  // would, might, could: imagined or habitual
};

// The fewest sentences of a vignette that reach continue_threshold without a
// conditional (or min_sentences, when that is fewer): a case is told in more
// than one strong sentence, and an imagined scene ("it would be hailed with
// delight ... He would speak with the rowdy") in the conditional.
constexpr size_t kMinStorySentences = 2;

// The longest aside (in sentences) a vignette bridges: Freud's three
// paragraphs on how doctors see hystericals, inside the story of Breuer's
// patient, are about twenty; a section of argument is longer.
constexpr size_t kMaxAsideSentences = 25;
// The most sentences announcing the case a run reaches back over.
constexpr size_t kMaxAnnouncementSentences = 2;

// evidence[i] belongs to passage.sentences[i].
std::vector<SentenceRun> DecideSpans(const Passage& passage,
                                     const std::vector<SentenceEvidence>& evidence,
                                     const SpanOptions& options);

struct TextRange {
  size_t begin = 0, end = 0;
};

// The text a run covers: from its first sentence's start to its last
// sentence's end, or from its first block's start to its last block's end
// when it covers those blocks whole (so that a stand-off span can point to the
// paragraphs' ids).
TextRange RangeOf(const Passage& passage, const SentenceRun& run);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_SPAN_DECISION_H_
