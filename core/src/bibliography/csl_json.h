// Reference records as CSL-JSON (Citation Style Language, the input of
// citeproc, pandoc and Zotero): one item per record, fields as listed in
// glossator/bibliography.h, two-space indentation, a newline at the end.
//
// Thread safety: keeps no state.
#ifndef GLOSSATOR_BIBLIOGRAPHY_CSL_JSON_H_
#define GLOSSATOR_BIBLIOGRAPHY_CSL_JSON_H_

#include <string>
#include <vector>

#include "bibliography/reference_record.h"

namespace glossator::bibliography {

// The CSL type of a kind: "article-journal", "book" (edited books too),
// "chapter", "report", "speech", "personal_communication", "webpage", and
// "document" for other.
const char* CslType(Kind kind);

// An array of items; "[]\n" for none.
std::string RenderCslJson(const std::vector<ReferenceRecord>& records);

}  // namespace glossator::bibliography

#endif  // GLOSSATOR_BIBLIOGRAPHY_CSL_JSON_H_
