// The pack's concept index: every concept the readings mention, with its
// label, definition and broader concept, and for each reading the places
// (page and element) where it occurs; concepts most frequent first.
//
// Thread safety: BuildConceptIndex keeps no state.
#ifndef GLOSSATOR_PACK_CONCEPT_INDEX_H_
#define GLOSSATOR_PACK_CONCEPT_INDEX_H_

#include <string>
#include <vector>

#include "pack/reading_summary.h"

namespace glossator::pack {

struct ConceptInReading {
  size_t reading = 0;             // index into the readings given
  std::vector<TermPlace> places;  // in reading order
};

struct ConceptEntry {
  std::string id;  // the category's xml:id: "c.transference"
  CategoryInfo info;
  size_t occurrences = 0;                  // over the whole pack
  std::vector<ConceptInReading> readings;  // most occurrences first, then reading order
};

// The concepts of the readings' <term>s, most occurrences first, then by label.
// A concept's label, gloss and broader concept come from the first reading
// whose taxonomy describes it.
std::vector<ConceptEntry> BuildConceptIndex(const std::vector<const ReadingSummary*>& readings);

}  // namespace glossator::pack

#endif  // GLOSSATOR_PACK_CONCEPT_INDEX_H_
