// The pack step: from the readings' TEI files in a pack folder (DIR/ID.xml,
// written by the annotation step, on this machine or by shards), everything
// that crosses readings:
//   DIR/pack.xml                 the TEI corpus (pack/corpus_writer.h)
//   DIR/bibliography.json, .bib  the merged bibliography, CSL-JSON and BibTeX
//   DIR/index.html, concepts.html, bibliography.html, vignettes.html,
//   DIR/readings/ID.html, DIR/pack.css   the site
// and each reading's <bibl>s in DIR/ID.xml get corresp="pack.xml#w.KEY",
// their work in the merged bibliography. Every file is written atomically
// (temporary file, then rename), so a run killed half-way leaves each file
// whole, old or new; the outputs depend only on the readings' TEI and the
// plan, so the same inputs give the same files byte for byte.
//
// Memory: one reading's tree at a time, and the readings' summaries.
//
// Thread safety: BuildPack writes DIR; one call per DIR at a time.
#ifndef GLOSSATOR_PACK_PACK_BUILDER_H_
#define GLOSSATOR_PACK_PACK_BUILDER_H_

#include <string>
#include <vector>

#include "glossator/status.h"

namespace glossator::pack {

struct PlannedReading {
  std::string id;
  std::string title;  // the manifest's; "" to take the TEI's
  std::string week;
  std::string failure;  // why it was not annotated ("" when DIR/ID.xml is its TEI)
};

struct PackPlan {
  std::string course;
  std::string version;                   // Glossator's
  std::vector<PlannedReading> readings;  // in course order
  // The previous pack.xml's bibliography edits not carried over (it is kept
  // as pack.xml.bak when it held some).
  bool discard_edits = false;
};

struct PackReport {
  size_t readings = 0, failed = 0, works = 0, entries = 0, concepts = 0;
  // Readings whose TEI could not be read here (the others are in the pack).
  std::vector<std::string> problems;
  // Editors' works in the previous pack.xml's bibliography: kept with all
  // their entries, kept with some gone, or orphaned (none of their entries
  // left; kept in pack.xml with a note). One line for each of the last two.
  size_t edits_kept = 0, edits_partly_kept = 0, edits_orphaned = 0;
  bool edits_discarded = false;  // --discard-edits, pack.xml.bak written
  std::vector<std::string> edit_notes;
};

// Builds the pack in dir, carrying over the editors' works of the previous
// DIR/pack.xml (pack/bibliography_edits.h) unless plan.discard_edits; when
// that file cannot be read as a pack's TEI the Status says so (naming file
// and line) and nothing is written. A reading that failed, or whose TEI cannot be
// read, is listed as missing (and in report->problems for the latter); the
// Status is not OK only when an output cannot be written.
Status BuildPack(const PackPlan& plan, const std::string& dir, PackReport* report);

}  // namespace glossator::pack

#endif  // GLOSSATOR_PACK_PACK_BUILDER_H_
