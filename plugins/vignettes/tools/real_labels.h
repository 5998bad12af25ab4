// Training labels on real prose (data/real/*.tsv): the case passages of one
// text of ../shared/data/real/texts/, each given by the opening words of its
// first sentence and the closing words of its last (anchors, so that no more
// of the published text than needed is copied into the repository), with the
// phrases that name its patient and the passage it returns to. Rows of kind
// "aside" mark the author's asides inside a case passage: part of its span,
// but neither a positive nor a negative sentence example. Every sentence
// outside the listed passages is a negative example (the files are
// exhaustive for cases). See data/real/README.md.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_REAL_LABELS_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_REAL_LABELS_H_

#include <string>
#include <vector>

#include "glossator/document.h"
#include "glossator/status.h"
#include "passage.h"

namespace vignettes {

struct RealLabel {
  std::string id;
  bool aside = false;  // false: a case passage
  std::string first, last;
  std::vector<std::string> person_keys;
  std::string returns_to;     // the id of the case passage it comes back to, or ""
  size_t begin = 0, end = 0;  // located in the text: first's start, last's end
  int line = 0;
};

struct RealLabelFile {
  std::string path;
  std::string text;  // the "# text: ..." path, relative to the texts directory
  std::vector<RealLabel> labels;
};

// Parses a label file; InvalidArgument naming path and line on a bad row.
glossator::Result<RealLabelFile> ParseRealLabels(const std::string& contents,
                                                 const std::string& path);

// Finds each label's anchors in text (compared without case, spaces and
// punctuation; each must occur exactly once); InvalidArgument naming the
// label file, its line and the anchor otherwise.
glossator::Status LocateLabels(RealLabelFile& file, std::string_view text);

// What one sentence is to the training: a case sentence, an aside, or neither.
enum class SentenceLabel { kNotCase, kCase, kAside };
// Each sentence's label: the label whose range holds the sentence's middle.
std::vector<SentenceLabel> LabelSentences(const Passage& passage, const RealLabelFile& file);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TOOLS_REAL_LABELS_H_
