// What the writer's tree needs, once laid out, to hold the edits carried
// over (edits/carry_over.h) that annotations alone cannot say:
//   - a text correction's <choice> gets its <sic> (the Document's text, as
//     laid out) and its <corr>; an insertion's anchor becomes a <corr>;
//   - each orphaned edit becomes <standOff><note type="orphaned-edit"> with
//     what it said, and the orphaned-edit notes of the edited file stay;
//   - the header keeps the person's respStmts in titleStmt, their own
//     <change>s, and the categories they added to a taxonomy; and records
//     the rejected ids (<change type="rejected-annotations">).
//
// Thread safety: changes only the tree it is given.
#ifndef GLOSSATOR_EDITS_KEPT_PARTS_H_
#define GLOSSATOR_EDITS_KEPT_PARTS_H_

#include <pugixml.hpp>

#include "edits/carry_over.h"
#include "edits/edited_tei.h"

namespace glossator::edits {

void AddKeptParts(const CarriedOver& carried, const EditedTei& edited, pugi::xml_node tei);

}  // namespace glossator::edits

#endif  // GLOSSATOR_EDITS_KEPT_PARTS_H_
