// inflections: the text forms a label word is matched in (issue 13).
//
// The matcher takes a text word for a label word only when both are forms of
// one word: inflections, never a derivation (as a stemmer would fold:
// "international" for internalisation, "objective" for object,
// "transferred" for transference, "repairable" for repair). A label word's
// forms are:
//
//   - itself;
//   - its noun inflections: the regular plural (+s; +es after s, x, z, ch,
//     sh; consonant + y -> ies; Greek -is -> -es: neurosis, neuroses;
//     cathexis, cathexes), self -> selves, life -> lives, and the possessive
//     's (the tokenizer keeps "ego's" one word; a plural possessive "egos'"
//     is the plural);
//   - for a label of one word that is a verb of the Hunspell en_US list
//     (verb_lexicon.h), the verb's regular forms: repair, repairs,
//     repaired, repairing; rupture, ruptured. For a phrasal verb (an -ing
//     word before a particle: acting out, working through), its verb's
//     forms: acted out, works through. Irregular pasts are not generated.
//     A single-word gerund (holding, splitting, mourning) keeps to its -ing
//     form and plural: "hold", "split" are verbs, another word class, and
//     in running prose mostly everyday ones; and in a label of several
//     words a word is a noun or modifier ("holding environment" is no "hold
//     environment");
//   - the one exception across word classes: a single-word label in
//     -isation / -ization also takes the forms of its -ise / -ize verb
//     (idealisation: idealise, idealises, idealised, idealising). The verb
//     names the same process as the noun in the readings ("the patient
//     idealises the analyst", "internalised objects"), and the pair is
//     unmistakable, unlike the -al, -ive, -ence or -able derivations a
//     stemmer folds. Not for a word inside a longer label ("pathological
//     organised" is no mention of pathological organisation).
//
// The spelling rules need no word list but the verbs': where a rule cannot
// tell (acting: act or acte?) every candidate the verb list holds is
// generated, and a form that is no English word never meets a text word.
//
// Words are case-folded UTF-8; rules look at ASCII letters only (a word
// ending in another letter gets +s and 's).
#ifndef GLOSSATOR_CONCEPTS_INFLECTIONS_H_
#define GLOSSATOR_CONCEPTS_INFLECTIONS_H_

#include <string>
#include <string_view>
#include <vector>

namespace concepts {

// The regular plural(s) and the possessive of a noun, without the noun.
std::vector<std::string> NounInflections(std::string_view noun);

// The forms of a verb: itself, 3rd person -s, -ed, -ing (with e dropped, y ->
// ied, and a doubled final consonant as an extra candidate).
std::vector<std::string> VerbForms(std::string_view verb);

// The verbs an -ing form may come from (acting -> act, acte; splitting ->
// splitt, split; coping -> cop, cope); empty when the word has no -ing.
std::vector<std::string> VerbsOfGerund(std::string_view gerund);

// Words that make "X-ing particle" a phrasal verb (acting out, working through).
bool IsParticle(std::string_view word);

// The forms, besides itself, that word `index` of a label of `words` words
// (folded) is matched in, by the rules above. Sorted, unique, without the
// word itself.
std::vector<std::string> LabelWordForms(const std::vector<std::string_view>& words, size_t index);

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_INFLECTIONS_H_
