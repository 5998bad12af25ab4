// An editor's changes to a pack's merged bibliography, read back from the
// pack.xml of the previous run (docs/EDITING.md, "A pack's bibliography").
//
// Glossator writes the works of <listBibl xml:id="pack-bibliography"> with
// no @resp. A <bibl> there that has a @resp not beginning "#glossator" is
// an editor's work: its @corresp lists the readings' entries that are this
// one work ("#READING.BIBLID ..."), and its parts are the work's fields as
// the editor left them. Merging two works is one such <bibl> whose corresp
// lists the entries of both; splitting one is two, each listing its own.
// The next run keeps each as the editor wrote it and groups by itself only
// the entries no editor's work claims (pack/bibliography_merge.h).
//
// Thread safety: ReadBibliographyEdits keeps no state.
#ifndef GLOSSATOR_PACK_BIBLIOGRAPHY_EDITS_H_
#define GLOSSATOR_PACK_BIBLIOGRAPHY_EDITS_H_

#include <string>
#include <vector>

#include "glossator/status.h"
#include "pack/reading_summary.h"

namespace glossator::pack {

// The <note type> Glossator writes inside an editor's work, on each run,
// naming the entries it lists that are not in the pack on that run (their
// reading left out, failed, or its list read differently). The work is kept
// as written, never dropped; an entry that comes back is claimed again.
constexpr char kOrphanedEditNote[] = "orphaned-edit";

struct EditedWork {
  std::string xml_id;                // as the editor left it: "w.brekke1988", or ""
  std::string resp;                  // "#ed"
  std::vector<std::string> members;  // corresp's pointers less '#': "working-paper.bib.3"
  BiblEntry entry;                   // its parts as marked; entry.xml: the element as written
  size_t line = 0;                   // where it is in pack.xml, for reports
};

// The editor's works in the pack.xml at path, in file order; none when there
// is no such file. InvalidArgument naming path and line when the file is not
// well-formed XML or its root is not a TEI <teiCorpus>.
Result<std::vector<EditedWork>> ReadBibliographyEdits(const std::string& path);

}  // namespace glossator::pack

#endif  // GLOSSATOR_PACK_BIBLIOGRAPHY_EDITS_H_
