#include "layout/word_case.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace glossator::layout {
namespace {

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

std::string LowerCase(std::string_view word) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  return ToUtf8(text.toLower(icu::Locale::getRoot()));
}

std::string UpperCase(std::string_view word) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  return ToUtf8(text.toUpper(icu::Locale::getRoot()));
}

std::string Capitalised(std::string_view word) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  if (text.isEmpty()) return "";
  int32_t first_end = text.moveIndex32(0, 1);
  icu::UnicodeString first(text, 0, first_end);
  icu::UnicodeString rest(text, first_end);
  return ToUtf8(first.toUpper(icu::Locale::getRoot())) +
         ToUtf8(rest.toLower(icu::Locale::getRoot()));
}

CasePattern PatternOf(std::string_view word, std::string_view lower) {
  if (word == lower) return CasePattern::kLower;
  if (word == Capitalised(lower)) return CasePattern::kCapitalised;
  if (word == UpperCase(lower)) return CasePattern::kCapitals;
  return CasePattern::kOther;
}

}  // namespace glossator::layout
