// Carries the edits of an edited TEI (edits/edited_tei.h) onto a new run:
// anchors each on the new Document's text (edits/text_anchor.h), turns it
// into an annotation made by its person (Annotation::resp), and drops the
// machine annotations it stands in for:
//   - those whose id a person deleted (EditedTei::rejected_ids), and those
//     of the same plugin and type on a deleted one's passage, found again
//     (edits/deleted_passages.h): a changed context changes the id;
//   - those a corrected or rejected edit carries the id of;
//   - those of the same kind (Edit::Key) that overlap a corrected or
//     rejected edit's new range, or that have exactly an added edit's range
//     (the machine now finds what the person added: one is enough).
// An edit that cannot be anchored is orphaned, never dropped: it becomes a
// <note type="orphaned-edit"> (edits/kept_parts.h).
//
// Thread safety: CarryEditsOver only reads its arguments.
#ifndef GLOSSATOR_EDITS_CARRY_OVER_H_
#define GLOSSATOR_EDITS_CARRY_OVER_H_

#include <string>
#include <vector>

#include "edits/edit.h"
#include "edits/edited_tei.h"
#include "edits/text_anchor.h"
#include "glossator/annotation.h"
#include "glossator/document.h"

namespace glossator::edits {

// The element id prefix given to a text correction's <choice> that had none,
// so that it can be found in the tree once laid out.
constexpr char kChoiceIdPrefix[] = "corr.";

struct PlacedEdit {
  const Edit* edit = nullptr;
  AnchorMatch match = AnchorMatch::kNone;
  std::string choice_id;  // a text correction's <choice>
};

struct CarriedOver {
  Annotations annotations;         // the run's, less those dropped, and the edits
  std::vector<PlacedEdit> placed;  // anchored
  std::vector<const Edit*> orphaned;
  std::vector<std::string> rejected_ids;  // to record again, sorted
  size_t machine_dropped = 0;
  // Deletions whose passage was found in the edited file and in the new
  // text (edits/deleted_passages.h), honoured whatever their new id.
  size_t deletions_found = 0;
};

CarriedOver CarryEditsOver(const Document& doc, const Annotations& run, const EditedTei& edited);

}  // namespace glossator::edits

#endif  // GLOSSATOR_EDITS_CARRY_OVER_H_
