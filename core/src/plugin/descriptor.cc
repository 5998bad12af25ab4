#include "plugin/descriptor.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>
#include <string_view>
#include <vector>

#include "tei/schema.h"
#include "util/display_text.h"

namespace glossator::plugin {
namespace {

// How far a string of the descriptor (a name, a description, a key's help)
// is read: the longest honest one is a paragraph, and a pointer to memory
// left unterminated is read no further.
constexpr size_t kDescriptorStringLimit = 64 * 1024;

// The part every ABI version shares: struct_size, abi_major, abi_minor.
constexpr size_t kHeaderSize = offsetof(glossator_plugin_descriptor, abi_minor) + sizeof(uint16_t);

std::string Version(unsigned major, unsigned minor) {
  return std::to_string(major) + "." + std::to_string(minor);
}

// A string from the plugin, quoted for a message: control bytes escaped.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

bool Empty(const char* s) { return s == nullptr || *s == '\0'; }

bool AllOf(std::string_view s, std::string_view punctuation) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           punctuation.find(c) != std::string_view::npos;
  });
}

// An ASCII XML name: a letter or '_', then letters, digits, '-', '.', '_'.
bool IsXmlName(std::string_view s) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  return !s.empty() && letter(s[0]) && std::all_of(s.begin() + 1, s.end(), [&](char c) {
    return letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
  });
}

std::string TypesProblem(const glossator_plugin_descriptor& d) {
  if (d.type_count > 0 && d.types == nullptr) {
    return "declares " + std::to_string(d.type_count) + " types but no types array";
  }
  std::set<std::string_view> seen;
  for (size_t i = 0; i < d.type_count; ++i) {
    const glossator_type_decl& type = d.types[i];
    if (Empty(type.name)) return "type " + std::to_string(i) + " has no name";
    if (!AllOf(type.name, ":_-")) {
      return "type name " + Quote(type.name) + " is not made of a-z, 0-9, ':', '_' and '-'";
    }
    if (!seen.insert(type.name).second) return "type " + Quote(type.name) + " declared twice";
    if (Empty(type.tei_element)) return "type " + Quote(type.name) + " has no TEI element";
    if (!IsXmlName(type.tei_element)) {
      return "type " + Quote(type.name) + ": TEI element " + Quote(type.tei_element) +
             " is not an XML name";
    }
    // The TEI writer would turn an element it does not know into a stand-off
    // <span>, while `glossator plugins` showed the element: refused instead.
    if (!tei::IsInlineElement(type.tei_element)) {
      return "type " + Quote(type.name) + ": " + Quote(type.tei_element) +
             " is not a TEI element Glossator writes (" + tei::InlineElementList() + ")";
    }
  }
  return "";
}

std::string RequirementsProblem(const glossator_plugin_descriptor& d) {
  if (d.require_count > 0 && d.required == nullptr) {
    return "declares " + std::to_string(d.require_count) + " requirements but no required array";
  }
  for (size_t i = 0; i < d.require_count; ++i) {
    if (Empty(d.required[i])) return "requirement " + std::to_string(i) + " is empty";
  }
  return "";
}

std::string ConfigKeysProblem(const glossator_plugin_descriptor& d) {
  if (d.config_key_count > 0 && d.config_keys == nullptr) {
    return "declares " + std::to_string(d.config_key_count) +
           " configuration keys but no config_keys array";
  }
  std::set<std::string_view> seen;
  for (size_t i = 0; i < d.config_key_count; ++i) {
    const glossator_config_key& key = d.config_keys[i];
    if (Empty(key.key)) return "configuration key " + std::to_string(i) + " has no name";
    if (!seen.insert(key.key).second) {
      return "configuration key " + Quote(key.key) + " declared twice";
    }
    if (key.default_value == nullptr) {
      return "configuration key " + Quote(key.key) + " has no default (\"\" is allowed)";
    }
  }
  return "";
}

}  // namespace

std::string VersionProblem(const glossator_plugin_descriptor& plugin_descriptor) {
  const std::string needed =
      ", ABI " + Version(GLOSSATOR_ABI_MAJOR, 0) + " needs " + std::to_string(kAbi10DescriptorSize);
  const uint32_t size = plugin_descriptor.struct_size;
  if (size < kHeaderSize) {
    return "descriptor too short: " + std::to_string(size) + " bytes" + needed;
  }
  const unsigned major = plugin_descriptor.abi_major, minor = plugin_descriptor.abi_minor;
  const std::string ours = Version(GLOSSATOR_ABI_MAJOR, GLOSSATOR_ABI_MINOR);
  if (major != GLOSSATOR_ABI_MAJOR) {
    return "built for plugin ABI " + Version(major, minor) + "; this Glossator speaks " + ours;
  }
  if (minor > GLOSSATOR_ABI_MINOR) {
    return "built for plugin ABI " + Version(major, minor) +
           ", a newer minor version than this Glossator's " + ours;
  }
  if (size < kAbi10DescriptorSize) {
    return "descriptor too short: " + std::to_string(size) + " bytes" + needed;
  }
  return "";
}

