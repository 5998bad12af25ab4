#include "entry_label.h"

namespace citations {
namespace {

// What may follow a label: the entry's first character.
bool OpensEntry(std::string_view text, size_t i, size_t end) {
  if (i >= end) return false;
  size_t n;
  char32_t c = DecodeAt(text, i, &n);
  return IsLetter(c) || IsQuote(c) || c == '[' || c == '(' || IsDash(c) || c == '_';
}

// Keys are initials and a year ("Ahl78", "BFFR", "KaZa16a").
constexpr size_t kMaxKeyLength = 10;

}  // namespace

size_t KeyLabelAt(std::string_view text, size_t at, size_t end) {
  if (at >= end || text[at] != '[') return 0;
  size_t i = at + 1;
  bool letter = false;
  while (i < end && i - at - 1 <= kMaxKeyLength) {
    char c = text[i];
    bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!alpha && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') break;
    letter = letter || alpha;
    ++i;
  }
  if (!letter || i == at + 1 || i >= end || text[i] != ']' || i - at - 1 > kMaxKeyLength) return 0;
  if (i + 1 < end && text[i + 1] != ' ') return 0;
  return i + 1 - at;
}

EntryLabel LabelAt(std::string_view text, size_t at, size_t end) {
  EntryLabel label;
  size_t i = at;
  while (i < end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
  size_t start = i;
  char open = i < end ? text[i] : '\0';
  bool bracketed = open == '[' || open == '(';
  // Extraction may put spaces inside the brackets ("[1 ]", "[ 12]").
  if (bracketed) {
    ++i;
    while (i < end && text[i] == ' ') ++i;
  }
  size_t digits = i;
  int number = 0;
  while (i < end && text[i] >= '0' && text[i] <= '9' && i - digits < 4) {
    number = number * 10 + (text[i] - '0');
    ++i;
  }
  // At most three digits, not a year or a page number joined to more digits.
  if (i == digits || i - digits > 3 || number == 0 ||
      (i < end && text[i] >= '0' && text[i] <= '9')) {
    return label;
  }
  LabelForm form = LabelForm::kNone;
  if (bracketed) {
    char close = open == '[' ? ']' : ')';
    while (i < end && text[i] == ' ') ++i;
    if (i >= end || text[i] != close) return label;
    ++i;
    form = open == '[' ? LabelForm::kBracket : LabelForm::kParenthesis;
    // "[12]Wang" and "[12] Wang" alike.
    if (i < end && text[i] == ' ') {
      if (!OpensEntry(text, i + 1, end)) return label;
    } else if (!OpensEntry(text, i, end)) {
      return label;
    }
  } else if (i < end && (text[i] == '.' || text[i] == ')')) {
    form = text[i] == '.' ? LabelForm::kDot : LabelForm::kCloseParenthesis;
    ++i;
    bool spaced = i < end && text[i] == ' ';
    // "10.Wang" without a space, but not "3.5" or "1.e".
    if (spaced ? !OpensEntry(text, i + 1, end) : !(i < end && IsUpperAt(text, i))) return label;
  } else if (i < end && text[i] == ' ') {
    form = LabelForm::kBare;
    if (!(i + 1 < end && IsUpperAt(text, i + 1))) return label;
  } else {
    return label;
  }
  label.form = form;
  label.number = number;
  label.span = Span{start, i};
  return label;
}

}  // namespace citations
