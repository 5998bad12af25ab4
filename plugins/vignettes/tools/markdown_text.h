// The real prose of ../shared/data/real/texts/ (Markdown as fetched) as a
// glossator::Document, so that the tagger reads it as it reads a PDF's text:
// "#" lines are headings, each other non-blank line a paragraph ("> " quoted
// case notes included), footnote definitions ("[^3]: ...", "^3 ...", "³ ...")
// footnotes; the markup the reader does not see is dropped (emphasis "*",
// note marks "[^3]" and superscript digits, "---" rules, "**Footnotes:**").
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_MARKDOWN_TEXT_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_MARKDOWN_TEXT_H_

#include <string>

#include "glossator/document.h"
#include "glossator/status.h"

namespace vignettes {

// The text of one Markdown line as read: markup and note marks removed.
std::string PlainLine(const std::string& line);

// A Document of the Markdown contents (path is for messages and the source).
glossator::Document MarkdownDocument(const std::string& contents, const std::string& path);

// Reads path; NotFound naming it when it cannot be read.
glossator::Result<glossator::Document> ReadMarkdownDocument(const std::string& path);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_MARKDOWN_TEXT_H_
