#include "tagger.h"

#include <algorithm>
#include <utility>

#include "person_description.h"

namespace vignettes {

std::vector<SentenceScore> ScoreSentences(const Passage& passage, const Weights& weights) {
  std::vector<SentenceScore> out(passage.sentences.size());
  CueDetector detector;
  for (size_t i = 0; i < passage.sentences.size(); ++i) {
    const Sentence& s = passage.sentences[i];
    SentenceCues found = detector.Detect(passage.TextOf(s));
    out[i].cues = found.cues;
    out[i].opens_case = found.opens_case;
    if (passage.blocks[s.block].prose) out[i].probability = Probability(weights, out[i].cues);
  }
  return out;
}

std::vector<Vignette> FindVignettes(const Passage& passage, const Weights& weights,
                                    const SpanOptions& options) {
  std::vector<SentenceScore> scores = ScoreSentences(passage, weights);
  std::vector<SentenceEvidence> evidence;
  evidence.reserve(scores.size());
  for (const SentenceScore& s : scores) {
    bool anchor = false;
    for (const CueInfo& info : AllCues()) {
      anchor = anchor || (IsCaseAnchor(info.cue) && At(s.cues, info.cue) > 0);
    }
    evidence.push_back({s.probability, anchor, s.opens_case, At(s.cues, Cue::kCommentary) > 0});
  }

  std::vector<Vignette> out;
  for (const SentenceRun& run : DecideSpans(passage, evidence, options)) {
    Vignette v;
    v.run = run;
    v.range = RangeOf(passage, run);
    // Each cue's weight times its values over the run: those above zero fired for it.
    std::vector<std::pair<double, Cue>> contributions;
    for (const CueInfo& info : AllCues()) {
      size_t c = static_cast<size_t>(info.cue);
      if (!info.for_vignette || weights.cue[c] <= 0) continue;
      double sum = 0;
      for (size_t k = run.first; k <= run.last; ++k) sum += weights.cue[c] * scores[k].cues[c];
      if (sum > 0) contributions.emplace_back(sum, info.cue);
    }
    std::stable_sort(contributions.begin(), contributions.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [sum, cue] : contributions) v.cues.push_back(cue);
    v.person = FindPersonDescription(passage, run);
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace vignettes
