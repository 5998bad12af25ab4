#include "tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <array>

namespace concepts {
namespace {

enum class Kind : uint8_t { kWord, kSpace, kHyphen, kApostrophe, kOther };

constexpr std::array<Kind, 128> MakeAsciiKinds() {
  std::array<Kind, 128> k{};
  for (auto& v : k) v = Kind::kOther;
  for (int c = '0'; c <= '9'; ++c) k[c] = Kind::kWord;
  for (int c = 'a'; c <= 'z'; ++c) k[c] = Kind::kWord;
  for (int c = 'A'; c <= 'Z'; ++c) k[c] = Kind::kWord;
  k[' '] = k['\t'] = k['\n'] = k['\r'] = k['\f'] = Kind::kSpace;
  k['-'] = Kind::kHyphen;
  k['\''] = Kind::kApostrophe;
  return k;
}
constexpr std::array<Kind, 128> kAscii = MakeAsciiKinds();

constexpr std::array<unsigned char, 128> MakeLower() {
  std::array<unsigned char, 128> l{};
  for (int c = 0; c < 128; ++c)
    l[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return l;
}
constexpr std::array<unsigned char, 128> kLower = MakeLower();

// The kind of the character at text[i] when it is not ASCII; *next is the
// offset after it.
Kind NonAsciiKindAt(std::string_view text, size_t i, size_t* next) {
  int32_t offset = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(text.data(), offset, static_cast<int32_t>(text.size()), c);
  *next = static_cast<size_t>(offset);
  if (c < 0) return Kind::kOther;
  if (c == 0x2019) return Kind::kApostrophe;
  if (c == 0x2010 || c == 0x2011) return Kind::kHyphen;
  if (c == 0x00A0 || c == 0x202F || c == 0x2009) return Kind::kSpace;
  if (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) return Kind::kWord;
  return Kind::kOther;
}

bool IsAsciiWordByte(char c) {
  auto b = static_cast<unsigned char>(c);
  return b < 0x80 && kAscii[b] == Kind::kWord;
}

// The kind of the character at text[i]; *next is the offset after it. ASCII,
// nearly all of the text, is one table lookup.
inline Kind KindAt(std::string_view text, size_t i, size_t* next) {
  unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    *next = i + 1;
    return kAscii[b];
  }
  return NonAsciiKindAt(text, i, next);
}

// Appends the ICU case folding of s (UTF-8) to out, writing ’ as '.
void AppendFolded(std::string_view s, std::string* out) {
  std::u16string wide(s.size() + 1, u'\0');
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = 0;
  u_strFromUTF8WithSub(wide.data(), static_cast<int32_t>(wide.size()), &n, s.data(),
                       static_cast<int32_t>(s.size()), 0xFFFD, nullptr, &status);
  if (U_FAILURE(status)) return;
  std::u16string folded(static_cast<size_t>(n) * 3 + 1, u'\0');
  int32_t m = u_strFoldCase(folded.data(), static_cast<int32_t>(folded.size()), wide.data(), n,
                            U_FOLD_CASE_DEFAULT, &status);
  if (U_FAILURE(status)) return;
  for (int32_t i = 0; i < m; ++i) {
    if (folded[static_cast<size_t>(i)] == u'\u2019') folded[static_cast<size_t>(i)] = u'\'';
  }
  std::string utf8(static_cast<size_t>(m) * 3 + 1, '\0');
  int32_t k = 0;
  u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &k, folded.data(), m, &status);
  if (U_FAILURE(status)) return;
  out->append(utf8.data(), static_cast<size_t>(k));
}

// Appends the folded form of word to out: ASCII by table (the fast path,
// nearly every word), anything else through ICU.
void AppendFoldedWord(std::string_view word, bool ascii, std::string* out) {
  if (!ascii) {
    AppendFolded(word, out);
    return;
  }
  size_t at = out->size();
  out->resize(at + word.size());
  char* to = out->data() + at;
  for (char c : word) *to++ = static_cast<char>(kLower[static_cast<unsigned char>(c)]);
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::string FoldCase(std::string_view text) {
  std::string out;
  AppendFoldedWord(text, IsAscii(text), &out);
  return out;
}

void Tokenize(std::string_view text, Tokens* out) {
  out->tokens.clear();
  out->folded.clear();
  Gap gap = Gap::kOther;  // the start of the block breaks a term
  size_t i = 0;
  while (i < text.size()) {
    size_t next = 0;
    Kind kind = KindAt(text, i, &next);
    if (kind != Kind::kWord) {
      if (kind == Kind::kHyphen) {
        gap = gap == Gap::kSpace ? Gap::kHyphen : Gap::kOther;
      } else if (kind != Kind::kSpace) {
        gap = Gap::kOther;
      }
      i = next;
      continue;
    }
    // A word: letters and digits, with apostrophes between them.
    size_t begin = i;
    size_t end = next;
    bool ascii = next == i + 1;  // so far
    while (end < text.size()) {
      // The common case, ASCII letters and digits, in a tight loop.
      while (end < text.size() && IsAsciiWordByte(text[end])) ++end;
      if (end == text.size()) break;
      size_t after = 0;
      Kind k = KindAt(text, end, &after);
      if (k == Kind::kWord) {
        ascii = ascii && after == end + 1;
        end = after;
      } else if (k == Kind::kApostrophe && after < text.size()) {
        size_t after2 = 0;
        if (KindAt(text, after, &after2) != Kind::kWord) break;
        // ’ (three bytes) folds to ', which the ICU path writes.
        ascii = ascii && after == end + 1 && after2 == after + 1;
        end = after2;
      } else {
        break;
      }
    }
    uint32_t folded_begin = static_cast<uint32_t>(out->folded.size());
    AppendFoldedWord(text.substr(begin, end - begin), ascii, &out->folded);
    out->tokens.push_back(Token{static_cast<uint32_t>(begin), static_cast<uint32_t>(end),
                                folded_begin, static_cast<uint32_t>(out->folded.size()), gap});
    gap = Gap::kSpace;  // until something else is seen after this token
    i = end;
  }
}

}  // namespace concepts
