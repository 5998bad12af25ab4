#include "plugin_watch.h"

#include <sys/mman.h>

#include <cstring>

namespace glossator::cli {
namespace {

// Plugin names are short ([a-z0-9-]+); one is cut here if it is not.
constexpr size_t kPageSize = 4096;

}  // namespace

PluginWatch::PluginWatch() {
  void* page = mmap(nullptr, kPageSize, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (page != MAP_FAILED) {
    page_ = static_cast<char*>(page);
    page_[0] = '\0';
  }
}

PluginWatch::~PluginWatch() {
  if (page_ != nullptr) munmap(page_, kPageSize);
}

void PluginWatch::Set(const std::string& plugin) {
  if (page_ == nullptr) return;
  size_t n = std::min(plugin.size(), kPageSize - 1);
  std::memcpy(page_, plugin.data(), n);
  page_[n] = '\0';
}

std::string PluginWatch::Running() const {
  if (page_ == nullptr) return "";
  return std::string(page_, strnlen(page_, kPageSize));
}

}  // namespace glossator::cli
