// A reading's page of the pack's site, rendered from its TEI (through
// pugixml, in C++ rather than XSLT: the renderer shares the pack's merged
// bibliography and concept ids with the other pages in memory, libxslt would
// be a second XML stack beside pugixml, and the walk over OUTPUT.md's few
// elements is short code that the compiler checks).
//
// What the page shows is what the TEI says: its headings (<head> by depth),
// paragraphs, lists, notes, figures and reference list, each with the
// element's xml:id as its id (so the index can link to a passage); <pb n>
// as the page number in the left margin; <term ref> as a link to the concept
// in concepts.html; <ref type="bibr"> as a link to its work in
// bibliography.html; vignettes (<seg type="vignette"> and the blocks a
// stand-off vignette spans) marked. Three checkboxes switch the concepts,
// citations and vignettes marks on and off with CSS alone.
//
// Thread safety: RenderReadingPage only reads its arguments.
#ifndef GLOSSATOR_PACK_SITE_READING_H_
#define GLOSSATOR_PACK_SITE_READING_H_

#include <map>
#include <pugixml.hpp>
#include <string>

namespace glossator::pack {

struct ReadingPageContext {
  std::string course;  // the pack's title
  std::string title;   // the reading's
  std::string byline;  // its authors, week
  // The reading's <bibl> xml:ids -> their works' ids in bibliography.html.
  std::map<std::string, std::string> work_of_bibl;
  // Concept ids -> labels (the tooltip of a marked term).
  const std::map<std::string, std::string>* concept_labels = nullptr;
};

// The page (HTML) of the reading whose <TEI> is tei; it lives in readings/.
std::string RenderReadingPage(const pugi::xml_node& tei, const ReadingPageContext& context);

}  // namespace glossator::pack

#endif  // GLOSSATOR_PACK_SITE_READING_H_
