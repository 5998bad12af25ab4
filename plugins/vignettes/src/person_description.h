// The words that name or describe a vignette's person, as written: "Mrs. L.,
// a nurse in her fifties", "A graduate student in his late twenties", "a
// young widower". Looked for in the vignette's first sentences, preferring a
// title and initial with its apposition, then an indefinite description with
// an age, then one with an occupation or adjective, then a pseudonym.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_PERSON_DESCRIPTION_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_PERSON_DESCRIPTION_H_

#include <optional>

#include "passage.h"
#include "span_decision.h"

namespace vignettes {

// Looks in the first sentences_to_search sentences of run (Default: 6).
std::optional<TextRange> FindPersonDescription(const Passage& passage, const SentenceRun& run,
                                               size_t sentences_to_search = 6);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_PERSON_DESCRIPTION_H_
