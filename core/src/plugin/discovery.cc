// DiscoverPlugins: every "*.so" directly in each directory of the search
// path, loaded in order; the first plugin of a name wins. Each file is first
// loaded in a child process (load_probe.h), so that one that crashes or hangs
// while it loads is refused by name and never loaded here.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>

#include "plugin/load_probe.h"
#include "plugin/loader.h"

namespace glossator::plugin {
namespace {

namespace fs = std::filesystem;

// The "*.so" regular files (or links to them) directly in dir, sorted by
// name. A missing directory yields nothing; one that cannot be read for
// another reason yields a refusal naming it.
std::vector<std::string> LibrariesIn(const std::string& dir, std::vector<PluginRefusal>* refusals) {
  std::vector<std::string> files;
  std::error_code error;
  fs::directory_iterator it(dir, error);
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    const fs::path& path = it->path();
    std::error_code type_error;  // a dangling link is simply not a library
    if (path.extension() == ".so" && it->is_regular_file(type_error)) {
      files.push_back(path.string());
    }
  }
  if (error == std::errc::no_such_file_or_directory) return {};
  if (error) {
    refusals->push_back(
        {dir, dir + ": refused: cannot read the plugin directory: " + error.message()});
    return {};
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

namespace {

// Loads each file in order into found; the first plugin of a name wins.
void LoadInOrder(const std::vector<std::string>& files, Discovery& found) {
  std::map<std::string, std::string> file_of_name;
  std::map<std::string, std::string> failed_in_child = ProbeInChild(files);
  for (const std::string& file : files) {
    if (auto failed = failed_in_child.find(file); failed != failed_in_child.end()) {
      found.refusals.push_back({file, file + ": refused: " + failed->second});
      continue;
    }
    Result<LoadedPlugin> loaded = LoadPlugin(file);
    if (!loaded.ok()) {
      found.refusals.push_back({file, loaded.status().message()});
      continue;
    }
    const std::string& name = loaded->info.name;
    if (auto first = file_of_name.find(name); first != file_of_name.end()) {
      found.refusals.push_back(
          {file, file + ": refused: plugin \"" + name + "\" is shadowed by " + first->second});
      continue;
    }
    file_of_name.emplace(name, file);
    found.plugins.push_back(std::move(loaded).value());
  }
}

}  // namespace

Discovery DiscoverPlugins(const std::vector<std::string>& search_path) {
  Discovery found;
  std::vector<std::string> files;
  std::set<std::string> searched;  // a directory named twice is searched once
  for (const std::string& dir : search_path) {
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(dir, error);
    if (!searched.insert(error ? dir : canonical.string()).second) continue;
    for (std::string& file : LibrariesIn(dir, &found.refusals)) files.push_back(std::move(file));
  }
  LoadInOrder(files, found);
  return found;
}

Discovery LoadPluginFiles(const std::vector<std::string>& files) {
  Discovery found;
  LoadInOrder(files, found);
  return found;
}

}  // namespace glossator::plugin
