// The three spellings of a word that a dictionary accepts by case alone: as
// written in lower case ("dog"), capitalised ("Dog", a sentence start) and in
// capitals ("DOG", a heading). The compiled word set (word_set.h) stores one
// lower-case key per word with the patterns Hunspell accepts, so the build-time
// generator (core/tools/make_word_set.cc) and the lookup must fold case the
// same way: both use these functions.
#ifndef GLOSSATOR_LAYOUT_WORD_CASE_H_
#define GLOSSATOR_LAYOUT_WORD_CASE_H_

#include <string>
#include <string_view>

namespace glossator::layout {

enum class CasePattern { kLower, kCapitalised, kCapitals, kOther };

// Unicode full case mapping, root locale (UTF-8 in, UTF-8 out).
std::string LowerCase(std::string_view word);
std::string UpperCase(std::string_view word);
// The first code point in upper case, the rest in lower case.
std::string Capitalised(std::string_view word);

// Which spelling of LowerCase(word) word is. The first that matches wins, so a
// word without cased letters ("’s") is kLower.
CasePattern PatternOf(std::string_view word, std::string_view lower);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_WORD_CASE_H_
