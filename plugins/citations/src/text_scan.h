// text_scan: character-level helpers for UTF-8 text shared by the citations
// plugin's parsers: decoding one code point, its class (ICU), dashes,
// apostrophes and quotation marks, trimming, and folding a name for matching.
//
// Offsets are byte offsets into the string_view given. Thread safety: pure
// functions, no state.
#ifndef GLOSSATOR_CITATIONS_TEXT_SCAN_H_
#define GLOSSATOR_CITATIONS_TEXT_SCAN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace citations {

// A half-open byte range [begin, end).
struct Span {
  size_t begin = 0, end = 0;
  bool empty() const { return end <= begin; }
  size_t size() const { return end > begin ? end - begin : 0; }
};

inline std::string_view Slice(std::string_view s, Span span) {
  return s.substr(span.begin, span.size());
}

// The code point starting at byte i (U+FFFD for a malformed byte) and its
// length in bytes (at least 1, so loops always advance).
char32_t DecodeAt(std::string_view s, size_t i, size_t* length);
// The start of the character that ends just before byte i (0 when i is 0).
size_t PreviousStart(std::string_view s, size_t i);

bool IsLetter(char32_t c);
bool IsUpper(char32_t c);  // an upper-case or title-case letter
bool IsLower(char32_t c);
bool IsDigit(char32_t c);           // ASCII 0-9 only
bool IsSpace(char32_t c);           // white space, including no-break spaces
bool IsDash(char32_t c);            // - ‐ ‑ ‒ – — ―  −
bool IsApostrophe(char32_t c);      // ' ’ ʼ
bool IsQuote(char32_t c);           // " “ ” „ « » ‘ ’ ‚ '
bool IsBullet(char32_t c);          // • · ▪ ◦ ‣ ∙ * and dashes
bool IsEndPunctuation(char32_t c);  // . , ; : and white space
bool IsWordChar(char32_t c);        // letter or digit

bool IsUpperAt(std::string_view s, size_t i);
bool IsLowerAt(std::string_view s, size_t i);
bool IsLetterAt(std::string_view s, size_t i);

// Whether the '.' at dot ends an initial: one upper-case letter (or an
// upper-case and a lower-case one, "Th.") after begin, a space, a '.' or a
// hyphen ("M.", "J.-P.").
bool EndsInitial(std::string_view s, size_t begin, size_t dot);

// span without white space at either end.
Span TrimSpace(std::string_view s, Span span);
// span without white space and the characters ".,;:" at either end, except
// that a final '.' after an initial ("M.", "Th.") is kept.
Span TrimPunctuation(std::string_view s, Span span);
// span without white space, punctuation, brackets and quotation marks at
// either end (for comparing field values).
Span TrimAll(std::string_view s, Span span);
std::string TrimmedValue(std::string_view s);

// Every dash (en, em, minus, ...) written as '-', runs of white space as one
// space.
std::string NormalizeDashes(std::string_view s);

// A name folded for matching: lower case, accents removed, apostrophes,
// hyphens and spaces dropped ("O’Brien-Lowe" -> "obrienlowe").
std::string FoldName(std::string_view s);

// s with ASCII letters in lower case (other bytes as they are).
std::string AsciiLower(std::string_view s);

// True when all the letters of s are upper case and there are at least two.
bool IsAllCaps(std::string_view s);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_TEXT_SCAN_H_
