// Citation keys for reference records: "tessaro1987a" (see
// glossator/bibliography.h), unique within one bibliography.
//
// Thread safety: the functions keep no state.
#ifndef GLOSSATOR_BIBLIOGRAPHY_CITATION_KEY_H_
#define GLOSSATOR_BIBLIOGRAPHY_CITATION_KEY_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bibliography/reference_record.h"

namespace glossator::bibliography {

// s in lowercase ASCII letters and digits alone: accents and other marks
// stripped, letters spelt in ASCII where ICU's Latin-ASCII knows how
// ("Ø" -> "o", "ß" -> "ss"), anything else dropped. "Ó Súilleabháin" ->
// "osuilleabhain".
std::string AsciiWord(std::string_view s);

// The key a record asks for: first author (else editor) family name, else the
// title's first word that has a letter (not counting a leading "a", "an" or
// "the"), else "ref"; then the year's digits, else "nd"; then the year
// suffix's letters.
std::string KeyStem(const ReferenceRecord& record);

// Gives each record its key: its stem, or the stem with "-2", "-3", ... when
// an earlier record has it or it is one of taken (keys given already).
void AssignKeys(std::vector<ReferenceRecord>& records, const std::set<std::string>& taken = {});

}  // namespace glossator::bibliography

#endif  // GLOSSATOR_BIBLIOGRAPHY_CITATION_KEY_H_
