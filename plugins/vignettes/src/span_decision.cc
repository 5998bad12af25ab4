#include "span_decision.h"

#include <algorithm>
#include <set>

namespace vignettes {
namespace {

class Decider {
 public:
  Decider(const Passage& passage, const std::vector<SentenceEvidence>& evidence,
          const SpanOptions& options)
      : s_(passage.sentences), blocks_(passage.blocks), e_(evidence), o_(options) {}

  std::vector<SentenceRun> Run();

 private:
  bool Prose(size_t i) const { return blocks_[s_[i].block].prose; }
  bool Note(size_t i) const { return blocks_[s_[i].block].note; }
  double P(size_t i) const { return e_[i].probability; }
  // Whether the paragraph of sentence i opens with commentary on a case.
  bool Commentary(size_t i) const { return e_[FirstOfBlock(i)].comments; }
  size_t FirstOfBlock(size_t i) const {
    while (i > 0 && s_[i - 1].block == s_[i].block) --i;
    return i;
  }
  // Whether only footnotes lie between the blocks of prose sentences a < b.
  bool Follows(size_t a, size_t b) const {
    for (size_t k = s_[a].block + 1; k < s_[b].block; ++k) {
      if (!blocks_[k].note) return false;
    }
    return true;
  }
  // Whether sentence i ends any story before it: a hypothetical ("Suppose
  // that here in this hall ...") or a comment on the case.
  bool Ends(size_t i) const { return e_[i].hypothetical || e_[i].comments; }
  // Whether the paragraph starting at sentence j goes on with the story.
  bool Continues(size_t j) const;
  size_t ReachBack(size_t i) const;
  // The last sentence of the story from sentence i on.
  size_t Extend(size_t i) const;
  // A sentence after last, within an aside, that returns to the person of
  // the run first..last; npos when there is none.
  size_t Resumption(size_t first, size_t last) const;

