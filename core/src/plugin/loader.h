// The plugin loader: finds shared libraries on the search path, opens each,
// and accepts it only when its descriptor adds up. Never throws; a file that
// fails is a PluginRefusal naming the file and the reason, and the others
// still load.
#ifndef GLOSSATOR_PLUGIN_LOADER_H_
#define GLOSSATOR_PLUGIN_LOADER_H_

#include <memory>
#include <string>
#include <vector>

#include "glossator/pipeline.h"
#include "glossator/plugin.h"
#include "glossator/status.h"

namespace glossator::plugin {

// A plugin library that passed the checks. The descriptor is the host's copy:
// the part the plugin's struct_size covers, zero beyond it. The library stays
// open as long as any copy of the LoadedPlugin lives.
struct LoadedPlugin {
  std::string file;
  std::string absolute_path;  // of file, as plugin_path gives it to the plugin
  glossator_plugin_descriptor descriptor{};
  std::shared_ptr<void> library;  // dlclose()s when the last copy goes
  PluginInfo info;                // descriptor in C++ form (strings copied)
};

// The directories to search, in order: plugin_dirs, then GLOSSATOR_PLUGIN_PATH
// (':'-separated) when use_environment, then the installed plugin directory
// when use_installed_dir. Directories that do not exist are kept (and simply
// yield nothing).
std::vector<std::string> SearchPath(const std::vector<std::string>& plugin_dirs,
                                    bool use_environment, bool use_installed_dir);

// Opens one file and checks it: the entry point is there, returns a
// descriptor, ABI major equal to ours and minor not newer, struct_size at
// least the size of the ABI 1.0 descriptor, name/version present and the name
// well-formed, create/process/destroy present, every declared type has a
// name and a TEI element, arrays present where their counts are non-zero.
// Errors are Status::PluginError-kind messages naming the file and the reason.
Result<LoadedPlugin> LoadPlugin(const std::string& file);

struct Discovery {
  std::vector<LoadedPlugin> plugins;  // in search order; the first of a name wins
  std::vector<PluginRefusal> refusals;
};

// Every "*.so" file directly in each directory of search_path (sorted by name
// within a directory). A second plugin of a name already found is refused as
// shadowed.
Discovery DiscoverPlugins(const std::vector<std::string>& search_path);

// Exactly these files, in order (PipelineOptions::plugin_files).
Discovery LoadPluginFiles(const std::vector<std::string>& files);

}  // namespace glossator::plugin

#endif  // GLOSSATOR_PLUGIN_LOADER_H_
