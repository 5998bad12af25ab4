#include "document_tagger.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "certainty.h"

namespace concepts {

bool InField(size_t words, size_t unambiguous_mentions, size_t distinct_concepts) {
  if (words == 0) return false;
  double per_10k = 10000.0 * static_cast<double>(unambiguous_mentions) / static_cast<double>(words);
  return per_10k >= kMinUnambiguousPer10kWords && distinct_concepts >= kMinDistinctConcepts;
}

std::vector<DocumentTag> DocumentTagger::Tag(const std::vector<std::string_view>& blocks,
                                             FieldEvidence* field, bool assume_in_field) {
  struct Found {
    size_t block;
    uint64_t position;  // in words from the document's start
    Mention mention;
  };
  std::vector<Found> found;
  uint64_t words = 0;
  for (size_t b = 0; b < blocks.size(); ++b) {
    for (const Mention& m : matcher_.Match(blocks[b])) found.push_back({b, words + m.token, m});
    words += matcher_.last_token_count();
  }

  FieldEvidence seen;
  seen.words = words;
  std::unordered_set<uint32_t> distinct;
  for (const Found& f : found) {
    if (f.mention.evidence != Evidence::kUnambiguous) continue;
    ++seen.unambiguous;
    distinct.insert(f.mention.category);
  }
  seen.distinct = distinct.size();
  seen.in_field = assume_in_field || InField(seen.words, seen.unambiguous, seen.distinct);
  if (field) *field = seen;

  // Per label, the positions of its confirmed mentions (in order): with a
  // cue, or inside a longer label of its category ("holding" in "holding
  // environment").
  std::vector<std::vector<uint64_t>> cued(matcher_.labels().size());
  for (const Found& f : found) {
    const Mention& m = f.mention;
    if (m.evidence == Evidence::kCue) cued[m.label].push_back(f.position);
    if (m.evidence == Evidence::kCue || m.evidence == Evidence::kUnambiguous) {
      for (uint32_t inner : matcher_.confirms(m.label)) cued[inner].push_back(f.position);
    }
  }
  auto nearest = [&](uint32_t label, uint64_t at) {
    const std::vector<uint64_t>& p = cued[label];
    double best = INFINITY;
    auto it = std::lower_bound(p.begin(), p.end(), at);
    if (it != p.end()) best = static_cast<double>(*it - at);
    if (it != p.begin()) best = std::min(best, static_cast<double>(at - *(it - 1)));
    return best;
  };

  std::vector<DocumentTag> out;
  for (const Found& f : found) {
    const Mention& m = f.mention;
    double cert = 0;
    switch (m.evidence) {
      case Evidence::kUnambiguous:
        cert = kCertUnambiguous;
        break;
      case Evidence::kCue:
        cert = kCertCued;
        break;
      case Evidence::kQuoted:
        if (seen.in_field) cert = kCertQuoted;
        break;
      case Evidence::kNone:
        if (seen.in_field) {
          double d = nearest(m.label, f.position);
          if (d <= kDiscourseReachWords) {
            cert = kCertDiscourseNear -
                   (kCertDiscourseNear - kCertDiscourseFar) * d / kDiscourseReachWords;
          }
        }
        break;
    }
    if (cert > 0) out.push_back({f.block, m.begin, m.end, m.category, cert, m.evidence});
  }
  return out;
}

}  // namespace concepts
