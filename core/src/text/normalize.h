// Text normalisation with ICU: what every piece of PDF text goes through
// before it enters a Document.
//
// NFC; ligatures (U+FB00..U+FB06) spelled out; non-breaking, thin and other odd
// spaces, tabs and carriage returns folded to U+0020; soft hyphens, zero-width
// characters and byte-order marks removed. Quotes, dashes and everything else
// are kept as typed.
//
// What stands for no character becomes U+FFFD: noncharacters (U+FFFE, U+FFFF,
// U+FDD0..U+FDEF, the last two of every plane), lone surrogates (in UTF-8's
// three-byte form, as the PDF reader hands them on), control characters but
// the three above, U+FFFD itself, and each invalid UTF-8 sequence. A glyph was
// there, but it maps to no character, and XML 1.0 forbids most of these, so
// none reaches the TEI writer. They are kept as U+FFFD, not dropped, so that
// the reader of the TEI sees where one was; CountUnrepresentable counts them,
// for the warning that names the page.
//
// Thread safety: the functions are safe to call from any thread.
#ifndef GLOSSATOR_TEXT_NORMALIZE_H_
#define GLOSSATOR_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace glossator::text {

std::string NormalizeText(std::string_view utf8);

// How many characters of utf8 NormalizeText makes U+FFFD (see above).
size_t CountUnrepresentable(std::string_view utf8);

// True when the string is valid UTF-8 (what the output layer double-checks).
bool IsValidUtf8(std::string_view bytes);

// True when offset falls inside a UTF-8 character (on a continuation byte):
// a range may not begin or end there.
inline bool SplitsUtf8Character(std::string_view text, size_t offset) {
  return offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80;
}

}  // namespace glossator::text

#endif  // GLOSSATOR_TEXT_NORMALIZE_H_
