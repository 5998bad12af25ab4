#include "pack/concept_index.h"

#include <algorithm>
#include <map>

namespace glossator::pack {

std::vector<ConceptEntry> BuildConceptIndex(const std::vector<const ReadingSummary*>& readings) {
  std::map<std::string, ConceptEntry> by_id;
  for (size_t r = 0; r < readings.size(); ++r) {
    for (const TermPlace& t : readings[r]->terms) {
      ConceptEntry& e = by_id[t.category];
      if (e.id.empty()) e.id = t.category;
      if (e.info.label.empty()) {
        auto it = readings[r]->categories.find(t.category);
        if (it != readings[r]->categories.end()) e.info = it->second;
      }
      ++e.occurrences;
      if (e.readings.empty() || e.readings.back().reading != r) e.readings.push_back({r, {}});
      e.readings.back().places.push_back(t);
    }
  }
  std::vector<ConceptEntry> index;
  for (auto& [id, e] : by_id) {
    if (e.info.label.empty()) e.info.label = id;  // a term whose category the header lacks
    std::stable_sort(e.readings.begin(), e.readings.end(),
                     [](const ConceptInReading& a, const ConceptInReading& b) {
                       return a.places.size() > b.places.size();
                     });
    index.push_back(std::move(e));
  }
  std::stable_sort(index.begin(), index.end(), [](const ConceptEntry& a, const ConceptEntry& b) {
    if (a.occurrences != b.occurrences) return a.occurrences > b.occurrences;
    return a.info.label < b.info.label;
  });
  return index;
}

}  // namespace glossator::pack