  const std::vector<Sentence>& s_;
  const std::vector<Block>& blocks_;
  const std::vector<SentenceEvidence>& e_;
  const SpanOptions& o_;
  size_t floor_ = 0;  // the first sentence not yet in a run
};

constexpr size_t kNpos = static_cast<size_t>(-1);

bool Decider::Continues(size_t j) const {
  if (P(j) < o_.extend_threshold || e_[j].opens_case || e_[j].comments) return false;
  double sum = 0;
  size_t n = 0;
  for (size_t k = j; k < s_.size() && s_[k].block == s_[j].block; ++k, ++n) sum += P(k);
  return sum / static_cast<double>(n) >= o_.continue_threshold;
}

size_t Decider::ReachBack(size_t i) const {
  // Back over the weaker sentences of the story that lead up to it, unless it
  // introduces its person itself ("Dr. Breuer's patient was a girl of
  // twenty-one" starts her story; what comes before is the lecture's).
  size_t first = i;
  while (!e_[i].introduces && first > floor_ && s_[first - 1].block == s_[i].block &&
         P(first - 1) >= o_.extend_threshold && !Ends(first - 1)) {
    --first;
  }
  // Over the sentences that announce this case ("I will give you the history
  // of a single one of my cases. ... It is that of a young girl").
  for (size_t k = first, n = 0;
       k > floor_ && n < kMaxAnnouncementSentences && s_[k - 1].block == s_[i].block; --k, ++n) {
    if (e_[k - 1].announces) first = k - 1;
  }
  // And over a whole lead-in paragraph just before, when the run begins its
  // own paragraph: "The session I still think about ..." before the client
  // is described.
  if (first == i && first > floor_ && s_[first - 1].block != s_[i].block) {
    size_t k = first;
    while (k > floor_ && s_[k - 1].block + 1 == s_[i].block && Prose(k - 1) &&
           P(k - 1) >= o_.extend_threshold) {
      --k;
    }
    bool whole = k < first && (k == 0 || s_[k - 1].block != s_[k].block);
    if (whole && !e_[k].comments) first = k;
  }
  return first;
}

size_t Decider::Extend(size_t i) const {
  size_t last = i, gap = 0, previous = i;
  for (size_t j = i + 1; j < s_.size(); ++j) {
    if (!Prose(j)) {
      if (Note(j)) continue;  // a footnote interrupts no story
      break;
    }
    // Another patient: a vignette of their own; an imagined scene or a
    // comment on the case: the story is over.
    if (e_[j].opens_case || Ends(j)) break;
    if (s_[j].block != s_[previous].block) {
      // A new paragraph: only straight after the last one, and only when the
      // story goes on in it.
      if (!Follows(previous, j) || gap > 0 || !Continues(j)) break;
    }
    previous = j;
    if (P(j) >= o_.extend_threshold) {
      last = j;
      gap = 0;
    } else if (++gap > o_.max_gap) {
      break;
    }
  }
  return last;
}

size_t Decider::Resumption(size_t first, size_t last) const {
  std::set<std::string> names;
  for (size_t k = first; k <= last; ++k) {
    if (e_[k].introduces) names.insert(e_[k].subject_names.begin(), e_[k].subject_names.end());
  }
  for (size_t j = last + 1, seen = 0; j < s_.size() && seen < kMaxAsideSentences; ++j) {
    if (!Prose(j)) {
      if (Note(j)) continue;
      return kNpos;  // a heading: the section is over
    }
    ++seen;
    if (e_[j].opens_case) return kNpos;  // another case before any return
    bool returns =
        e_[j].same_person || std::any_of(e_[j].names.begin(), e_[j].names.end(),
                                         [&](const std::string& n) { return names.count(n) > 0; });
    if (returns && P(j) >= o_.continue_threshold && !e_[j].comments) return j;
  }
  return kNpos;
}

std::vector<SentenceRun> Decider::Run() {
  std::vector<SentenceRun> runs;
  size_t i = 0;
  while (i < s_.size()) {
    if (!Prose(i) || P(i) < o_.continue_threshold || Commentary(i) || e_[i].scholarly ||
        e_[i].hypothetical) {
      ++i;
      continue;
    }
    size_t first = ReachBack(i);
    // The story's parts: the run, and each return to its person after an aside.
    std::vector<std::pair<size_t, size_t>> parts{{first, Extend(i)}};
    for (size_t back = Resumption(first, parts.back().second); back != kNpos;
         back = Resumption(first, parts.back().second)) {
      parts.emplace_back(back, Extend(back));
    }
    size_t last = parts.back().second;
    // The evidence is that of the story told, not of the asides bridged nor of
    // the weaker sentences after its last strong one (where the text has
    // already turned back to the argument).
    double sum = 0, best = 0;
    bool anchor = false;
    size_t count = 0, strong_last = kNpos, story = 0;
    for (const auto& [a, b] : parts) {
      for (size_t k = a; k <= b; ++k) {
        if (!Prose(k) || P(k) < o_.continue_threshold) continue;
        strong_last = k;
        if (!e_[k].conditional) ++story;
      }
    }
    for (const auto& [a, b] : parts) {
      for (size_t k = a; k <= b; ++k) {
        if (!Prose(k)) continue;
        ++count;
        anchor = anchor || e_[k].anchor;
        best = std::max(best, P(k));
      }
      for (size_t k = a; k <= std::min(b, strong_last); ++k) {
        if (Prose(k)) sum += P(k);
      }
    }
    size_t core = 0;
    for (const auto& [a, b] : parts) {
      for (size_t k = a; k <= std::min(b, strong_last); ++k) core += Prose(k) ? 1 : 0;
    }
    double mean = core == 0 ? 0.0 : sum / static_cast<double>(core);
    if (count >= o_.min_sentences && story >= std::min(kMinStorySentences, o_.min_sentences) &&
        best >= o_.start_threshold && anchor && mean >= o_.min_confidence) {
      runs.push_back({first, last, mean});
    }
    i = last + 1;
    floor_ = i;
  }
  return runs;
}

}  // namespace

std::vector<SentenceRun> DecideSpans(const Passage& passage,
                                     const std::vector<SentenceEvidence>& evidence,
                                     const SpanOptions& options) {
  return Decider(passage, evidence, options).Run();
}

TextRange RangeOf(const Passage& passage, const SentenceRun& run) {
  const Sentence& first = passage.sentences[run.first];
  const Sentence& last = passage.sentences[run.last];
  TextRange range{first.begin, last.end};
  bool starts_block = run.first == 0 || passage.sentences[run.first - 1].block != first.block;
  bool ends_block = run.last + 1 == passage.sentences.size() ||
                    passage.sentences[run.last + 1].block != last.block;
  if (starts_block && ends_block) {
    range.begin = passage.blocks[first.block].begin;
    range.end = passage.blocks[last.block].end;
  }
  return range;
}

}  // namespace vignettes
