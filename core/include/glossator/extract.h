// Extraction: one PDF file in, one Document out.
//
// Thread safety: ExtractDocument may run on several threads at once, each on
// its own file.
#ifndef GLOSSATOR_EXTRACT_H_
#define GLOSSATOR_EXTRACT_H_

#include <chrono>
#include <string>

#include "glossator/document.h"
#include "glossator/export.h"
#include "glossator/status.h"

namespace glossator {

struct ExtractOptions {
  // Password for an encrypted PDF (used as user and owner password).
  // Default: "" (opens PDFs whose user password is empty).
  std::string password;
  // Per-document time limit, checked between pages. Default: 120 s.
  std::chrono::milliseconds time_limit{120'000};
  // Hunspell dictionary (path without .aff/.dic) for line-end hyphen decisions.
  // Default: "" meaning the build's default (Debian's hunspell-en-us).
  std::string dictionary;
};

// Reads the PDF at path and builds its Document. Never throws. Errors name the
// file (and the page where one applies): NotFound, IoError, NotPdf,
// PasswordRequired, Damaged (the file, or every page, cannot be read),
// NoTextLayer (no page has any text), TimeLimit. Damage on some pages only is
// read around: a page that cannot be read is left empty, and it and a page
// whose content Poppler reports as damaged are in Document::warnings(), each
// naming the file and the page. The input file is only read, never modified.
GLOSSATOR_EXPORT Result<Document> ExtractDocument(const std::string& path,
                                                  const ExtractOptions& options = {});

}  // namespace glossator

#endif  // GLOSSATOR_EXTRACT_H_
