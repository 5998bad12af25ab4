// pack.xml: the pack as one TEI <teiCorpus> (OUTPUT.md, "A reading pack").
//
//   teiHeader   the course title; in sourceDesc the readings in course order
//               (<listBibl type="readings">: title, authors, file, pages,
//               week, or why a reading is missing) and the merged
//               bibliography (<listBibl type="bibliography">: one <bibl
//               xml:id="w.KEY" corresp="#READING.bib.N ..."> per work;
//               none when no reading has a reference list);
//               in classDecl the merged taxonomy (<taxonomy
//               xml:id="pack-concepts">, categories with the readings' ids).
//   standOff    the concept index (<list type="concept-index">: one item per
//               concept, most frequent first, holding one item per reading
//               with a <ref target="#READING.ID" n="PAGE"> per place) and the
//               vignettes (<list type="vignettes">).
//   TEI         each reading's TEI, its xml:ids prefixed with "READING." (ids
//               must be unique in one XML document) and its local pointers
//               (#ID in ref, target, corresp, from, to, resp, ...) following
//               them; each <bibl> of its reference list gets corresp="#w.KEY",
//               its work in the merged bibliography.
//
// Thread safety: the functions only read their arguments.
#ifndef GLOSSATOR_PACK_CORPUS_WRITER_H_
#define GLOSSATOR_PACK_CORPUS_WRITER_H_

#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "pack/bibliography_merge.h"
#include "pack/concept_index.h"
#include "pack/site_pages.h"

namespace glossator::pack {

// From <teiCorpus> through the standOff: everything before the readings.
std::string CorpusStart(const std::string& course, const std::string& version,
                        const std::vector<SiteReading>& readings,
                        const std::vector<MergedWork>& works,
                        const std::vector<ConceptEntry>& concepts);

// A reading's <TEI> for the corpus: ids prefixed with id + ".", pointers
// following, <bibl>s pointing to their works (work_of_bibl: bibl xml:id ->
// work xml:id).
std::string CorpusReading(const pugi::xml_node& tei, const std::string& id,
                          const std::map<std::string, std::string>& work_of_bibl);

inline std::string CorpusEnd() { return "</teiCorpus>\n"; }

}  // namespace glossator::pack

#endif  // GLOSSATOR_PACK_CORPUS_WRITER_H_
