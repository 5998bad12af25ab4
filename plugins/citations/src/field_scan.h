// field_scan: small helpers the reference parser's parts share: words,
// abbreviations, sentence ends, comma-separated pieces, setting a field from
// a span.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_FIELD_SCAN_H_
#define GLOSSATOR_CITATIONS_FIELD_SCAN_H_

#include <initializer_list>
#include <string_view>
#include <vector>

#include "reference.h"
#include "text_scan.h"

namespace citations {

inline bool At(std::string_view s, size_t i, std::string_view word) {
  return s.substr(i, word.size()) == word;
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

size_t SkipSpaces(std::string_view s, size_t i, size_t end);

// The word (letters and inner dots) that ends just before position i.
std::string_view WordBefore(std::string_view s, size_t from, size_t i);

// Abbreviations whose full stop ends no sentence ("vs", "No", "pp", "Eds").
bool IsAbbreviation(std::string_view word);

bool HasAny(std::string_view s, std::initializer_list<std::string_view> words);

// The end of the sentence that starts at from (the offset of the '.', '?' or
// '!' that ends it, or limit): a full stop that ends an initial or a known
// abbreviation, or is followed by a lower-case letter, does not end it.
size_t SentenceEnd(std::string_view text, size_t from, size_t limit);

// text[span] split at commas outside brackets.
std::vector<Span> CommaPieces(std::string_view text, Span span);

// Sets field to text[span] without end punctuation, dashes as '-'.
void SetField(std::string_view text, Span span, Field* field);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_FIELD_SCAN_H_
