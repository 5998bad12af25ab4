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

// The words of doc (TextBoundaries::Words), or the error ICU gave.
Result<std::vector<Range>> FindWords(const Document& doc);

struct TextBoundaries {
  const Document* doc = nullptr;  // whose text they bound; outlives them
  std::vector<Range> sentences;   // trimmed of surrounding white space
  // How Words() finds the words (a test puts a finder that fails here).
  Result<std::vector<Range>> (*find_words)(const Document&) = FindWords;

  // The words that hold a letter or a digit, found when first asked for: no
  // shipped plugin reads them, and ICU's word iterator over a reading costs
  // more than finding all of its sentences. Empty when they cannot be found
  // (an ICU error, though FindBoundaries has checked that ICU can make the
  // iterator, or memory running out): then TakeWordsFailure says why, and
  // Words() stays empty, not trying again, until the failure is taken.
  const std::vector<Range>& Words() const;
  // Why Words() found no words since the last call, or OK; the next Words()
  // tries again. kResourceLimit (no message) when memory ran out, else the
  // ICU error. The host drops the turn of the plugin that asked, saying so.
  Status TakeWordsFailure() const;

 private:
  mutable std::optional<std::vector<Range>> words_;
  mutable Status words_failure_;
  static const std::vector<Range> kNoWords;
};

// The sentences, and a doc's words to find on first use. Internal error when
// ICU's break iterators are not available.
Result<TextBoundaries> FindBoundaries(const Document& doc);

}  // namespace glossator::text

#endif  // GLOSSATOR_TEXT_BOUNDARIES_H_
