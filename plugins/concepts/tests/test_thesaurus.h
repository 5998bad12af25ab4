// A small thesaurus for the tests (not the shipped one).
#ifndef GLOSSATOR_CONCEPTS_TEST_THESAURUS_H_
#define GLOSSATOR_CONCEPTS_TEST_THESAURUS_H_

#include <string>

namespace concepts::testing {

// A TEI file holding <taxonomy xml:id="concepts"> with `categories` inside.
std::string Taxonomy(const std::string& categories);

// The test thesaurus: transference, countertransference, projective
// identification, ..., and the ambiguous resistance, frame (everyday word
// "picture"), object, holding, splitting, defence (excluding "defensive") and
// stalemate (narrower than the therapeutic impasse), with clinical cue words.
std::string TestThesaurus();

// Writes text to a file under the test's temporary directory; its path.
std::string WriteTempFile(const std::string& name, const std::string& text);

}  // namespace concepts::testing

#endif  // GLOSSATOR_CONCEPTS_TEST_THESAURUS_H_
