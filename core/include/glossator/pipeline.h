// The pipeline: finds plugins, orders them by what they need, configures
// them, and runs them over a Document.
//
// Thread safety: a Pipeline may run several documents at once from several
// threads; each Run makes its own plugin instances.
#ifndef GLOSSATOR_PIPELINE_H_
#define GLOSSATOR_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "glossator/annotation.h"
#include "glossator/document.h"
#include "glossator/export.h"
#include "glossator/status.h"

namespace glossator {

struct PipelineOptions {
  // Searched first, in order (--plugin-dir). Default: none.
  std::vector<std::string> plugin_dirs;
  // Then the directories of GLOSSATOR_PLUGIN_PATH (':'-separated). Default: true.
  bool use_environment = true;
  // Then the installed plugin directory. Default: true.
  bool use_installed_dir = true;
  // Only these plugins, by name (--plugins a,b); each must be found.
  // Default: empty, meaning every plugin found.
  std::vector<std::string> only;
  // "plugin.key=value" settings (--set), applied after the config file.
  std::vector<std::string> settings;
  // A config file of "plugin.key = value" lines ('#' starts a comment). Default: none.
  std::string config_file;
  // Annotations one plugin may add to one document; past it the plugin's
  // annotations for that document are dropped with a message. Default: 1,000,000.
  size_t max_annotations_per_plugin = 1'000'000;
};

struct PluginConfigKey {
  std::string key, default_value, help;
};

// A plugin the pipeline accepted.
struct PluginInfo {
  std::string name, version, license, description;
  std::string file;  // the shared library it came from
  int abi_major = 0, abi_minor = 0;
  std::vector<AnnotationType> types;
  std::vector<std::string> required;  // plugin names or types it needs first
  std::vector<PluginConfigKey> config_keys;
};

// A file that looked like a plugin and was refused, and why. reason is a
// whole message naming the file ("/p/libx.so: refused: built for ABI 2.0...").
struct PluginRefusal {
  std::string file, reason;
};

// What went wrong for one plugin on one document, while the others still ran.
struct PluginProblem {
  std::string plugin, message;  // message names the document
};

class GLOSSATOR_EXPORT Pipeline {
 public:
  // Finds and loads plugins and checks the configuration. Errors (the
  // pipeline cannot run): a --plugins name not found, a dependency cycle or a
  // missing dependency, an unknown configuration key (naming the plugin and
  // the keys it knows), a config file that cannot be read or parsed (naming
  // file and line), a plugin that refuses to start with the settings given
  // to it (naming where they were given). Plugins that fail to load are not
  // errors: they are in refusals().
  static Result<std::shared_ptr<const Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();

  // The accepted plugins, in the order they run.
  const std::vector<PluginInfo>& plugins() const;
  const std::vector<PluginRefusal>& refusals() const;
  // The directories searched, in order.
  const std::vector<std::string>& search_path() const;

  // Runs every plugin on doc. A plugin whose create or process fails, or
  // that adds annotations the host refuses, is reported in problems and the
  // others still run (a plugin that needs a failed one is skipped with a
  // problem of its own).
  Annotations Run(const Document& doc, std::vector<PluginProblem>* problems) const;

  struct Impl;

 private:
  explicit Pipeline(std::unique_ptr<Impl> impl);
  // Create and Run without the catch that keeps exceptions inside the library.
  static Result<std::shared_ptr<const Pipeline>> CreateUnguarded(const PipelineOptions& options);
  Annotations RunUnguarded(const Document& doc, std::vector<PluginProblem>* problems) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace glossator

#endif  // GLOSSATOR_PIPELINE_H_
