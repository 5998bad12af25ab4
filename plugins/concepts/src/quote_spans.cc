#include "quote_spans.h"

namespace concepts {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool OpensStraight(std::string_view s, size_t i) {
  if (i == 0) return true;
  char p = s[i - 1];
  return p == ' ' || p == '\n' || p == '\t' || p == '(' || p == '[';
}

}  // namespace

std::vector<Span> QuoteSpans(std::string_view s) {
  std::vector<Span> out;
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t curly = kNone, single = kNone, straight = kNone;  // where the open passage begins
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"') {
      if (straight == kNone && OpensStraight(s, i)) {
        straight = i + 1;
      } else if (straight != kNone) {
        out.push_back({static_cast<uint32_t>(straight), static_cast<uint32_t>(i)});
        straight = kNone;
      }
      continue;
    }
    if (c != 0xE2 || i + 2 >= s.size() || static_cast<unsigned char>(s[i + 1]) != 0x80) continue;
    unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if (d == 0x9C) {  // “
      curly = i + 3;
    } else if (d == 0x9D && curly != kNone) {  // ”
      out.push_back({static_cast<uint32_t>(curly), static_cast<uint32_t>(i)});
      curly = kNone;
    } else if (d == 0x98) {  // ‘
      single = i + 3;
    } else if (d == 0x99 && single != kNone) {  // ’, unless an apostrophe
      bool apostrophe = i > 0 && IsWordByte(static_cast<unsigned char>(s[i - 1])) &&
                        i + 3 < s.size() && IsWordByte(static_cast<unsigned char>(s[i + 3]));
      if (!apostrophe) {
        out.push_back({static_cast<uint32_t>(single), static_cast<uint32_t>(i)});
        single = kNone;
      }
    }
    i += 2;
  }
  return out;
}

bool InsideQuotes(const std::vector<Span>& spans, uint32_t begin, uint32_t end) {
  for (const Span& s : spans) {
    if (s.begin <= begin && end <= s.end) return true;
  }
  return false;
}

}  // namespace concepts