glossator_plugin_descriptor CopyDescriptor(const glossator_plugin_descriptor& plugin_descriptor) {
  glossator_plugin_descriptor copy;
  std::memset(&copy, 0, sizeof copy);
  std::memcpy(&copy, &plugin_descriptor,
              std::min<size_t>(plugin_descriptor.struct_size, sizeof copy));
  return copy;
}

namespace {

// The first string of the descriptor that no NUL ends within
// kDescriptorStringLimit, named, or "". Every check after this one may read
// the strings as C strings. Arrays missing are left to the checks that
// name them.
std::string UnterminatedString(const glossator_plugin_descriptor& d) {
  std::vector<std::pair<std::string, const char*>> strings = {{"name", d.name},
                                                              {"version", d.version},
                                                              {"license", d.license},
                                                              {"description", d.description}};
  for (size_t i = 0; d.types != nullptr && i < d.type_count; ++i) {
    const std::string type = "type " + std::to_string(i);
    strings.push_back({type + " name", d.types[i].name});
    strings.push_back({type + " TEI element", d.types[i].tei_element});
    strings.push_back({type + " TEI attributes", d.types[i].tei_attributes});
  }
  for (size_t i = 0; d.required != nullptr && i < d.require_count; ++i) {
    strings.push_back({"requirement " + std::to_string(i), d.required[i]});
  }
  for (size_t i = 0; d.config_keys != nullptr && i < d.config_key_count; ++i) {
    const std::string key = "configuration key " + std::to_string(i);
    strings.push_back({key + " name", d.config_keys[i].key});
    strings.push_back({key + " default", d.config_keys[i].default_value});
    strings.push_back({key + " help", d.config_keys[i].help});
  }
  for (const auto& [what, s] : strings) {
    bool terminated = false;
    BoundedCString(s, kDescriptorStringLimit, &terminated);
    if (!terminated) {
      return "the descriptor's " + what + " is longer than " +
             std::to_string(kDescriptorStringLimit / 1024) + " KiB or not terminated";
    }
  }
  return "";
}

}  // namespace

std::string ContentProblem(const glossator_plugin_descriptor& d) {
  if (std::string problem = UnterminatedString(d); !problem.empty()) return problem;
  if (Empty(d.name)) return "the plugin has no name";
  if (!AllOf(d.name, "-")) {
    return "plugin name " + Quote(d.name) + " is not made of a-z, 0-9 and '-'";
  }
  const std::string plugin = "plugin " + Quote(d.name) + " ";
  if (Empty(d.version)) return plugin + "has no version";
  if (d.create == nullptr) return plugin + "has no create function";
  if (d.process == nullptr) return plugin + "has no process function";
  if (d.destroy == nullptr) return plugin + "has no destroy function";
  if ((d.init == nullptr) != (d.shutdown == nullptr)) {
    return plugin + (d.init == nullptr ? "has shutdown but no init" : "has init but no shutdown");
  }
  for (const std::string& problem :
       {TypesProblem(d), RequirementsProblem(d), ConfigKeysProblem(d)}) {
    if (!problem.empty()) return plugin + problem;
  }
  return "";
}

PluginInfo DescribePlugin(const glossator_plugin_descriptor& d, const std::string& file) {
  auto text = [](const char* s) { return std::string(BoundedCString(s, kDescriptorStringLimit)); };
  // What is only ever shown (on the terminal by `glossator plugins`, in the
  // TEI header) is escaped; names, keys and defaults are data, checked above.
  auto shown = [&](const char* s) { return EscapeForDisplay(text(s)); };
  PluginInfo info;
  info.name = text(d.name);
  info.version = shown(d.version);
  info.license = shown(d.license);
  info.description = shown(d.description);
  info.file = file;
  info.abi_major = d.abi_major;
  info.abi_minor = d.abi_minor;
  for (size_t i = 0; i < d.type_count; ++i) {
    const glossator_type_decl& t = d.types[i];
    info.types.push_back({text(t.name), text(t.tei_element), text(t.tei_attributes), info.name});
  }
  for (size_t i = 0; i < d.require_count; ++i) info.required.push_back(text(d.required[i]));
  for (size_t i = 0; i < d.config_key_count; ++i) {
    const glossator_config_key& k = d.config_keys[i];
    info.config_keys.push_back({text(k.key), text(k.default_value), shown(k.help)});
  }
  return info;
}

}  // namespace glossator::plugin
