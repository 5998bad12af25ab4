// anystyle_scoring: scores the reference parser against an AnyStyle parser
// dataset (<dataset><sequence><author>...</author><date>...</date>...).
//
// Each sequence's string is its children's text joined with single spaces;
// our parse of it gives a value for each AnyStyle field we have:
//   author            the authors as printed (first to last)
//   editor            the editors as printed
//   date              the date as printed
//   title, journal / container-title (our container, or a talk's event),
//   collection-title,
//   volume            our volume, with "(issue)" after it when there is one
//   pages, publisher, location (our place)
// Both sides are compared after the same normalisation (normalise_field):
// white space and dashes folded, punctuation, brackets and quotation marks
// trimmed at the ends, and the labels the two conventions place differently
// dropped ("In" before a book or an editor, "(Eds.)" and "editors" after
// editors, "Paper presented at" before a meeting, "pp." before pages, "Vol."
// before a volume; "12, No. 3" is "12(3)"). A field's accuracy is the share of the gold fields of
// that kind whose value we match exactly; fields the gold lacks are not counted.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_TESTS_ANYSTYLE_SCORING_H_
#define GLOSSATOR_CITATIONS_TESTS_ANYSTYLE_SCORING_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "anystyle_dataset.h"
#include "reference.h"

namespace citations::testing {

struct FieldScore {
  size_t gold = 0, correct = 0;
  size_t predicted =
      0;  // values we gave for the field, right or wrong, where the gold has one or not
  double accuracy() const { return gold == 0 ? 1.0 : static_cast<double>(correct) / gold; }
  double precision() const {
    return predicted == 0 ? 1.0 : static_cast<double>(correct) / predicted;
  }
  double recall() const { return accuracy(); }
  double f1() const {
    return gold + predicted == 0 ? 1.0 : 2.0 * static_cast<double>(correct) / (gold + predicted);
  }
};

struct Mismatch {
  std::string reference, field, gold, ours;
};

struct DatasetScore {
  size_t sequences = 0;
  size_t whole_right = 0;  // sequences whose every scored field (gold's or ours) is right
  std::map<std::string, FieldScore> fields;  // by AnyStyle field name
  FieldScore overall;
  std::vector<Mismatch> mismatches;
};

struct DatasetScores {
  DatasetScore all, author_year;
  std::string error;  // the file and why it could not be read, or ""
};

// Parses one reference string; spans in the result are offsets into it.
using ReferenceParserFn = std::function<ParsedReference(std::string_view)>;

// Scores every sequence of the dataset at path, and separately the
// author-year ones: sequences whose first fields (after a citation number)
// are an author then a date. parse: ParseReference unless given.
// include: which sequences (by 0-based index) to score; all unless given.
DatasetScores ScoreAnyStyleDataset(const std::string& path, const ReferenceParserFn& parse = {},
                                   const std::function<bool(size_t)>& include = {});

// The same for sequences already read (GROBID's, grobid_dataset.h).
DatasetScores ScoreSequences(const std::vector<AnyStyleSequence>& sequences,
                             const ReferenceParserFn& parse = {},
                             const std::function<bool(size_t)>& include = {});

// The normalisation both sides go through for AnyStyle field `field`.
std::string NormaliseField(const std::string& field, const std::string& value);

// A table of the scores, one line per field: gold, right, predicted,
// accuracy (recall), precision and F1; then micro-F1 and whole entries right.
std::string FormatScores(const std::string& title, const DatasetScore& score);

}  // namespace citations::testing

#endif  // GLOSSATOR_CITATIONS_TESTS_ANYSTYLE_SCORING_H_
