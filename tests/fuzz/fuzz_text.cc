// Text normalisation and escaping for display on any bytes: NormalizeText
// gives valid UTF-8 with no character XML 1.0 forbids (a noncharacter or a
// lone surrogate is U+FFFD, counted by CountUnrepresentable), and
// EscapeForDisplay leaves no control byte and is idempotent.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tei/xml_util.h"
#include "text/normalize.h"
#include "util/display_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string text = glossator::text::NormalizeText(bytes);
  if (!glossator::text::IsValidUtf8(text)) __builtin_trap();
  if (glossator::tei::FindXmlForbidden(text) != std::string_view::npos) __builtin_trap();
  std::string shown = glossator::EscapeForDisplay(bytes);
  for (unsigned char c : shown) {
    if (c < 0x20 || c == 0x7f) __builtin_trap();
  }
  if (!glossator::text::IsValidUtf8(shown)) __builtin_trap();
  if (glossator::EscapeForDisplay(shown) != shown) __builtin_trap();
  return 0;
}
