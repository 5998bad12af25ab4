// A reading's TEI file written as `annotate` and `pack` write it: keeping
// the edits of the file already at the path (glossator/edits.h), or, with
// --discard-edits, overwriting them and keeping the old file as FILE.bak.
#ifndef GLOSSATOR_CLI_READING_TEI_FILE_H_
#define GLOSSATOR_CLI_READING_TEI_FILE_H_

#include <string>
#include <vector>

#include "glossator/annotation.h"
#include "glossator/document.h"
#include "glossator/edits.h"
#include "glossator/status.h"
#include "options.h"

namespace glossator::cli {

// Writes doc's TEI to path. *said gets what the user is told of the edits
// ("out.xml: edits: 3 kept, …", one line per re-anchored or orphaned edit),
// none under --quiet; the caller prints them. warnings as for WriteTeiFile;
// other_reading as for WriteTeiKeepingEdits.
Status WriteReadingTei(const Options& o, const Document& doc, const Annotations& annotations,
                       const std::string& path, std::vector<std::string>* warnings,
                       std::vector<std::string>* said, OtherReadingsTei other_reading);

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_READING_TEI_FILE_H_
