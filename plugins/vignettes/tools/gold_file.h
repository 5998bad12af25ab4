// Hand gold of vignettes for a sample (tests/gold/vignettes/NAME.tsv), placed
// in a Document's text, and the scores of predicted vignettes against it.
//
// Format, tab-separated, '#' starts a comment line:
//   vignette  FIRST  LAST  PERSON    FIRST / LAST: the first 40 characters of
//                                    the vignette's first / last sentence;
//                                    PERSON: the person's description or "-"
//   not       KIND   START           a look-alike passage (generalisation,
//                                    hypothetical, anecdote, statistics) and
//                                    the first 40 characters of its first sentence
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_GOLD_FILE_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_GOLD_FILE_H_

#include <string>
#include <vector>

#include "glossator/status.h"
#include "passage.h"
#include "span_decision.h"

namespace vignettes {

struct GoldVignette {
  TextRange range;            // first sentence's start .. last sentence's end
  size_t first_sentence = 0;  // index into the Passage's sentences
  std::string person;         // "" for "-"
  int line = 0;
};

struct GoldLookAlike {
  std::string kind;
  TextRange range;  // its first sentence
  int line = 0;
};

struct Gold {
  std::vector<GoldVignette> vignettes;
  std::vector<GoldLookAlike> look_alikes;
};

// Reads and places the gold; an error names path and line (a malformed row, a
// text not found at a sentence start, a LAST before its FIRST).
glossator::Result<Gold> LoadGold(const std::string& path, const Passage& passage);

// A predicted vignette as the scores see it.
struct Predicted {
  TextRange range;
  size_t first_sentence = 0;
  std::string person;  // "" when none
};

struct GoldScore {
  size_t gold = 0;                 // gold vignettes
  size_t found = 0;                // gold vignettes some prediction overlaps
  size_t found_start = 0;          // ... with its start within one sentence of the gold's
  size_t person_found = 0;         // ... whose person description overlaps the gold's words
  size_t predicted = 0;            // predicted vignettes
  size_t correct = 0;              // predicted vignettes that overlap a gold vignette
  size_t look_alikes = 0;          // gold look-alikes
  size_t look_alikes_hit = 0;      // look-alikes a prediction overlaps (false vignettes)
  std::vector<std::string> notes;  // the misses and false vignettes, readable

  GoldScore& operator+=(const GoldScore& o);
};

// Scores predictions (person: the text of the predicted description) against gold.
GoldScore ScoreAgainstGold(const Passage& passage, const Gold& gold,
                           const std::vector<Predicted>& predicted);

bool Overlaps(const TextRange& a, const TextRange& b);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_GOLD_FILE_H_
