// The clinical frame a vignette needs: a story of one person is a case only
// when a treatment or consultation is spoken of in it or around it
// (lexicon::IsClinicalFrameWord: patient, analysis, session, symptom,
// hysteria, ...; a consultation told, "came to see me"), in a text that
// speaks of treatment throughout. A novel's, a biography's or a history's
// people are told in the same past tense, with the same he and she, but a
// word of treatment comes up there by chance (Boswell's Johnson consults a
// physician once in fifteen thousand words).
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_CLINICAL_FRAME_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_CLINICAL_FRAME_H_

#include <cstddef>
#include <vector>

#include "span_decision.h"

namespace vignettes {

// The fewest frame words in a vignette and the sentences around it.
constexpr size_t kMinFrameWords = 1;
// How many sentences before and after a vignette count as around it.
constexpr size_t kFrameWindowSentences = 5;
// The fewest frame words per thousand words of the whole text: the case texts
// and our readings hold ten and more; the controls' novel, biography,
// science and philosophy under one.
constexpr double kMinFrameWordsPerThousand = 3.0;

struct FrameCounts {
  std::vector<size_t> frame_words;  // per sentence
  size_t text_frame_words = 0, text_words = 0;
};

bool HasClinicalFrame(const SentenceRun& run, const FrameCounts& counts);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_CLINICAL_FRAME_H_
