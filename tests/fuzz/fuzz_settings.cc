// A settings file (--config): any bytes give values or a Status, in time
// linear in the size, and the message of a Status holds no byte a terminal
// would act on once escaped for it.
#include <cstddef>
#include <cstdint>

#include "fuzz_input_file.h"
#include "pipeline/plugin_config.h"
#include "util/display_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::vector<glossator::PluginInfo> plugins = [] {
    glossator::PluginInfo concepts;
    concepts.name = "concepts";
    concepts.config_keys = {{"thesaurus", "", ""}, {"builtin", "true", ""}};
    glossator::PluginInfo citations;
    citations.name = "citations";
    return std::vector<glossator::PluginInfo>{concepts, citations};
  }();
  std::string path = glossator::fuzz::InputFile(data, size, "conf");
  auto values = glossator::pipeline::ResolveConfig(plugins, path, {});
  if (!values.ok()) {
    std::string shown = glossator::EscapeForDisplay(values.status().message());
    for (unsigned char c : shown) {
      if (c < 0x20 || c == 0x7f) __builtin_trap();
    }
  }
  return 0;
}
