// LoadPlugin: dlopen one file, find its entry point, check the descriptor.
#include "plugin/loader.h"

#include <dlfcn.h>

#include <filesystem>
#include <string_view>
#include <utility>

#include "plugin/descriptor.h"

namespace glossator::plugin {
namespace {

Status Refuse(const std::string& file, const std::string& reason) {
  return Status::PluginError(file + ": refused: " + reason);
}

// dlerror()'s text, without the "path: " it often starts with (the refusal
// names the file already).
std::string DlError(const std::string& path) {
  const char* error = dlerror();
  std::string_view text = error ? error : "unknown error";
  if (text.starts_with(path + ": ")) text.remove_prefix(path.size() + 2);
  return std::string(text);
}

}  // namespace

Result<LoadedPlugin> LoadPlugin(const std::string& file) {
  // Without a '/', dlopen would search the system's library path instead.
  const std::string path = file.find('/') == std::string::npos ? "./" + file : file;
  dlerror();  // clear any earlier error
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) return Refuse(file, "cannot be loaded: " + DlError(path));
  std::shared_ptr<void> library(handle, [](void* h) { dlclose(h); });

  void* symbol = dlsym(handle, GLOSSATOR_PLUGIN_ENTRY_SYMBOL);
  if (symbol == nullptr) {
    return Refuse(file, "exports no " GLOSSATOR_PLUGIN_ENTRY_SYMBOL " (not a Glossator plugin?)");
  }
  auto entry = reinterpret_cast<glossator_plugin_entry_fn>(symbol);
  const glossator_plugin_descriptor* plugin_descriptor = entry();
  if (plugin_descriptor == nullptr) {
    return Refuse(file, GLOSSATOR_PLUGIN_ENTRY_SYMBOL " returned no descriptor (NULL)");
  }
  if (std::string problem = VersionProblem(*plugin_descriptor); !problem.empty()) {
    return Refuse(file, problem);
  }

  LoadedPlugin loaded;
  loaded.file = file;
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  loaded.absolute_path = ec ? path : absolute.lexically_normal().string();
  loaded.descriptor = CopyDescriptor(*plugin_descriptor);
  if (std::string problem = ContentProblem(loaded.descriptor); !problem.empty()) {
    return Refuse(file, problem);
  }
  loaded.info = DescribePlugin(loaded.descriptor, file);
  loaded.library = std::move(library);
  return loaded;
}

}  // namespace glossator::plugin
