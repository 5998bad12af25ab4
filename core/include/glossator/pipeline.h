// The pipeline: finds plugins, orders them by what they need, configures
// them, and runs them over a Document.
//
// Thread safety: a Pipeline may run several documents at once from several
// threads; each Run makes its own plugin states (create / destroy), sharing
// each plugin's instance (ABI 1.1 init, made once by Create).
#ifndef GLOSSATOR_PIPELINE_H_
#define GLOSSATOR_PIPELINE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "glossator/annotation.h"
#include "glossator/document.h"
#include "glossator/export.h"
#include "glossator/status.h"

namespace glossator {

struct PipelineOptions {
  // When given, exactly these plugin files are loaded, in order, and no
  // directory is searched (plugin_testing.h's harness). Default: none.
  std::vector<std::string> plugin_files;
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

// What a caller of Run sees of it and may change: which plugin runs now (so
// that a worker process that dies can say which plugin it died in) and which
// plugins to leave out (so that a document can be read again without one).
struct RunControl {
  // Called with a plugin's name before its create and process, and with ""
  // when they returned.
  std::function<void(const std::string& plugin)> on_plugin;
  // Plugins (by name) not run on this document; each reported as a problem
  // with leave_out_reason, and the plugins that need it skipped.
  std::vector<std::string> leave_out;
  std::string leave_out_reason = "left out";
};

class GLOSSATOR_EXPORT Pipeline {
 public:
  // Finds and loads plugins and checks the configuration. Errors (the
  // pipeline cannot run): a --plugins name not found, a dependency cycle or a
  // missing dependency, an unknown configuration key (naming the plugin and
  // the keys it knows), a config file that cannot be read or parsed (naming
  // file and line), a plugin that refuses to start with the settings given
  // to it (naming where they were given). Plugins that fail to load are not
  // errors: they are in refusals(). Each plugin's init (ABI 1.1) runs here,
  // once: its data is loaded before any document (and before the command
  // forks its workers, which share it).
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
  Annotations Run(const Document& doc, std::vector<PluginProblem>* problems,
                  const RunControl& control) const;

  struct Impl;

 private:
  explicit Pipeline(std::unique_ptr<Impl> impl);
  // Create and Run without the catch that keeps exceptions inside the library.
  static Result<std::shared_ptr<const Pipeline>> CreateUnguarded(const PipelineOptions& options);
  Annotations RunUnguarded(const Document& doc, std::vector<PluginProblem>* problems,
                           const RunControl& control) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace glossator

#endif  // GLOSSATOR_PIPELINE_H_
