#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace glossator::text {
namespace {

constexpr UChar32 kReplacement = 0xFFFD;

bool IsLigature(UChar32 c) { return c >= 0xFB00 && c <= 0xFB06; }

bool IsOddSpace(UChar32 c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0x0009 || c == 0x000D;
}

// Invisible formatting: a soft hyphen, zero-width spaces and joiners' kin, a
// byte-order mark. They mark no glyph of their own.
bool IsDropped(UChar32 c) { return c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF; }

// A control character (C0 but tab, newline and carriage return; DEL; C1):
// a glyph the font maps to one stands for no character a reader sees, and
// XML 1.0 forbids most of them.
bool IsControl(UChar32 c) {
  return c != 0x0009 && c != 0x000A && c != 0x000D && u_charType(c) == U_CONTROL_CHAR;
}

// A noncharacter: U+FDD0..U+FDEF and the last two code points of every plane
// (U+FFFE, U+FFFF, U+1FFFE, ...). Never text; U+FFFE and U+FFFF are
// forbidden in XML 1.0, the others discouraged.
bool IsNoncharacter(UChar32 c) { return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE; }

// The length of a lone surrogate in UTF-8's three-byte form at utf8[i] (ED,
// A0..BF, 80..BF: not UTF-8, which has no surrogates), or 0. The PDF reader
// hands a lone surrogate of Poppler's UTF-16 on so, for it to be counted.
int32_t EncodedSurrogateAt(std::string_view utf8, int32_t i) {
  if (static_cast<size_t>(i) + 3 > utf8.size()) return 0;
  auto byte = [&](int32_t k) { return static_cast<unsigned char>(utf8[i + k]); };
  bool surrogate =
      byte(0) == 0xED && byte(1) >= 0xA0 && byte(1) <= 0xBF && (byte(2) & 0xC0) == 0x80;
  return surrogate ? 3 : 0;
}

// Calls on_character(c) for each character of utf8 in turn, and
// on_unrepresentable() instead for each piece that stands for no character:
// a lone surrogate, a noncharacter, a control character, U+FFFD itself (a
// glyph Poppler could not map), and each invalid UTF-8 sequence.
template <typename OnCharacter, typename OnUnrepresentable>
void Decode(std::string_view utf8, OnCharacter on_character, OnUnrepresentable on_unrepresentable) {
  const int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    if (int32_t length = EncodedSurrogateAt(utf8, i)) {
      on_unrepresentable();
      i += length;
      continue;
    }
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c < 0 || c == kReplacement || IsNoncharacter(c) || IsControl(c)) {
      on_unrepresentable();
    } else {
      on_character(c);
    }
  }
}

bool PrintableAscii(std::string_view utf8) {
  for (char c : utf8) {
    if (c < 0x20 || c >= 0x7F) return false;
  }
  return true;
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  int32_t i = 0, n = static_cast<int32_t>(bytes.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(bytes.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

size_t CountUnrepresentable(std::string_view utf8) {
  size_t count = 0;
  if (PrintableAscii(utf8)) return count;
  Decode(
      utf8, [](UChar32) {}, [&] { ++count; });
  return count;
}

std::string NormalizeText(std::string_view utf8) {
  // Most words are printable ASCII, which every step below leaves as it is.
  if (PrintableAscii(utf8)) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string();  // ICU data missing: nothing safe to return

  icu::UnicodeString folded;
  Decode(
      utf8,
      [&](UChar32 c) {
        if (IsOddSpace(c)) {
          folded.append(static_cast<UChar32>(0x20));
        } else if (IsDropped(c)) {
          return;
        } else if (IsLigature(c)) {
          icu::UnicodeString lig(c);
          folded.append(nfkc->normalize(lig, status));
        } else {
          folded.append(c);
        }
      },
      [&] { folded.append(kReplacement); });
  icu::UnicodeString out = nfc->normalize(folded, status);
  if (U_FAILURE(status)) return std::string();
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace glossator::text
