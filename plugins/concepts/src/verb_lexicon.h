// verb_lexicon: the verbs of the Hunspell en_US word list (generated at build
// time by data/verb_lexicon.py into the build tree; empty, with a CMake
// warning, where en_US.dic is not installed: then label words take noun
// inflections only).
#ifndef GLOSSATOR_CONCEPTS_VERB_LEXICON_H_
#define GLOSSATOR_CONCEPTS_VERB_LEXICON_H_

#include <cstddef>
#include <string_view>

namespace concepts {

extern const std::string_view kVerbs[];  // sorted
extern const size_t kVerbCount;

// Whether a folded word is a verb of the list.
bool IsVerb(std::string_view word);

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_VERB_LEXICON_H_
