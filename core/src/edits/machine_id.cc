#include "edits/machine_id.h"

#include "edits/text_quote.h"
#include "util/sha256.h"

namespace glossator::edits {
namespace {

// 48 bits of the digest: 12 hex digits.
constexpr size_t kIdHexDigits = 12;
// Separates the hashed fields, so that ("ab", "c") and ("a", "bc") differ.
constexpr char kFieldSeparator = '\x1f';

}  // namespace

std::string MachineId(std::string_view text, const Annotation& a) {
  TextQuote q = QuoteOf(text, a.begin, a.end);
  std::string key = a.plugin;
  const std::string* fields[] = {&a.type, &q.exact, &q.prefix, &q.suffix};
  for (const std::string* field : fields) {
    key += kFieldSeparator;
    key += *field;
  }
  return kMachineIdPrefix + Sha256Hex(key).substr(0, kIdHexDigits);
}

bool IsMachineId(std::string_view id) {
  constexpr size_t kPrefix = sizeof kMachineIdPrefix - 1;
  if (id.size() < kPrefix + kIdHexDigits || id.substr(0, kPrefix) != kMachineIdPrefix) {
    return false;
  }
  for (size_t i = kPrefix; i < kPrefix + kIdHexDigits; ++i) {
    char c = id[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return id.size() == kPrefix + kIdHexDigits || id[kPrefix + kIdHexDigits] == '_';
}

}  // namespace glossator::edits
