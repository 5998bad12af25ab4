// generic_words: words that never confirm a concept's sense (issue 13).
//
// A context rule's cue confirms that an ambiguous label is meant in the
// field's sense. These words stand in every clinical text, beside the
// everyday sense of a word as often as beside the concept ("connection" 151
// times in one Freud text, each time near "patient" or "analysis"), so they
// confirm nothing: the matcher drops them from every rule, ours and a user's,
// as it drops a cue that is one of the category's own label words.
// data/check_thesaurus.py rejects the same words (its WEAK_CUES) in our file.
#ifndef GLOSSATOR_CONCEPTS_GENERIC_WORDS_H_
#define GLOSSATOR_CONCEPTS_GENERIC_WORDS_H_

#include <string_view>

namespace concepts {

// The same list as WEAK_CUES in data/check_thesaurus.py (keep them equal);
// the matcher compares stems, so "sessions" is "session".
inline constexpr std::string_view kGenericClinicalWords[] = {
    "patient",        "client",        "therapist",       "analyst",  "analysand",
    "therapy",        "therapeutic",   "treatment",       "session",  "clinical",
    "clinician",      "clinic",        "analysis",        "analytic", "psychoanalysis",
    "psychoanalytic", "psychotherapy", "psychotherapist", "freud",    "case",
};

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_GENERIC_WORDS_H_
