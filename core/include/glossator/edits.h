// Editors' corrections that survive re-runs (docs/EDITING.md is the contract
// editors follow; OUTPUT.md rule 13).
//
// A person edits the TEI Glossator wrote: adds annotations, deletes or marks
// as rejected the machine's, corrects them, corrects a misread word. When
// Glossator writes that file again (a newer Glossator, a changed layout, a
// larger thesaurus), WriteTeiKeepingEdits reads it first and carries every
// edit onto the new run, each re-anchored on the new text by its words and
// their context; an edit whose passage is gone is orphaned into
// <standOff><note type="orphaned-edit">, never dropped.
//
// Thread safety: the functions read and write files; calls on different
// paths may run at once.
#ifndef GLOSSATOR_EDITS_H_
#define GLOSSATOR_EDITS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "glossator/annotation.h"
#include "glossator/document.h"
#include "glossator/export.h"
#include "glossator/status.h"

namespace glossator {

// What WriteTeiKeepingEdits did with the edits it found.
struct EditReport {
  bool had_file = false;       // path existed (and was read)
  size_t kept = 0;             // edits found again where they were, context and all
  size_t reanchored = 0;       // found by a looser match: the text around them changed
  size_t orphaned = 0;         // passage gone: kept as notes
  size_t rejected_ids = 0;     // machine annotations people deleted, still honoured
  size_t machine_dropped = 0;  // machine annotations of this run left out for edits
  // One line per edit that was re-anchored or orphaned, for the user:
  //   "out.xml:212: re-anchored (fuzzy) added <term ref="#c.ego"> on “ego”"
  std::vector<std::string> details;

  size_t edits() const { return kept + reanchored + orphaned; }
  // "3 kept, 1 re-anchored, 0 orphaned; 2 deletions honoured"
  std::string Summary() const;
};

// Writes the TEI of doc and annotations to path (as WriteTeiFile), keeping
// the edits of the TEI already at path, if any (none when path does not
// exist, or does not begin with "<": no one's XML, it is replaced as by
// WriteTeiFile). report, when not null, says what became
// of them; warnings as for WriteTeiFile.
//
// What to do with the TEI of another reading at the output's path.
enum class OtherReadingsTei {
  kRefuse,               // always an error: the path may be a slip (annotate -o)
  kReplaceWhenUnedited,  // replaced when it holds no edits: the path is the
                         // reading's own (a pack's ID.xml, its PDF changed)
};

// Fails, writing nothing and leaving path as it was, with InvalidArgument
// "PATH:LINE: ..." when the file at path is not well-formed XML, is not TEI,
// or is from another reading (its source's SHA-256 differs from doc's and
// its text does not match doc's; see OtherReadingsTei); else as WriteTeiFile.
GLOSSATOR_EXPORT Status
WriteTeiKeepingEdits(const Document& doc, const Annotations& annotations, const std::string& path,
                     EditReport* report, std::vector<std::string>* warnings = nullptr,
                     OtherReadingsTei other_reading = OtherReadingsTei::kRefuse);

// For a write that discards the edits on purpose: when path exists and holds
// edits (or begins with "<" but cannot be read as TEI), copies it to path + ".bak"
// (replacing an older one) and sets *backed_up. Fails with IoError when the
// copy cannot be made; then nothing should be written.
GLOSSATOR_EXPORT Status BackUpEditedTei(const std::string& path, bool* backed_up);

}  // namespace glossator

#endif  // GLOSSATOR_EDITS_H_
