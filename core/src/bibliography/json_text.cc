#include "bibliography/json_text.h"

#include <unicode/utf8.h>

#include <cstdio>

namespace glossator::bibliography {

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0) {
          out += "\\ufffd";
        } else if (c < 0x20) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
          out += escape;
        } else {
          out.append(s.substr(start, i - start));
        }
    }
  }
  return out + "\"";
}

}  // namespace glossator::bibliography
