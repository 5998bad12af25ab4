#include "tagger.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "clinical_frame.h"
#include "person_description.h"

namespace vignettes {

std::vector<SentenceScore> ScoreSentences(const Passage& passage, const Weights& weights) {
  std::vector<SentenceScore> out(passage.sentences.size());
  CueDetector detector;
  for (size_t i = 0; i < passage.sentences.size(); ++i) {
    const Sentence& s = passage.sentences[i];
    out[i].found = detector.Detect(passage.TextOf(s));
    out[i].cues = out[i].found.cues;
    out[i].opens_case = out[i].found.opens_case;
    if (passage.blocks[s.block].prose) out[i].probability = Probability(weights, out[i].cues);
  }
  return out;
}

std::vector<Vignette> FindVignettes(const Passage& passage, const Weights& weights,
                                    const SpanOptions& options) {
  std::vector<SentenceScore> scores = ScoreSentences(passage, weights);
  std::vector<SentenceEvidence> evidence;
  FrameCounts frame;
  evidence.reserve(scores.size());
  for (const SentenceScore& s : scores) {
    bool anchor = false;
    for (const CueInfo& info : AllCues()) {
      anchor = anchor || (IsCaseAnchor(info.cue) && At(s.cues, info.cue) > 0);
    }
    SentenceEvidence e;
    e.probability = s.probability;
    e.anchor = anchor;
    e.opens_case = s.opens_case;
    e.comments = At(s.cues, Cue::kCommentary) > 0;
    e.announces = s.found.announces_case;
    e.introduces =
        s.opens_case || At(s.cues, Cue::kIntroduction) > 0 || At(s.cues, Cue::kNamedPerson) > 0;
    e.names = s.found.names;
    e.subject_names = s.found.subject_names;
    e.same_person = s.found.same_person;
    e.hypothetical = At(s.cues, Cue::kHypothetical) > 0;
    e.conditional = At(s.cues, Cue::kConditional) > 0;
    e.scholarly = At(s.cues, Cue::kCitation) > 0 || At(s.cues, Cue::kScholarVerb) > 0;
    evidence.push_back(std::move(e));
    frame.frame_words.push_back(s.found.frame_words);
    frame.text_frame_words += s.found.frame_words;
    frame.text_words += s.found.words;
  }
  std::vector<Vignette> out;
  // The names each vignette's introducing sentences give its person.
  std::vector<std::set<std::string>> introduced;
  for (const SentenceRun& run : DecideSpans(passage, evidence, options)) {
    if (!HasClinicalFrame(run, frame)) continue;
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
    std::set<std::string> own;
    for (size_t k = run.first; k <= run.last; ++k) {
      if (evidence[k].introduces) {
        own.insert(evidence[k].subject_names.begin(), evidence[k].subject_names.end());
      }
    }
    size_t from = run.first > kReturnLookBehind ? run.first - kReturnLookBehind : 0;
    for (size_t k = from; k <= std::min(run.last, run.first + kReturnLookAhead) && !v.returns_to;
         ++k) {
      for (size_t m = 0; m < out.size() && !v.returns_to; ++m) {
        for (const auto* list :
             {&scores[k].found.subject_names, &scores[k].found.patient_of_names}) {
          for (const std::string& n : *list) {
            if (introduced[m].count(n) > 0) v.returns_to = out[m].returns_to.value_or(m);
          }
        }
      }
    }
    introduced.push_back(std::move(own));
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace vignettes
