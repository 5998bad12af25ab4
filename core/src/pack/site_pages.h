// The pack-wide pages of the site: index.html (the course), bibliography.html
// (the merged works and the readings citing each), concepts.html (the concept
// index) and vignettes.html (the case material, by reading). Links go to
// readings/ID.html#ELEMENT, the reading pages' ids being the TEI's xml:ids.
//
// Thread safety: the functions only read their arguments.
#ifndef GLOSSATOR_PACK_SITE_PAGES_H_
#define GLOSSATOR_PACK_SITE_PAGES_H_

#include <string>
#include <vector>

#include "pack/bibliography_merge.h"
#include "pack/concept_index.h"
#include "pack/reading_summary.h"

namespace glossator::pack {

// A reading as the pack-wide pages show it.
struct SiteReading {
  std::string id, title, authors, week;
  std::string failure;                      // why it is not in the pack ("" when it is)
  const ReadingSummary* summary = nullptr;  // null when it failed
};

std::string RenderIndexPage(const std::string& course, const std::vector<SiteReading>& readings);
// works' Citing::reading indexes readings.
std::string RenderBibliographyPage(const std::string& course,
                                   const std::vector<SiteReading>& readings,
                                   const std::vector<MergedWork>& works);
std::string RenderConceptsPage(const std::string& course, const std::vector<SiteReading>& readings,
                               const std::vector<ConceptEntry>& concepts);
std::string RenderVignettesPage(const std::string& course,
                                const std::vector<SiteReading>& readings);

}  // namespace glossator::pack

#endif  // GLOSSATOR_PACK_SITE_PAGES_H_
