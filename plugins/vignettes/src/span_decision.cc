#include "span_decision.h"

#include <algorithm>

namespace vignettes {

std::vector<SentenceRun> DecideSpans(const Passage& passage,
                                     const std::vector<SentenceEvidence>& evidence,
                                     const SpanOptions& options) {
  const std::vector<Sentence>& s = passage.sentences;
  auto prose = [&](size_t i) { return passage.blocks[s[i].block].prose; };
  auto p = [&](size_t i) { return evidence[i].probability; };
  std::vector<SentenceRun> runs;
  size_t floor = 0;  // the first sentence not yet in a run
  size_t i = 0;
  // Whether the paragraph of sentence i opens with commentary on a case.
  auto commentary = [&](size_t at) {
    size_t k = at;
    while (k > 0 && s[k - 1].block == s[at].block) --k;
    return evidence[k].comments;
  };
  // Whether the paragraph starting at sentence j goes on with the story.
  auto continues = [&](size_t j) {
    if (p(j) < options.extend_threshold || evidence[j].opens_case || evidence[j].comments) {
      return false;
    }
    double sum = 0;
    size_t n = 0;
    for (size_t k = j; k < s.size() && s[k].block == s[j].block; ++k, ++n) sum += p(k);
    return sum / static_cast<double>(n) >= options.continue_threshold;
  };
  while (i < s.size()) {
    if (!prose(i) || p(i) < options.continue_threshold || commentary(i)) {
      ++i;
      continue;
    }
    // Back over the weaker sentences of the story that lead up to it.
    size_t first = i;
    while (first > floor && s[first - 1].block == s[i].block &&
           p(first - 1) >= options.extend_threshold) {
      --first;
    }
    // And over a whole lead-in paragraph just before, when the run begins its
    // own paragraph: "The session I still think about ..." before the client
    // is described.
    if (first == i && first > floor && (first == 0 || s[first - 1].block != s[i].block)) {
      size_t k = first;
      while (k > floor && s[k - 1].block + 1 == s[i].block && prose(k - 1) &&
             p(k - 1) >= options.extend_threshold) {
        --k;
      }
      bool whole = k < first && (k == 0 || s[k - 1].block != s[k].block);
      if (whole && !evidence[k].comments) first = k;
    }
    size_t last = i, gap = 0;
    for (size_t j = i + 1; j < s.size() && prose(j); ++j) {
      if (s[j].block != s[j - 1].block) {
        // A new paragraph: only straight after the last one, and only when
        // the story goes on in it.
        bool adjacent = s[j].block == s[j - 1].block + 1;
        if (!adjacent || gap > 0 || !continues(j)) break;
      }
      if (p(j) >= options.extend_threshold) {
        last = j;
        gap = 0;
      } else if (++gap > options.max_gap) {
        break;
      }
    }
    double sum = 0, best = 0;
    bool anchor = false;
    for (size_t k = first; k <= last; ++k) {
      sum += p(k);
      best = std::max(best, p(k));
      anchor = anchor || evidence[k].anchor;
    }
    size_t count = last - first + 1;
    double mean = sum / static_cast<double>(count);
    if (count >= options.min_sentences && best >= options.start_threshold && anchor &&
        mean >= options.min_confidence) {
      runs.push_back({first, last, mean});
    }
    i = last + 1;
    floor = i;
  }
  return runs;
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
