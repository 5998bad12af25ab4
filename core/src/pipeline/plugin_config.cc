#include "pipeline/plugin_config.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "util/display_text.h"

namespace glossator::pipeline {
namespace {

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

struct Setting {
  std::string plugin, key, value, where;
  bool from_command_line = true;  // --set, else the config file
};

// "plugin.key=value" -> Setting; where says where it came from, for errors.
Result<Setting> ParseSetting(const std::string& text, const std::string& where) {
  size_t eq = text.find('=');
  size_t dot = text.find('.');
  if (eq == std::string::npos || dot == std::string::npos || dot > eq) {
    return Status::InvalidArgument(where + ": expected plugin.key=value, got '" +
                                   EscapeForDisplay(text) + "'");
  }
  Setting s{Trim(text.substr(0, dot)), Trim(text.substr(dot + 1, eq - dot - 1)),
            Trim(text.substr(eq + 1)), where};
  if (s.plugin.empty() || s.key.empty()) {
    return Status::InvalidArgument(where + ": expected plugin.key=value, got '" +
                                   EscapeForDisplay(text) + "'");
  }
  return s;
}

std::string KeysOf(const PluginInfo& p) {
  if (p.config_keys.empty()) return "it has none";
  std::string keys;
  for (const PluginConfigKey& k : p.config_keys) keys += (keys.empty() ? "" : ", ") + k.key;
  return "its keys: " + keys;
}

}  // namespace

Result<ConfigValues> ResolveConfig(const std::vector<PluginInfo>& plugins,
                                   const std::string& config_file,
                                   const std::vector<std::string>& settings,
                                   const std::vector<std::string>& left_out) {
  std::vector<Setting> given;
  if (!config_file.empty()) {
    std::error_code ec;
    if (std::filesystem::is_directory(config_file, ec)) {
      return Status::InvalidArgument(config_file + ": is a directory, not a config file");
    }
    std::ifstream in(config_file);
    if (!in) return Status::NotFound(config_file + ": cannot read the config file");
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      std::string where = config_file + ":" + std::to_string(number);
      // A byte-order mark, as some editors write, is not part of the name.
      if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
      if (line.find('\0') != std::string::npos) {
        return Status::InvalidArgument(where + ": a NUL byte in the line");
      }
      std::string text = Trim(line.substr(0, line.find('#')));
      if (text.empty()) continue;
      Result<Setting> s = ParseSetting(text, where);
      if (!s.ok()) return s.status();
      Setting setting = *s;
      setting.from_command_line = false;
      given.push_back(setting);
    }
  }
  for (const std::string& text : settings) {
    Result<Setting> s = ParseSetting(text, "--set " + EscapeForDisplay(text));
    if (!s.ok()) return s.status();
    given.push_back(*s);
  }

  ConfigValues values;
  // (plugin, key) -> whether its values so far came from --set.
  std::map<std::pair<std::string, std::string>, bool> set_already;
  for (const PluginInfo& p : plugins) {
    values[p.name];  // every plugin has its (perhaps empty) entry
    for (const PluginConfigKey& k : p.config_keys) values[p.name][k.key] = k.default_value;
  }
  for (const Setting& s : given) {
    auto plugin = std::find_if(plugins.begin(), plugins.end(),
                               [&](const PluginInfo& p) { return p.name == s.plugin; });
    if (plugin == plugins.end()) {
      std::string names;
      for (const PluginInfo& p : plugins) names += (names.empty() ? "" : ", ") + p.name;
      bool found = std::find(left_out.begin(), left_out.end(), s.plugin) != left_out.end();
      return Status::InvalidArgument(s.where + ": no plugin named '" + EscapeForDisplay(s.plugin) +
                                     "' is loaded (loaded: " + (names.empty() ? "none" : names) +
                                     ")" +
                                     (found ? "; it was found, but --plugins leaves it out" : ""));
    }
    bool known = std::any_of(plugin->config_keys.begin(), plugin->config_keys.end(),
                             [&](const PluginConfigKey& k) { return k.key == s.key; });
    if (!known) {
      return Status::InvalidArgument(s.where + ": plugin '" + s.plugin +
                                     "' has no configuration key '" + EscapeForDisplay(s.key) +
                                     "'; " + KeysOf(*plugin));
    }
    // Given again from the same source: one more value (a repeatable key);
    // from --set after the file: the file's values are replaced.
    std::string& value = values[s.plugin][s.key];
    auto [from, first] = set_already.emplace(std::make_pair(s.plugin, s.key), s.from_command_line);
    bool again = !first && from->second == s.from_command_line;
    from->second = s.from_command_line;
    // Appended in place: a key given 100,000 times costs linear time, not
    // the quadratic time of building the value anew for each.
    if (again) {
      value += '\n';
      value += s.value;
    } else {
      value = s.value;
    }
  }
  return values;
}

}  // namespace glossator::pipeline
