// SearchPath: --plugin-dir, then GLOSSATOR_PLUGIN_PATH, then the installed
// plugin directory.
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "plugin/loader.h"

namespace glossator::plugin {
namespace {

// The installed plugin directory: beside the running glossator command when it
// stands in an installed bin/ (so a moved installation works), else the one
// configured at build time.
std::string InstalledPluginDir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec && exe.parent_path().filename() == "bin") {
    std::filesystem::path beside = exe.parent_path() / GLOSSATOR_PLUGIN_DIR_FROM_BINDIR;
    if (std::filesystem::is_directory(beside, ec)) return beside.lexically_normal().string();
  }
  return GLOSSATOR_INSTALLED_PLUGIN_DIR;
}

}  // namespace

std::vector<std::string> SearchPath(const std::vector<std::string>& plugin_dirs,
                                    bool use_environment, bool use_installed_dir) {
  std::vector<std::string> path;
  for (const std::string& dir : plugin_dirs) {
    if (!dir.empty()) path.push_back(dir);
  }
  const char* environment = use_environment ? std::getenv("GLOSSATOR_PLUGIN_PATH") : nullptr;
  if (environment != nullptr) {
    std::string_view rest = environment;
    while (true) {
      const size_t colon = rest.find(':');
      std::string_view dir = rest.substr(0, colon);
      if (!dir.empty()) path.emplace_back(dir);  // "a::b" and a trailing ':' add nothing
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  if (use_installed_dir) path.push_back(InstalledPluginDir());
  return path;
}

}  // namespace glossator::plugin
