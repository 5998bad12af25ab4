#include "util/display_text.h"

#include <cstdio>
#include <cstring>

namespace glossator {
namespace {

void AppendByteEscape(std::string& out, unsigned char byte) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "\\x%02x", byte);
  out += hex;
}

// The length of the valid UTF-8 sequence at text[i] (1..4), or 0 when it is
// invalid: truncated, overlong, a surrogate or beyond U+10FFFF. *cp gets the
// code point.
size_t ValidSequenceAt(std::string_view text, size_t i, char32_t* cp) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char lead = byte(0);
  size_t length;
  char32_t smallest;
  if (lead < 0x80) {
    *cp = lead;
    return 1;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2, *cp = lead & 0x1F, smallest = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, *cp = lead & 0x0F, smallest = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, *cp = lead & 0x07, smallest = 0x10000;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
    *cp = (*cp << 6) | (byte(k) & 0x3F);
  }
  if (*cp < smallest || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF)) return 0;
  return length;
}

}  // namespace

std::string EscapeForDisplay(std::string_view text, LineBreaks breaks) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const size_t length = ValidSequenceAt(text, i, &cp);
    if (length == 0) {  // one byte of binary: escaped, and on to the next
      AppendByteEscape(out, static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    if (cp == '\n' && breaks == LineBreaks::kKeep) {
      out += '\n';
    } else if (cp < 0x20 || cp == 0x7F) {
      AppendByteEscape(out, static_cast<unsigned char>(cp));
    } else if (cp >= 0x80 && cp <= 0x9F) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(cp));
      out += escape;
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

std::string_view BoundedCString(const char* s, size_t max_bytes, bool* terminated) {
  if (s == nullptr) {
    if (terminated) *terminated = true;
    return {};
  }
  const size_t length = strnlen(s, max_bytes);
  if (terminated) *terminated = length < max_bytes;
  return {s, length};
}

}  // namespace glossator
