#include "tokens.h"

#include <cctype>
#include <utility>

#include "lexicon.h"

namespace vignettes {
namespace {

bool IsAsciiAlnum(unsigned char c) { return std::isalnum(c) != 0; }

// The length of the UTF-8 character at s[i] (1 for a stray byte).
size_t CharLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return i + n <= s.size() ? n : 1;
}

// Typographic punctuation of the General Punctuation block (U+2000..U+206F:
// dashes, quotes, ellipsis) starts with E2 80 or E2 81.
bool IsGeneralPunctuation(std::string_view s, size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         (static_cast<unsigned char>(s[i + 1]) == 0x80 ||
          static_cast<unsigned char>(s[i + 1]) == 0x81);
}

bool IsLetterAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiAlnum(c);
  if (IsGeneralPunctuation(s, i)) return false;
  // Non-breaking and other spaces of Latin-1 (C2 A0) and the middle dot (C2 B7).
  if (c == 0xC2) return false;
  return true;
}

bool IsApostrophe(std::string_view s, size_t i, size_t* length) {
  if (s[i] == '\'') {
    *length = 1;
    return true;
  }
  if (s.substr(i, 3) == "\u2019") {
    *length = 3;
    return true;
  }
  return false;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (IsLetterAt(s, i)) {
      Token t;
      t.begin = i;
      bool digits_only = true;
      while (i < s.size()) {
        size_t apostrophe = 0;
        if (IsLetterAt(s, i)) {
          size_t n = CharLength(s, i);
          if (n > 1 || !std::isdigit(static_cast<unsigned char>(s[i]))) digits_only = false;
          t.text.append(s.substr(i, n));
          i += n;
        } else if ((s[i] == '-' || IsApostrophe(s, i, &apostrophe)) && i + 1 < s.size()) {
          size_t n = s[i] == '-' ? 1 : apostrophe;
          if (i + n >= s.size() || !IsLetterAt(s, i + n)) break;  // not inside a word
          t.text.push_back(s[i] == '-' ? '-' : '\'');
          i += n;
        } else {
          break;
        }
      }
      t.end = i;
      t.kind = digits_only ? Token::Kind::kNumber : Token::Kind::kWord;
      t.capitalised = std::isupper(static_cast<unsigned char>(t.text[0])) != 0;
      t.lower = t.text;
      for (char& ch : t.lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      // (A mark or quotation mark, one character, is in no word list.)
      t.classes = lexicon::ClassesOf(t.lower);
      out.push_back(std::move(t));
      continue;
    }
    Token t;
    t.begin = i;
    size_t n = CharLength(s, i);
    std::string_view piece = s.substr(i, n);
    t.text = std::string(piece);
    t.lower = t.text;
    bool quote = piece == "\"" || piece == "\u201C" || piece == "\u201D" || piece == "\u2018" ||
                 piece == "\u2019";
    t.kind = quote ? Token::Kind::kQuote : Token::Kind::kPunct;
    i += n;
    t.end = i;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace vignettes
