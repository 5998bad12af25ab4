// name_match: how well a surname as cited matches a surname as listed,
// tolerating small misspellings ("Pelegrino" for "Pellegrino", "Halloren"
// for "Halloran") in proportion to the name's length, case, accents,
// apostrophes and hyphens ("ABERNETHY - LOWE" for "Abernethy-Lowe").
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_NAME_MATCH_H_
#define GLOSSATOR_CITATIONS_NAME_MATCH_H_

#include <cstddef>
#include <string_view>

namespace citations {

struct NameMatchOptions {
  // At most this many edits (insertions, deletions, substitutions,
  // transpositions of neighbours). Default: 2.
  size_t max_distance = 2;
  // And at most one edit per this many letters of the longer name, so that
  // short names must match exactly ("Vos" is not "Voss"). Default: 5.
  size_t letters_per_edit = 5;
};

// Optimal string alignment distance between two byte strings.
size_t EditDistance(std::string_view a, std::string_view b);

// 1 for the same name once folded (FoldName), 1 - 0.1 * edits for a close
// misspelling within the options' limits, 0 otherwise. Arguments as printed.
double NameSimilarity(std::string_view cited, std::string_view listed,
                      const NameMatchOptions& options = {});

// The same on names already folded with FoldName.
double FoldedNameSimilarity(std::string_view cited, std::string_view listed,
                            const NameMatchOptions& options = {});

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_NAME_MATCH_H_
