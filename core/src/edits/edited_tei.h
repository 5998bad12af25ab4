// Reads a TEI file Glossator wrote and a person may have edited since
// (docs/EDITING.md), and finds in it what the person changed:
//   - the text under <text> (white space collapsed, <corr> text left out),
//     which is the Document's text of the run that wrote the file;
//   - each edit (edits/edit.h): an annotation element under <text>, or a
//     <span> in <standOff>, whose @resp is not Glossator's (#glossator...);
//     a <choice><sic/><corr/></choice> or a lone <corr>;
//   - the machine annotations a person deleted: the ids the writing run
//     listed in revisionDesc (<change type="machine-annotations">) that no
//     element has any more, with those an earlier run recorded as rejected
//     (<change type="rejected-annotations">).
//
// Thread safety: ReadEditedTei reads one file into a new value.
#ifndef GLOSSATOR_EDITS_EDITED_TEI_H_
#define GLOSSATOR_EDITS_EDITED_TEI_H_

#include <map>
#include <memory>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "edits/edit.h"
#include "glossator/status.h"

namespace glossator::edits {

// The @type of the <change> that lists the ids of machine annotations that
// people deleted (rejected), so that later runs keep honouring them.
constexpr char kRejectedAnnotationsChange[] = "rejected-annotations";

struct EditedTei {
  std::string path;
  std::string source_sha256;               // sourceDesc's idno type="sha256", "" when none
  size_t source_line = 0;                  // its line
  std::string text;                        // the text under <text>, white space collapsed
  std::set<std::string> machine_ids;       // the ids the writing run listed
  std::vector<std::string> machine_order;  // the same, in the order listed (the text's)
  // The range of text of each element with an xml:id under <text>, and of
  // each stand-off span (from its from to its to).
  std::map<std::string, std::pair<size_t, size_t>> id_ranges;
  std::set<std::string> deleted_ids;   // listed and missing now: deleted since that run
  std::set<std::string> rejected_ids;  // deleted since, or recorded as rejected
  std::vector<Edit> edits;             // in document order, stand-off spans last
  pugi::xml_document xml;              // the file itself, for the header parts kept
  // Other things a person added that a re-run keeps (edits/kept_header.h):
  // respStmts, their own <change>s, categories, orphaned-edit notes.
  bool other_additions = false;

  // True when a person changed anything Glossator would not write again.
  bool HoldsEdits() const;
};

// Reads path. Fails with InvalidArgument "PATH:LINE: ..." when the file is
// not well-formed XML or its root is not a TEI element in the TEI namespace,
// and with IoError when it cannot be read.
Result<std::unique_ptr<EditedTei>> ReadEditedTei(const std::string& path);

}  // namespace glossator::edits

#endif  // GLOSSATOR_EDITS_EDITED_TEI_H_
