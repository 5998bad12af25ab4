#include "verb_lexicon.h"

#include <algorithm>

namespace concepts {

bool IsVerb(std::string_view word) { return std::binary_search(kVerbs, kVerbs + kVerbCount, word); }

}  // namespace concepts
