// One bibliography for a pack: the readings' reference entries with the
// duplicates merged. Two entries are the same work when
//   - they give the same DOI, or
//   - their authors' surnames are the same set (compared in lowercase ASCII,
//     so "Ó Súilleabháin" and "O'Suilleabhain" agree), their years are the
//     same, and their titles are alike: of the shorter title's content words
//     (lowercase ASCII, function words such as "the", "of", "and" left out),
//     the share the other title has too is at least kTitleSimilarity. Styles
//     write one title differently (APA's sentence case, Chicago's title case
//     and quotation marks, a subtitle kept or dropped); its words stay. Two
//     works of one author in one year ("1987a" and "1987b") have different
//     titles, so they stay apart.
// An entry without a title (the parser could not find one) is the same work
// as another of the same surnames and year only when neither has a title.
//
// An editor's work (pack/bibliography_edits.h) overrules all of this: the
// entries it claims are that one work, whatever the rules say, and are
// compared with no other entry.
//
// Thread safety: MergeBibliography keeps no state.
#ifndef GLOSSATOR_PACK_BIBLIOGRAPHY_MERGE_H_
#define GLOSSATOR_PACK_BIBLIOGRAPHY_MERGE_H_

#include <string>
#include <vector>

#include "bibliography/reference_record.h"
#include "pack/bibliography_edits.h"
#include "pack/reading_summary.h"

namespace glossator::pack {

// The share of the shorter title's content words that the other title must
// have for two entries of one author set and year to be one work. A subtitle
// dropped leaves the shorter title inside the longer (1.0); two works of one
// author and year share at most a topic word or two ("Mirrors and windows",
// "Windows and doors": 0.5), and none in the test pack and the samples.
constexpr double kTitleSimilarity = 0.6;

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
  // The editor's work it is, kept as the editor wrote it; null for the
  // machine's.
  const EditedWork* edited = nullptr;
};

// An editor's work and the entries of the readings it claims (none when
// every entry it listed is gone from the pack).
struct EditorClaim {
  const EditedWork* work = nullptr;
  std::vector<Citing> entries;
};

// The works of all the readings' entries, sorted by key: the editors' works
// (each claim, its key taken from its xml:id "w.KEY" when that is free) and
// the machine's of the entries no claim holds.
std::vector<MergedWork> MergeBibliography(const std::vector<const ReadingSummary*>& readings,
                                          const std::vector<EditorClaim>& claims = {});

// The share of the shorter title's content words found in the other (1 when
// either has none).
double TitleSimilarity(const std::string& a, const std::string& b);

}  // namespace glossator::pack

#endif  // GLOSSATOR_PACK_BIBLIOGRAPHY_MERGE_H_
