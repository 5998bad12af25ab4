// Text passages for training, tuning and testing the vignette tagger outside
// a PDF: the passage file format of data/training.txt and of the held-out set
// (tests/gold/vignettes/heldout.txt), a glossator::Document made from
// paragraphs of plain text, and the tagger's Passage made from a Document with
// the core's own sentence boundaries (ICU, as the host gives them to plugins).
//
// Passage file: a line "=== vignette" or "=== not KIND" before each passage;
// a passage is one or more paragraphs separated by blank lines. Lines starting
// with '#' before the first "===" are comments.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_PASSAGE_FILE_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_PASSAGE_FILE_H_

#include <string>
#include <vector>

#include "glossator/document.h"
#include "glossator/status.h"
#include "passage.h"

namespace vignettes {

struct LabelledPassage {
  bool vignette = false;
  std::string kind;  // "vignette", or the KIND of "=== not KIND"
  std::vector<std::string> paragraphs;
  int line = 0;  // of its "===" line, for messages
};

// Parses a passage file's contents; InvalidArgument naming path and line for
// text before the first "===", an unknown label or an empty passage.
glossator::Result<std::vector<LabelledPassage>> ParsePassages(const std::string& contents,
                                                              const std::string& path);

// A one-page Document whose blocks are the paragraphs (kParagraph), joined by
// "\n\n" as extraction joins blocks.
glossator::Document MakeDocument(const std::vector<std::string>& paragraphs);

// The tagger's view of doc, with the core's ICU sentences. The Passage points
// into doc's text: keep doc alive.
glossator::Result<Passage> ToPassage(const glossator::Document& doc);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_PASSAGE_FILE_H_
