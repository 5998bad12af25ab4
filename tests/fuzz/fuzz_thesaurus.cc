// A user thesaurus (concepts.thesaurus=FILE): any bytes load or throw a
// ThesaurusError naming the place; no crash, however deep the nesting.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "thesaurus.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view xml(reinterpret_cast<const char*>(data), size);
  try {
    concepts::Thesaurus thesaurus;
    thesaurus.AddText(xml, "fuzz.xml");
    thesaurus.Validate();
  } catch (const concepts::ThesaurusError&) {
  }
  return 0;
}
