#include "reading_tei_file.h"

#include "glossator/edits.h"
#include "glossator/tei.h"

namespace glossator::cli {

Status WriteReadingTei(const Options& o, const Document& doc, const Annotations& annotations,
                       const std::string& path, std::vector<std::string>* warnings,
                       std::vector<std::string>* said, OtherReadingsTei other_reading) {
  if (o.discard_edits) {
    bool backed_up = false;
    Status written = BackUpEditedTei(path, &backed_up);
    if (written.ok()) written = WriteTeiFile(doc, annotations, path, warnings);
    if (written.ok() && backed_up && !o.quiet) {
      said->push_back(path + ": edits discarded (--discard-edits); kept as " + path + ".bak");
    }
    return written;
  }
  EditReport edits;
  Status written = WriteTeiKeepingEdits(doc, annotations, path, &edits, warnings, other_reading);
  if (written.ok() && edits.had_file && !o.quiet && (edits.edits() > 0 || edits.rejected_ids > 0)) {
    said->push_back(path + ": edits: " + edits.Summary());
    for (const std::string& d : edits.details) said->push_back(d);
  }
  return written;
}

}  // namespace glossator::cli
