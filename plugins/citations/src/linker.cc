#include "linker.h"

#include <algorithm>
#include <string>

#include "text_scan.h"

namespace citations {
namespace {

// "1987a": a year with its suffix as a citation prints it.
bool HasSuffix(const std::string& year) {
  return year.size() == 5 && year[4] >= 'a' && year[4] <= 'z';
}

std::string PrintedYear(const ParsedReference& r) { return r.year.value + r.year_suffix; }

}  // namespace

double LinkScore(const Citation& citation, const std::string& cited_year,
                 const ParsedReference& reference, const LinkOptions& options) {
  if (citation.authors.empty()) return 0;
  // "1912/1958": the entry may be filed under either year.
  size_t slash = cited_year.find('/');
  if (slash != std::string::npos) {
    return std::max(LinkScore(citation, cited_year.substr(0, slash), reference, options),
                    LinkScore(citation, cited_year.substr(slash + 1), reference, options));
  }
  // The year and its suffix.
  std::string year = cited_year, suffix;
  if (year.size() == 5 && year[4] >= 'a' && year[4] <= 'z') {
    suffix = year.substr(4);
    year.resize(4);
  }
  if (year != reference.year.value) return 0;
  double score = 1.0;
  if (suffix != reference.year_suffix) {
    // "1987" for 1987a could be either work; "1987a" for a plain 1987 is a slip.
    score *= suffix.empty() ? 0.9 : 0.8;
  }
  const std::vector<Person>& creators = reference.Creators();
  if (creators.empty()) return 0;
  double first = NameSimilarity(citation.authors[0], creators[0].family, options.names);
  if (first == 0) return 0;
  score *= first;
  // Each co-author cited must be among the entry's other creators.
  for (size_t i = 1; i < citation.authors.size(); ++i) {
    double best = 0;
    for (size_t j = 1; j < creators.size(); ++j) {
      best = std::max(best, NameSimilarity(citation.authors[i], creators[j].family, options.names));
    }
    score *= best > 0 ? best : 0.3;
  }
  size_t cited = citation.authors.size(), listed = creators.size();
  if (citation.et_al) {
    score *= listed >= 3 ? 1.0 : listed == 2 ? 0.95 : 0.6;
  } else if (cited < listed) {
    score *= 0.85;  // co-authors left out in the text
  } else if (cited > listed) {
    score *= 0.5;
  }
  return score;
}

void LinkCitations(const std::vector<ParsedReference>& references, std::vector<Citation>* citations,
                   const LinkOptions& options) {
  for (Citation& c : *citations) {
    c.targets.clear();
    c.link_confidence = 1.0;
    double confidence = 1.0;
    for (const std::string& year : c.years) {
      // A printed suffix ("2007a") is the author's own pointer: when an entry
      // of that first author carries it, only such entries compete, however
      // well another entry's co-authors fit ("Wang and Neumann, 2007a" is
      // 2007a even if 2007c is the one with Neumann).
      bool exact_suffix = false;
      if (HasSuffix(year)) {
        for (const ParsedReference& r : references) {
          exact_suffix =
              exact_suffix || (PrintedYear(r) == year && LinkScore(c, year, r, options) > 0);
        }
      }
      double best = 0, second = 0;
      size_t best_index = 0;
      for (size_t r = 0; r < references.size(); ++r) {
        if (exact_suffix && PrintedYear(references[r]) != year) continue;
        double s = LinkScore(c, year, references[r], options);
        if (s > best) {
          second = best;
          best = s;
          best_index = r;
        } else if (s > second) {
          second = s;
        }
      }
      if (best == 0) continue;
      double link = best;
      if (best - second < options.tie_margin) link *= 0.5;  // two entries fit
      confidence = std::min(confidence, link);
      if (std::find(c.targets.begin(), c.targets.end(), best_index) == c.targets.end()) {
        c.targets.push_back(best_index);
      }
    }
    if (!c.targets.empty()) c.link_confidence = confidence;
  }
}

}  // namespace citations
