#include "layout/word_set.h"

#include <algorithm>
#include <cstring>

#include "layout/word_case.h"
#include "layout/word_set_data.h"
#include "layout/word_set_format.h"

namespace glossator::layout {
namespace {

namespace data = word_set_data;
namespace format = word_set_format;

// The entry's word starting at restart, decoding none before it.
std::string_view RestartWord(unsigned long restart) {
  const char* p = data::kBlob + data::kRestarts[restart];
  return {p + 2, static_cast<unsigned char>(p[1])};
}

// The bits of entry word, 0 when there is none.
unsigned char BitsOf(std::string_view word) {
  if (data::kRestartCount == 0) return 0;
  // The last restart whose word is <= word.
  unsigned long low = 0, high = data::kRestartCount;
  while (high - low > 1) {
    unsigned long middle = (low + high) / 2;
    if (RestartWord(middle) <= word)
      low = middle;
    else
      high = middle;
  }
  const char* p = data::kBlob + data::kRestarts[low];
  const char* end = data::kBlob + data::kBlobSize;
  std::string current;
  for (unsigned i = 0; i < format::kRestartInterval && p < end; ++i) {
    size_t shared = static_cast<unsigned char>(p[0]);
    size_t rest = static_cast<unsigned char>(p[1]);
    current.resize(shared);
    current.append(p + 2, rest);
    unsigned char bits = static_cast<unsigned char>(p[2 + rest]);
    p += 3 + rest;
    if (current == word) return bits;
    if (std::string_view(current) > word) return 0;
  }
  return 0;
}

std::string Converted(std::string_view word) {
  std::string out(word);
  for (unsigned long i = 0; i < data::kInputConversionCount; ++i) {
    const char* from = data::kInputConversions[i][0];
    const char* to = data::kInputConversions[i][1];
    size_t from_size = std::strlen(from);
    for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at)) {
      out.replace(at, from_size, to);
      at += std::strlen(to);
    }
  }
  return out;
}

}  // namespace

bool CompiledWordSet::empty() { return data::kEntryCount == 0; }

bool CompiledWordSet::Contains(std::string_view word) {
  if (word.empty() || empty()) return false;
  std::string converted = Converted(word);
  std::string lower = LowerCase(converted);
  switch (PatternOf(converted, lower)) {
    case CasePattern::kLower:
      return BitsOf(lower) & format::kLower;
    case CasePattern::kCapitalised:
      return BitsOf(lower) & format::kCapitalised;
    case CasePattern::kCapitals:
      return BitsOf(lower) & format::kCapitals;
    case CasePattern::kOther:
      break;
  }
  return BitsOf(converted) & format::kExact;
}

}  // namespace glossator::layout
