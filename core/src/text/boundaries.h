// Sentence and word boundaries of a Document's text, from ICU, as UTF-8 byte
// ranges. Sentences never run across blocks: on slides, where there are no
// full stops, the layout's lines are the sentences.
//
// Thread safety: a TextBoundaries is for one thread (its words are found on
// first use); the plugins of one document run in turn on one thread.
#ifndef GLOSSATOR_TEXT_BOUNDARIES_H_
#define GLOSSATOR_TEXT_BOUNDARIES_H_

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "glossator/document.h"
#include "glossator/status.h"

namespace glossator::text {

using Range = std::pair<size_t, size_t>;

struct TextBoundaries {
  const Document* doc = nullptr;  // whose text they bound; outlives them
  std::vector<Range> sentences;   // trimmed of surrounding white space

  // The words that hold a letter or a digit, found when first asked for: no
  // shipped plugin reads them, and ICU's word iterator over a reading costs
  // more than finding all of its sentences. Empty when ICU cannot give them
  // (FindBoundaries has checked that it can) or memory runs out.
  const std::vector<Range>& Words() const;
  // Whether memory ran out in Words() since the last call (then the next
  // Words() tries again): the host drops the turn of the plugin that asked.
  bool TakeWordsOutOfMemory() const;

 private:
  mutable std::optional<std::vector<Range>> words_;
  mutable bool words_out_of_memory_ = false;
  static const std::vector<Range> kNoWords;
};

// The sentences, and a doc's words to find on first use. Internal error when
// ICU's break iterators are not available.
Result<TextBoundaries> FindBoundaries(const Document& doc);

// The words of doc (TextBoundaries::Words), or the error ICU gave.
Result<std::vector<Range>> FindWords(const Document& doc);

}  // namespace glossator::text

#endif  // GLOSSATOR_TEXT_BOUNDARIES_H_
