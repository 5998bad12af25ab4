// entry_label: the number printed before an entry of a numbered reference
// list: "[12] ", "12. ", "12.Wang" (no space), "(12) ", "12) ", "12 Wang".
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_ENTRY_LABEL_H_
#define GLOSSATOR_CITATIONS_ENTRY_LABEL_H_

#include <cstddef>
#include <string_view>

#include "text_scan.h"

namespace citations {

// How a list prints its numbers; a list keeps one form throughout.
enum class LabelForm { kNone, kBracket, kParenthesis, kDot, kCloseParenthesis, kBare };

struct EntryLabel {
  LabelForm form = LabelForm::kNone;
  int number = 0;
  Span span;  // the label with its brackets or dot, without the space after it
  bool found() const { return form != LabelForm::kNone; }
};

// The label at text[at] (white space skipped), or none. The text after it,
// within text[0, end), must go on with a letter, a quotation mark or a
// bracket (after a space, or directly after "." or "]"), so that a year or a
// page range ("1987. ", "12-19") is no label. Numbers have at most three
// digits and are at least 1.
EntryLabel LabelAt(std::string_view text, size_t at, size_t end);

// The length of a bracketed key at text[at] ("[AH]", "[Ahl78]", "[BFM+05]"),
// as mathematics and some computing lists print instead of numbers: one to
// kMaxKeyLength letters, digits and "+-." with a letter among them, followed
// by a space. 0 when there is none.
size_t KeyLabelAt(std::string_view text, size_t at, size_t end);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_ENTRY_LABEL_H_
