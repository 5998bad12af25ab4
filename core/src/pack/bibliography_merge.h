// One bibliography for a pack: the readings' reference entries with the
// duplicates merged. Two entries are the same work when
//   - they give the same DOI, or
//   - their authors' surnames are the same set (compared in lowercase ASCII,
//     so "Ó Súilleabháin" and "O'Suilleabhain" agree), their years are the
//     same, and their titles are alike: the share of title words the two
//     have in common (Jaccard, over lowercase ASCII words) is at least
//     kTitleSimilarity. Styles write one title differently (APA's sentence
//     case, Chicago's title case and quotation marks, a subtitle kept or
//     dropped); the words stay. Two works of one author in one year ("1987a"
//     and "1987b") have different titles, so they stay apart.
// An entry without a title (the parser could not find one) is the same work
// as another of the same surnames and year only when neither has a title.
//
// Thread safety: MergeBibliography keeps no state.
#ifndef GLOSSATOR_PACK_BIBLIOGRAPHY_MERGE_H_
#define GLOSSATOR_PACK_BIBLIOGRAPHY_MERGE_H_

#include <string>
#include <vector>

#include "bibliography/reference_record.h"
#include "pack/reading_summary.h"

namespace glossator::pack {

// Title-word overlap from which two entries of one author set and year are
// the same work. A subtitle dropped from a two-part title still leaves about
// half the words; two different works of one author-year share only their
// topic words, which in the test pack and the samples stay below 0.3.
constexpr double kTitleSimilarity = 0.5;

// Where a reading cites a work: the reading and its <bibl>'s xml:id.
struct Citing {
  size_t reading = 0;  // index into the readings given to MergeBibliography
  std::string bibl_id;
};

struct MergedWork {
  // Its fields (from the fullest of its entries), with a key unique in the
  // pack ("tollefsen2019", "-2" for the second of one stem).
  bibliography::ReferenceRecord record;
  std::string xml_id;          // "w." + key: its id in pack.xml and the site
  std::string text;            // the fullest entry's text, as printed
  std::vector<Citing> citing;  // in reading order
};

// The works of all the readings' entries, sorted by key.
std::vector<MergedWork> MergeBibliography(const std::vector<const ReadingSummary*>& readings);

// The Jaccard overlap of two titles' lowercase ASCII words (1 when both are empty).
double TitleSimilarity(const std::string& a, const std::string& b);

}  // namespace glossator::pack

#endif  // GLOSSATOR_PACK_BIBLIOGRAPHY_MERGE_H_
