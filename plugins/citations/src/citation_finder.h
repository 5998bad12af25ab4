// citation_finder: finds author-year citations in running text, one per
// cited work (OUTPUT.md rule 5):
//
//   narrative      Halloran (1987), Halloran's study (1987), As Halloran
//                  noted (1987), Halloran and her colleagues (1987), Okonjo
//                  et al. (1996), Ruth Halloran and Abel Quist (1990),
//                  Tessaro (1985,1992), Quennell (1988, pp. 112-114),
//                  Ruth Halloran, in her paper on Holding and Its Failures (1987),
//                  RUTH HALLORAN (1987), A (1966) VS B (1963);
//   parenthetical  (Halloran, 1987), (Halloran & Quist, 1990, p.12),
//                  (Abel, Berg, & Coe, 1991; Dunn & Eyre, 1992), (Brekke,
//                  1981;1988), (Vellacott, personal communication, 2001),
//                  (see the essays collected in Farrow & Ilse, 1990).
//
// A parenthesis that holds only years (and a locator) is narrative: its names
// are looked for before it in the same sentence, the nearest capitalised word
// that is not a stopword or part of a title in capitals ("Holding and Its
// Failures"); a name of the reference list is recognised however far it
// stands. Years outside parentheses ("in 1992 she moved") are not citations.
//
// Thread safety: a finder is immutable once made; Find may run on several
// threads at once.
#ifndef GLOSSATOR_CITATIONS_CITATION_FINDER_H_
#define GLOSSATOR_CITATIONS_CITATION_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "citation.h"
#include "name_match.h"
#include "parenthetical.h"
#include "text_scan.h"

namespace citations {

struct FinderOptions {
  // A name not in the reference list may stand at most this many words
  // before its year (more when a comma sets off what lies between, "Ruth
  // Halloran, in her paper on ... (1987)"). Default: 12.
  size_t max_name_distance = 12;
  NameMatchOptions names;
};

class CitationFinder {
 public:
  // known_surnames: the family names of the reference list's entries, as
  // printed (may be empty: slides and readings without a list);
  // known_places: the places the list prints (its entries' pubPlace), added
  // to a few cities that readings name with a year (kCommonPlaces).
  explicit CitationFinder(const std::vector<std::string>& known_surnames = {},
                          FinderOptions options = {},
                          const std::vector<std::string>& known_places = {});

  // The finder's evidence refers to the finder itself.
  CitationFinder(const CitationFinder&) = delete;
  CitationFinder& operator=(const CitationFinder&) = delete;

  // The citations in text[block], in text order.
  std::vector<Citation> Find(std::string_view text, Span block) const;

 private:
  bool IsKnown(std::string_view name) const;
  bool IsPlace(std::string_view name) const;

  std::vector<std::string> known_;   // folded
  std::vector<std::string> places_;  // folded
  NameEvidence evidence_;
  FinderOptions options_;
};

// Where the sentence holding position pos starts (no earlier than begin).
size_t SentenceStart(std::string_view text, size_t begin, size_t pos);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_CITATION_FINDER_H_
