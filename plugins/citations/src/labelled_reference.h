// labelled_reference: an entry's parts from the learned labeller's labels
// (sequence_model.h): each field is the first run of tokens with its label;
// the parts are then read with the rules' own helpers (people, date, volume
// and issue, pages, place and publisher) and the kind is told from what was
// found.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_LABELLED_REFERENCE_H_
#define GLOSSATOR_CITATIONS_LABELLED_REFERENCE_H_

#include <string_view>
#include <vector>

#include "reference.h"
#include "sequence_features.h"
#include "sequence_model.h"

namespace citations {

// Parses text[entry] with the model; spans are offsets into text.
ParsedReference LabelReference(std::string_view text, Span entry, const SequenceModel& model);

// The same from tokens of text[entry] and their labels.
ParsedReference ReferenceFromLabels(std::string_view text, Span entry,
                                    const std::vector<LabelToken>& tokens,
                                    const std::vector<FieldLabel>& labels);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_LABELLED_REFERENCE_H_
