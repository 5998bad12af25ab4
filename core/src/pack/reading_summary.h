// What the pack step needs of one reading's TEI (OUTPUT.md), read once and
// kept small so that a pack of many readings holds only these summaries in
// memory, never all the readings' trees at once.
//
// Thread safety: plain values; SummariseReading keeps no state.
#ifndef GLOSSATOR_PACK_READING_SUMMARY_H_
#define GLOSSATOR_PACK_READING_SUMMARY_H_

#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "glossator/status.h"

namespace glossator::pack {

// A name in a reference entry.
struct EntryPerson {
  std::string surname, forename;  // surname: the whole name when not split
};

// One <bibl xml:id> of a reading's reference list, its parts as marked.
struct BiblEntry {
  std::string xml_id;  // in the reading: "bib.3"
  std::string kind;    // its @type: article, book, chapter, ...
  std::vector<EntryPerson> authors, editors;
  std::string year;                                    // the first four digits of date/@when
  std::string year_suffix;                             // "a" of "2004a", as printed
  std::string title, container, series;                // level a or m; j or m; s
  std::string volume, issue, pages, publisher, place;  // pages "37-58"
  std::string doi;                                     // found in its text: "10.1037/..."
  std::string text;                                    // all its text, spaces collapsed
  std::string xml;                                     // the element as written in the reading
};

// A concept mention: <term ref="#c.x"> in the text.
struct TermPlace {
  std::string category;  // "c.transference" (the ref without '#')
  std::string block_id;  // the xml:id of the nearest element around it that has one
  std::string page;      // the <pb n> before it; "" before the first
};

// A concept as the reading's taxonomy describes it.
struct CategoryInfo {
  std::string label, gloss, broader;  // broader: a category id, "" when none
};

// A case vignette: a <seg type="vignette"> or a stand-off <span type="vignette">.
struct VignettePlace {
  std::string block_id;  // where it starts
  std::string page;
  std::string excerpt;  // its first words
};

struct ReadingSummary {
  std::string title;                 // titleStmt/title
  std::vector<std::string> authors;  // titleStmt/author, as written
  int pages = 0;                     // sourceDesc's page count
  std::vector<BiblEntry> entries;
  std::vector<TermPlace> terms;
  std::map<std::string, CategoryInfo> categories;  // by id
  size_t citations = 0;                            // <ref type="bibr">s
  std::vector<VignettePlace> vignettes;
};

// Summarises a parsed reading TEI (the root <TEI>).
ReadingSummary SummariseReading(const pugi::xml_node& tei);

// One <bibl> of a reference list (or of a pack's bibliography), its parts as
// marked.
BiblEntry SummariseBibl(const pugi::xml_node& bibl);

// Loads path and summarises it; IoError naming path when it cannot be read or
// parsed as XML.
Result<ReadingSummary> SummariseReadingFile(const std::string& path);

// The text under node, runs of white space as one space, trimmed.
std::string CollapsedText(const pugi::xml_node& node);

}  // namespace glossator::pack

#endif  // GLOSSATOR_PACK_READING_SUMMARY_H_
