#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace glossator::text {
namespace {

bool IsLigature(UChar32 c) { return c >= 0xFB00 && c <= 0xFB06; }

bool IsOddSpace(UChar32 c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0x0009;
}

bool IsDropped(UChar32 c) {
  if (c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0xFFFD) return true;
  if (c == 0x000A) return false;  // newlines are the layout's business
  return u_charType(c) == U_CONTROL_CHAR;
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

std::string NormalizeText(std::string_view utf8) {
  // Most words are printable ASCII, which every step below leaves as it is.
  bool printable_ascii = true;
  for (char c : utf8) printable_ascii &= c >= 0x20 && c < 0x7F;
  if (printable_ascii) return std::string(utf8);
  // Invalid sequences become U+FFFD here and are dropped below.
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string();  // ICU data missing: nothing safe to return

  icu::UnicodeString folded;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    // Odd spaces first: a tab is a control character, but it separates words.
    if (IsOddSpace(c)) {
      folded.append(static_cast<UChar32>(0x20));
    } else if (IsDropped(c)) {
      continue;
    } else if (IsLigature(c)) {
      icu::UnicodeString lig(c);
      folded.append(nfkc->normalize(lig, status));
    } else {
      folded.append(c);
    }
  }
  icu::UnicodeString out = nfc->normalize(folded, status);
  if (U_FAILURE(status)) return std::string();
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace glossator::text
