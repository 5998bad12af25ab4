// Sentence and word boundaries of a Document's text, from ICU, as UTF-8 byte
// ranges. Sentences never run across blocks: on slides, where there are no
// full stops, the layout's lines are the sentences.
//
// Thread safety: a TextBoundaries is immutable once computed.
#ifndef GLOSSATOR_TEXT_BOUNDARIES_H_
#define GLOSSATOR_TEXT_BOUNDARIES_H_

#include <cstddef>
#include <utility>
#include <vector>

#include "glossator/document.h"
#include "glossator/status.h"

namespace glossator::text {

using Range = std::pair<size_t, size_t>;

struct TextBoundaries {
  std::vector<Range> sentences;  // trimmed of surrounding white space
  std::vector<Range> words;      // the words that hold a letter or a digit
};

// Internal error when ICU's break iterators are not available.
Result<TextBoundaries> FindBoundaries(const Document& doc);

}  // namespace glossator::text

#endif  // GLOSSATOR_TEXT_BOUNDARIES_H_
