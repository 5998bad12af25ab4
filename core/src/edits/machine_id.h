// The identity of a machine annotation in the TEI: an xml:id that stays the
// same from run to run as long as the annotated passage does, whatever other
// plugins ran and wherever a layout change moved the passage's offsets.
//
//   gl.3f9a0c71d2e4  = "gl." + the first 48 bits (12 hex digits) of the
//   SHA-256 of plugin, type, the annotated words and kQuoteContextChars of
//   context on each side (white space collapsed, edits/text_quote.h).
//
// 48 bits: a reading has at most some 10^5 annotations, so the chance that
// two distinct passages share an id is about 10^10 / 2^49, negligible; the
// writer still gives a repeat (the same plugin marking the same words in the
// same context twice) a suffix, "gl.3f9a0c71d2e4_2" (tei::IdSet::ClaimUnique).
//
// Thread safety: a pure function.
#ifndef GLOSSATOR_EDITS_MACHINE_ID_H_
#define GLOSSATOR_EDITS_MACHINE_ID_H_

#include <string>
#include <string_view>

#include "glossator/annotation.h"

namespace glossator::edits {

// The prefix of every machine annotation's xml:id.
constexpr char kMachineIdPrefix[] = "gl.";

// The identity of a in text (the Document's text), before any suffix.
std::string MachineId(std::string_view text, const Annotation& a);

// True when id has the form MachineId gives (a suffix allowed).
bool IsMachineId(std::string_view id);

}  // namespace glossator::edits

#endif  // GLOSSATOR_EDITS_MACHINE_ID_H_
