// library_directory: where a shipped plugin finds the data installed beside
// it (concepts/thesaurus.xml, citations/reference_model.txt), without an
// absolute path, so that a moved installation still works.
//
// For our plugins only: each is built by glossator_add_plugin with hidden
// visibility (inline functions included), so every plugin has its own copy
// of this function and dladdr on its address names that plugin's library.
#ifndef GLOSSATOR_PLUGINS_COMMON_LIBRARY_DIRECTORY_H_
#define GLOSSATOR_PLUGINS_COMMON_LIBRARY_DIRECTORY_H_

#include <dlfcn.h>

#include <stdexcept>
#include <string>

namespace glossator_plugins {

// The directory of the calling plugin's library, with a trailing '/'. Throws
// std::runtime_error, naming plugin, when dladdr cannot tell.
inline std::string LibraryDirectory(const std::string& plugin) {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&LibraryDirectory), &info) == 0 || info.dli_fname == nullptr) {
    throw std::runtime_error(plugin + ": cannot find the plugin's own library (dladdr)");
  }
  std::string path = info.dli_fname;
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string("./") : path.substr(0, slash + 1);
}

}  // namespace glossator_plugins

#endif  // GLOSSATOR_PLUGINS_COMMON_LIBRARY_DIRECTORY_H_
