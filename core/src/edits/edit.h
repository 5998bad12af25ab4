// One editor's change found in an edited TEI file (docs/EDITING.md is the
// contract): what the element was, what it said, and the passage it was on.
//
// Thread safety: plain values.
#ifndef GLOSSATOR_EDITS_EDIT_H_
#define GLOSSATOR_EDITS_EDIT_H_

#include <cstddef>
#include <string>

#include "edits/text_quote.h"
#include "glossator/annotation.h"

namespace glossator::edits {

// The @cert that, with a person's @resp, marks a machine annotation as
// rejected: TEI's teidata.probCert takes a probability in [0, 1] or one of
// high, medium, low, unknown, so "none" is not TEI; probability 0 says "this
// is not so" in TEI's own terms.
constexpr char kRejectedCert[] = "0";

// The @resp of Glossator's own annotations begins so (#glossator-concepts).
constexpr char kMachineRespPrefix[] = "#glossator";

enum class EditKind {
  kAdded,      // a person's annotation the machine did not make
  kCorrected,  // a machine annotation (its gl. id) a person changed
  kRejected,   // marked rejected: a person's @resp and @cert="0"
  kText,       // a word corrected: <choice><sic/><corr/></choice> or <corr>
};

struct Edit {
  EditKind kind = EditKind::kAdded;
  // The element as written (term, ref, seg, rs, bibl, title, ..., or span
  // for a stand-off one; choice or corr for kText).
  std::string element;
  Attributes attributes;   // its attributes in file order, resp and cert aside
  std::string resp;        // "#ed"
  std::string cert;        // as written; "" when none
  TextQuote quote;         // its passage in the edited file's text
  double position = 0;     // where the passage began, as a share of that text
  std::string correction;  // kText: the text of <corr>
  std::string machine_id;  // a gl. id it carries (the machine annotation it changes), or ""
  size_t line = 0;         // its line in the edited file, for messages

  // The kind of annotation, to tell which machine annotation it stands in
  // for: @type for seg and span (vignette), else the element (term, ref).
  std::string Key() const;
  // "<term ref="#c.x" resp="#ed">" as the editor wrote it, for reports.
  std::string Describe() const;
};

const char* EditKindName(EditKind kind);

}  // namespace glossator::edits

#endif  // GLOSSATOR_EDITS_EDIT_H_
