// Which plugin a worker process is running, kept in memory the worker shares
// with the parent: when the worker dies (a crash, an exit(), the time limit)
// while a plugin runs, the parent names that plugin instead of blaming the
// PDF, and can read the document again without it.
#ifndef GLOSSATOR_CLI_PLUGIN_WATCH_H_
#define GLOSSATOR_CLI_PLUGIN_WATCH_H_

#include <string>

namespace glossator::cli {

class PluginWatch {
 public:
  // Maps the shared page (before the workers are forked).
  PluginWatch();
  ~PluginWatch();
  PluginWatch(const PluginWatch&) = delete;
  PluginWatch& operator=(const PluginWatch&) = delete;

  // In the worker: the plugin now running, "" when none. Async-signal-safe
  // enough for the purpose: a plain copy into the shared page.
  void Set(const std::string& plugin);
  // In the parent, once the worker ended: the plugin that was running, "" for
  // none (or when the page could not be mapped).
  std::string Running() const;

 private:
  char* page_ = nullptr;
};

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_PLUGIN_WATCH_H_
