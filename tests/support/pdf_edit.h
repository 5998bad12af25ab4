// Editing a sample PDF for a test, as an incremental update: some pages'
// objects written again, changed, with a new cross-reference section and a
// trailer that points back to the old one. Fits PDFs with a classic xref
// table and page objects outside object streams, as the samples are
// (LibreOffice writes them so).
#ifndef GLOSSATOR_TESTS_SUPPORT_PDF_EDIT_H_
#define GLOSSATOR_TESTS_SUPPORT_PDF_EDIT_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "glossator/status.h"

namespace glossator::testing {

// Given a page object's text between "obj" and "endobj" (its dictionary,
// "<<...>>"), the text to write instead.
using PageEdit = std::function<std::string(const std::string& object)>;

// Writes src to dst with the pages of the map (0-based) edited.
Status WriteWithPagesEdited(const std::string& src, const std::string& dst,
                            const std::map<size_t, PageEdit>& edits);

// A PageEdit that adds /Rotate degrees to the page's dictionary.
PageEdit Rotate(int degrees);

// A one-page PDF (Letter, Helvetica as /F1) whose page draws content, an
// uncompressed content stream ("BT /F1 12 Tf 72 700 Td (text) Tj ET").
// to_unicode, when given, is the font's ToUnicode map: byte code -> the
// UTF-16 code unit it stands for.
std::string OnePagePdf(const std::string& content,
                       const std::map<unsigned char, unsigned>& to_unicode = {});

// A PDF of the objects given, numbered from 1 (object 1 the catalog), with
// a classic cross-reference table.
std::string PdfOfObjects(const std::vector<std::string>& objects);

}  // namespace glossator::testing

#endif  // GLOSSATOR_TESTS_SUPPORT_PDF_EDIT_H_
