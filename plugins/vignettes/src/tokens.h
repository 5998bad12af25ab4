// Tokens of one sentence for the cue detectors: words (letters, digits and
// inner apostrophes or hyphens), quotation marks and single punctuation marks,
// with their offsets in the sentence.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_TOKENS_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vignettes {

struct Token {
  enum class Kind { kWord, kNumber, kQuote, kPunct };
  Kind kind = Kind::kWord;
  size_t begin = 0, end = 0;  // in the sentence
  std::string text;           // as written, with a curly apostrophe made straight
  std::string lower;          // text in ASCII lower case
  bool capitalised = false;   // a word whose first letter is an ASCII capital
  uint32_t classes = 0;       // lexicon::ClassesOf(lower)

  // Whether the lower-case form is in the word list c (a lexicon::WordClass).
  bool Has(uint32_t c) const { return (classes & c) != 0; }
  bool Is(std::string_view word) const { return kind == Kind::kWord && lower == word; }
  bool IsPunct(char c) const { return kind == Kind::kPunct && text.size() == 1 && text[0] == c; }
};

// Splits a sentence. Letters outside ASCII count as letters; the typographic
// quotation marks (“ ” ‘ and a ’ that is not inside a word) and the straight
// double quote are kQuote; dashes and other marks are kPunct.
std::vector<Token> Tokenize(std::string_view sentence);

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TOKENS_H_
