#include "text_scan.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace citations {

char32_t DecodeAt(std::string_view s, size_t i, size_t* length) {
  *length = 1;
  if (i >= s.size()) return 0;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0xFFFD;
  char32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (d & 0x3F);
  }
  *length = n;
  return cp;
}

size_t PreviousStart(std::string_view s, size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(static_cast<UChar32>(c));
}
bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}
bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c));
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  return c == 0xA0 || c == 0x202F || u_isUWhiteSpace(static_cast<UChar32>(c));
}
bool IsDash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool IsQuote(char32_t c) {
  return c == '"' || c == '\'' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB;
}
bool IsBullet(char32_t c) {
  return c == 0x2022 || c == 0xB7 || c == 0x25AA || c == 0x25E6 || c == 0x2023 || c == 0x2219 ||
         c == 0x25CF || c == '*' || IsDash(c);
}
bool IsEndPunctuation(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || IsSpace(c);
}
bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c); }

bool IsUpperAt(std::string_view s, size_t i) {
  size_t n;
  return i < s.size() && IsUpper(DecodeAt(s, i, &n));
}
bool IsLowerAt(std::string_view s, size_t i) {
  size_t n;
  return i < s.size() && IsLower(DecodeAt(s, i, &n));
}
bool IsLetterAt(std::string_view s, size_t i) {
  size_t n;
  return i < s.size() && IsLetter(DecodeAt(s, i, &n));
}

namespace {

template <typename Pred>
Span Trim(std::string_view s, Span span, Pred drop) {
  size_t n;
  while (span.begin < span.end && drop(DecodeAt(s, span.begin, &n))) span.begin += n;
  while (span.end > span.begin) {
    size_t p = PreviousStart(s, span.end);
    if (p < span.begin || !drop(DecodeAt(s, p, &n))) break;
    span.end = p;
  }
  return span;
}

}  // namespace

bool EndsInitial(std::string_view s, size_t begin, size_t i) {
  size_t j = i, n;
  int letters = 0;
  while (j > begin && letters < 3) {
    size_t p = PreviousStart(s, j);
    if (!IsLetter(DecodeAt(s, p, &n))) break;
    j = p;
    ++letters;
  }
  if (letters == 0 || letters > 2 || !IsUpperAt(s, j)) return false;
  if (letters == 2 && !IsLowerAt(s, PreviousStart(s, i))) return false;
  if (j == begin) return true;
  char32_t before = DecodeAt(s, PreviousStart(s, j), &n);
  return IsSpace(before) || before == '.' || IsDash(before);
}

Span TrimSpace(std::string_view s, Span span) {
  return Trim(s, span, [](char32_t c) { return IsSpace(c); });
}

Span TrimPunctuation(std::string_view s, Span span) {
  auto drop = [](char32_t c) { return c == ',' || c == ';' || c == ':' || IsSpace(c); };
  span = Trim(s, span, [&](char32_t c) { return drop(c) || c == '.'; });
  // Put back a '.' that ends an initial.
  if (span.end < s.size() && s[span.end] == '.' && EndsInitial(s, span.begin, span.end)) {
    ++span.end;
  }
  return span;
}

Span TrimAll(std::string_view s, Span span) {
  auto drop = [](char32_t c) {
    return IsEndPunctuation(c) || IsQuote(c) || c == '*' || c == '_' || c == '!' || c == '?';
  };
  // Brackets go when they enclose the whole or have no partner inside.
  while (true) {
    span = Trim(s, span, drop);
    if (span.size() < 2) return span;
    std::string_view v = Slice(s, span);
    char first = v.front(), last = v.back();
    bool opens = first == '(' || first == '[', closes = last == ')' || last == ']';
    if (opens && closes && v.find_first_of(")]") == v.size() - 1) {
      ++span.begin;
      --span.end;
    } else if (opens && v.find_first_of(")]") == std::string_view::npos) {
      ++span.begin;
    } else if (closes && v.find_first_of("([") == std::string_view::npos) {
      --span.end;
    } else {
      return span;
    }
  }
}

std::string TrimmedValue(std::string_view s) {
  return std::string(Slice(s, TrimAll(s, Span{0, s.size()})));
}

std::string NormalizeDashes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0, n; i < s.size(); i += n) {
    char32_t c = DecodeAt(s, i, &n);
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    if (IsDash(c)) {
      out += '-';
    } else {
      out.append(s.substr(i, n));
    }
  }
  return out;
}

std::string FoldName(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  std::string out;
  if (ascii) {
    for (char c : s) {
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      if (c >= 'a' && c <= 'z') out += c;
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(text, status) : text;
  if (U_FAILURE(status)) decomposed = text;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalpha(c) || u_isdigit(c)) kept.append(static_cast<UChar32>(u_tolower(c)));
  }
  kept.toUTF8String(out);
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsAllCaps(std::string_view s) {
  int upper = 0;
  for (size_t i = 0, n; i < s.size(); i += n) {
    char32_t c = DecodeAt(s, i, &n);
    if (IsLower(c)) return false;
    if (IsUpper(c)) ++upper;
  }
  return upper >= 2;
}

}  // namespace citations
