// word_tokens: the words and punctuation of a stretch of running text, as
// the citation finder looks at them: capitalised or not, in capitals, a
// possessive ("Greaves's", "Fairbrother’s"), a word that starts sentences or
// names months rather than people ("The", "As", "April", "VS").
//
// A hyphen between two capitalised words, with or without spaces around it,
// joins them into one word ("Abernethy-Lowe", "ABERNETHY - LOWE").
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_WORD_TOKENS_H_
#define GLOSSATOR_CITATIONS_WORD_TOKENS_H_

#include <string_view>
#include <vector>

#include "text_scan.h"

namespace citations {

enum class TokenType { kWord, kAmpersand, kComma, kSemicolon, kPeriod, kOther };

struct WordToken {
  Span span;  // the whole word as printed, possessive included
  Span name;  // the word without a possessive ending
  TokenType type = TokenType::kWord;
  bool capitalised = false;  // starts with an upper-case letter
  bool all_caps = false;
  bool possessive = false;
  bool stopword = false;  // a capitalised word that is not a name (see IsStopword)
};

// The tokens of text[span], in order. White space is dropped; any other
// character that is not part of a word is a token of its own.
std::vector<WordToken> TokenizeWords(std::string_view text, Span span);

// Capitalised words that do not name people: articles, pronouns,
// prepositions and conjunctions that start sentences, months, seasons,
// "Chapter", "See", "VS". Compared without regard to case.
bool IsStopword(std::string_view word);

// Lower-case words allowed inside a surname ("van", "de", "der").
bool IsNameParticle(std::string_view word);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_WORD_TOKENS_H_
