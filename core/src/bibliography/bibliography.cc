// The public face of the bibliography writers (glossator/bibliography.h).
#include "glossator/bibliography.h"

#include "bibliography/bibtex.h"
#include "bibliography/csl_json.h"
#include "bibliography/reference_record.h"
#include "util/atomic_file.h"

namespace glossator {

bool ParseBibliographyFormat(std::string_view name, BibliographyFormat* format) {
  if (name == "csl-json") {
    *format = BibliographyFormat::kCslJson;
  } else if (name == "bibtex") {
    *format = BibliographyFormat::kBibtex;
  } else {
    return false;
  }
  return true;
}

std::string RenderBibliography(const Annotations& annotations, BibliographyFormat format) {
  std::vector<bibliography::ReferenceRecord> records =
      bibliography::ReadReferenceRecords(annotations);
  return format == BibliographyFormat::kCslJson ? bibliography::RenderCslJson(records)
                                                : bibliography::RenderBibtex(records);
}

Status WriteBibliographyFile(const Annotations& annotations, BibliographyFormat format,
                             const std::string& path) {
  return WriteFileAtomically(path, RenderBibliography(annotations, format));
}

}  // namespace glossator
