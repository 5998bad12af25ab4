// Where the machine annotations a person deleted were, so that a deletion is
// honoured even when a changed extraction changes the deleted annotation's
// context, and with it its machine id (edits/machine_id.h).
//
// A deleted element's words are still in the edited file's text; only its
// element is gone. Its machine id is a hash of plugin, type, words and
// context, and the ids are listed in text order, so the ids listed next to
// it that are still there bracket where it began. Each (plugin, type) of the
// new run is tried over the words between them, and the passage whose hash
// is the deleted id is the one that was deleted. Cheap: a few hundred hashes
// for a concept, more for a long vignette, bounded by kMaxDeletedBytes.
//
// Thread safety: a pure function of its arguments.
#ifndef GLOSSATOR_EDITS_DELETED_PASSAGES_H_
#define GLOSSATOR_EDITS_DELETED_PASSAGES_H_

#include <string>
#include <vector>

#include "edits/edited_tei.h"
#include "edits/text_quote.h"
#include "glossator/annotation.h"

namespace glossator::edits {

// The farthest apart (in bytes of the edited file's text) the ids listed on
// each side of a deleted one may be for it to be looked for, and the longest
// deleted annotation looked for beyond the longest of its type in the run.
constexpr size_t kMaxDeletedWindow = 4000;
constexpr size_t kMaxDeletedBytes = 6000;

struct DeletedPassage {
  std::string id;  // the deleted machine id
  std::string plugin, type;
  TextQuote quote;      // in the edited file's text
  double position = 0;  // where it began, as a share of that text
};

// The passages of edited.deleted_ids that can be found; the others are
// honoured by their id alone.
std::vector<DeletedPassage> FindDeletedPassages(const EditedTei& edited, const Annotations& run);

}  // namespace glossator::edits

#endif  // GLOSSATOR_EDITS_DELETED_PASSAGES_H_
