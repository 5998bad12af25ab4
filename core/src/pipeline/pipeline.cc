#include "glossator/pipeline.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <new>
#include <optional>

#include "pipeline/host_context.h"
#include "pipeline/plugin_config.h"
#include "pipeline/run_order.h"
#include "plugin/loader.h"
#include "text/boundaries.h"
#include "util/display_text.h"

namespace glossator {

struct Pipeline::Impl {
  std::vector<plugin::LoadedPlugin> plugins;  // in run order
  std::vector<PluginInfo> infos;              // the same, in run order
  std::vector<std::vector<size_t>> needs;     // run-order indexes each plugin depends on
  std::vector<PluginRefusal> refusals;
  std::vector<std::string> search_path;
  pipeline::ConfigValues config;
  size_t max_annotations = 0;
  // Per plugin in run order: what its init made (ABI 1.1; null without init),
  // shut down when the pipeline goes, or why init failed ("" when it did not).
  std::vector<std::shared_ptr<void>> instances;
  std::vector<std::string> init_errors;
};

namespace {

constexpr size_t kErrorSize = 1024;

// The names found, for messages.
std::string Names(const std::vector<plugin::LoadedPlugin>& plugins) {
  std::string names;
  for (const auto& p : plugins) names += (names.empty() ? "" : ", ") + p.info.name;
  return names.empty() ? "none" : names;
}

// How many places a message names before it counts the rest: a key given
// 100,000 times makes a message of a few lines, not one of 6 MB.
constexpr size_t kPlacesNamed = 5;

// places, comma-separated: the first kPlacesNamed, then how many more.
std::string FewOf(const std::vector<std::string>& places) {
  std::string out;
  for (size_t i = 0; i < places.size() && i < kPlacesNamed; ++i) {
    out += (out.empty() ? "" : ", ") + places[i];
  }
  if (places.size() > kPlacesNamed) {
    out += " and " + std::to_string(places.size() - kPlacesNamed) + " more";
  }
  return out;
}

// Where the user set keys of plugin: "FILE:LINE" for config file lines and
// "--set plugin.key=value" for settings, the first few named; "" for nowhere.
std::string SettingsOf(const std::string& plugin, const PipelineOptions& options) {
  std::string prefix = plugin + ".";
  std::vector<std::string> places;
  if (!options.config_file.empty()) {
    std::ifstream in(options.config_file);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      size_t start = line.find_first_not_of(" \t");
      if (start != std::string::npos && line.compare(start, prefix.size(), prefix) == 0) {
        places.push_back(options.config_file + ":" + std::to_string(n));
      }
    }
  }
  for (const std::string& setting : options.settings) {
    if (setting.compare(0, prefix.size(), prefix) == 0) {
      places.push_back("--set " + EscapeForDisplay(setting));
    }
  }
  return FewOf(places);
}

// The context of a plugin call without a document (init, the settings check).
void PrepareContext(const Pipeline::Impl& impl, size_t k, const std::string& document,
                    glossator_context& ctx) {
  const plugin::LoadedPlugin& p = impl.plugins[k];
  ctx.plugin = p.info.name;
  ctx.document = document;
  ctx.config = &impl.config.at(p.info.name);
  ctx.plugin_path = p.absolute_path;
  ctx.instance = k < impl.instances.size() ? impl.instances[k].get() : nullptr;
}

// Each plugin's init (ABI 1.1), once, in run order. A plugin the user
// configured that fails stops the run, naming where its settings were given;
// one that fails with its defaults is reported on each document, as a create
// that fails.
// plugin.h, "Memory": a plugin's message that begins so is a failed allocation.
bool SaysOutOfMemory(const std::string& message) { return message.rfind("out of memory", 0) == 0; }

Status OutOfMemoryIn(const std::string& plugin, const std::string& doing) {
  return Status::ResourceLimit("memory limit reached: plugin " + plugin + " ran out of memory " +
                               doing + " (--max-memory)");
}

Status InitPlugins(Pipeline::Impl& impl, const PipelineOptions& options) {
  impl.instances.assign(impl.plugins.size(), nullptr);
  impl.init_errors.assign(impl.plugins.size(), "");
  for (size_t k = 0; k < impl.plugins.size(); ++k) {
    const plugin::LoadedPlugin& p = impl.plugins[k];
    if (p.descriptor.init == nullptr) continue;
    glossator_context ctx;
    PrepareContext(impl, k, "(init)", ctx);
    char error[kErrorSize] = {0};
    void* instance = nullptr;
    if (p.descriptor.init(pipeline::HostApi(), &ctx, &instance, error, kErrorSize) !=
        GLOSSATOR_OK) {
      std::string message = pipeline::PluginMessage(error, kErrorSize);
      if (SaysOutOfMemory(message)) return OutOfMemoryIn(p.info.name, "loading its data");
      std::string where = SettingsOf(p.info.name, options);
      if (!where.empty()) {
        return Status::PluginError("plugin " + p.info.name + " refuses its settings (" + where +
                                   "): " + message);
      }
      impl.init_errors[k] = message;
      continue;
    }
    // The library stays open while the instance lives: shutdown is its code.
    void (*shutdown)(void*) = p.descriptor.shutdown;
    std::shared_ptr<void> library = p.library;
    impl.instances[k] = std::shared_ptr<void>(instance, [shutdown, library](void* i) {
      if (shutdown != nullptr) shutdown(i);
    });
  }
  return Status::Ok();
}

// A plugin the user configured is started once here, without a document, so
// that settings it refuses stop the run before any reading, naming where they
// were given, instead of failing it once per reading. (A plugin that fails to
// start with its defaults is reported per reading, as any plugin failure.)
Status CheckSettings(const Pipeline::Impl& impl, const PipelineOptions& options) {
  for (size_t k = 0; k < impl.plugins.size(); ++k) {
    const plugin::LoadedPlugin& p = impl.plugins[k];
    const std::string& name = p.info.name;
    std::string where = SettingsOf(name, options);
    if (where.empty() || !impl.init_errors[k].empty()) continue;
    glossator_context ctx;
    PrepareContext(impl, k, "(settings)", ctx);
    char error[kErrorSize] = {0};
    void* state = nullptr;
    if (p.descriptor.create(pipeline::HostApi(), &ctx, &state, error, kErrorSize) != GLOSSATOR_OK) {
      std::string message = pipeline::PluginMessage(error, kErrorSize);
      if (SaysOutOfMemory(message)) return OutOfMemoryIn(name, "starting with its settings");
      return Status::PluginError("plugin " + name + " refuses its settings (" + where +
                                 "): " + message);
    }
    p.descriptor.destroy(state);
  }
  return Status::Ok();
}

}  // namespace

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() {
  // The instances before the libraries their shutdown lives in (the
  // deleters hold the libraries too; this keeps the order plain).
  if (impl_) impl_->instances.clear();
}

const std::vector<PluginInfo>& Pipeline::plugins() const { return impl_->infos; }
const std::vector<PluginRefusal>& Pipeline::refusals() const { return impl_->refusals; }
const std::vector<std::string>& Pipeline::search_path() const { return impl_->search_path; }

Result<std::shared_ptr<const Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  try {
    return CreateUnguarded(options);
  } catch (const std::bad_alloc&) {
    // Under the command's --max-memory, as a user thesaurus too large for it
    // reaches it while a plugin loads it.
    return Status::ResourceLimit(
        "memory limit reached: out of memory setting up the plugins (loading their data, "
        "checking their settings)");
  } catch (const std::exception& e) {
    return Status::Internal(std::string("cannot set up the plugins: ") + e.what());
  }
}

Annotations Pipeline::Run(const Document& doc, std::vector<PluginProblem>* problems) const {
  return Run(doc, problems, RunControl());
}

Annotations Pipeline::Run(const Document& doc, std::vector<PluginProblem>* problems,
                          const RunControl& control) const {
  try {
    return RunUnguarded(doc, problems, control);
  } catch (const std::exception& e) {
    if (problems) {
      problems->push_back({"glossator", doc.source().file_name +
                                            ": the plugins' annotations were lost: " + e.what()});
    }
    return Annotations();
  }
}

Result<std::shared_ptr<const Pipeline>> Pipeline::CreateUnguarded(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->max_annotations = options.max_annotations_per_plugin;
  plugin::Discovery found;
  if (options.plugin_files.empty()) {
    impl->search_path =
        plugin::SearchPath(options.plugin_dirs, options.use_environment, options.use_installed_dir);
    found = plugin::DiscoverPlugins(impl->search_path);
  } else {
    found = plugin::LoadPluginFiles(options.plugin_files);
  }
  impl->refusals = std::move(found.refusals);

  std::vector<plugin::LoadedPlugin> chosen;
  if (options.only.empty()) {
    chosen = std::move(found.plugins);
  } else {
    for (const std::string& name : options.only) {
      auto it = std::find_if(found.plugins.begin(), found.plugins.end(),
                             [&](const plugin::LoadedPlugin& p) { return p.info.name == name; });
      if (it == found.plugins.end()) {
        std::string why;
        for (const PluginRefusal& r : impl->refusals) {
          if (r.file.find(name) != std::string::npos) why += "; " + r.reason;
        }
        return Status::PluginError("--plugins: no plugin named '" + name +
                                   "' was found (found: " + Names(found.plugins) + ")" + why);
      }
      chosen.push_back(*it);
    }
  }
  std::vector<PluginInfo> infos;
  for (const auto& p : chosen) infos.push_back(p.info);
  Result<std::vector<size_t>> order = pipeline::RunOrder(infos, &impl->needs);
  if (!order.ok()) return order.status();
  // Re-index dependencies from discovery order to run order.
  std::vector<size_t> position(chosen.size());
  for (size_t k = 0; k < order->size(); ++k) position[(*order)[k]] = k;
  std::vector<std::vector<size_t>> needs(chosen.size());
  for (size_t k = 0; k < order->size(); ++k) {
    for (size_t j : impl->needs[(*order)[k]]) needs[k].push_back(position[j]);
  }
  impl->needs = std::move(needs);
  for (size_t i : *order) {
    impl->plugins.push_back(chosen[i]);
    impl->infos.push_back(chosen[i].info);
  }
  std::vector<std::string> left_out;  // found, but not among --plugins
  if (!options.only.empty()) {
    for (const plugin::LoadedPlugin& p : found.plugins) {
      if (std::find(options.only.begin(), options.only.end(), p.info.name) == options.only.end()) {
        left_out.push_back(p.info.name);
      }
    }
  }
  Result<pipeline::ConfigValues> config =
      pipeline::ResolveConfig(impl->infos, options.config_file, options.settings, left_out);
  if (!config.ok()) return config.status();
  impl->config = std::move(*config);
  Status init = InitPlugins(*impl, options);
  if (!init.ok()) return init;
  Status settings = CheckSettings(*impl, options);
  if (!settings.ok()) return settings;
  return std::shared_ptr<const Pipeline>(new Pipeline(std::move(impl)));
}

namespace {

// One plugin's turn on a document: what it added, or why it has none.
struct Turn {
  bool failed = false;
  std::vector<Annotation> added;
  std::vector<TaxonomyCategory> categories;
};

// Calls the plugin's destroy on every way out of its turn, an exception
// (out of memory in the host's part of the turn) included.
class PluginState {
 public:
  explicit PluginState(const glossator_plugin_descriptor& d) : descriptor_(d) {}
  ~PluginState() { Destroy(); }
  PluginState(const PluginState&) = delete;
  PluginState& operator=(const PluginState&) = delete;
  void** slot() { return &state_; }
  void* get() const { return state_; }
  void Destroy() {
    if (state_ != nullptr) descriptor_.destroy(state_);
    state_ = nullptr;
  }

 private:
  const glossator_plugin_descriptor& descriptor_;
  void* state_ = nullptr;
};

using Report = std::function<void(const std::string& plugin, const std::string& message)>;

// Plugin k's turn on doc (made and failed: the turns before it).
Turn RunPlugin(const Pipeline::Impl& impl, size_t k, const Document& doc,
               const text::TextBoundaries& bounds, const std::vector<std::vector<Annotation>>& made,
               const std::vector<bool>& failed, const RunControl& control, const Report& report,
               uint64_t* next_id) {
  Turn turn;
  turn.failed = true;
  const plugin::LoadedPlugin& p = impl.plugins[k];
  const std::string& name = p.info.name;
  auto failed_need =
      std::find_if(impl.needs[k].begin(), impl.needs[k].end(), [&](size_t j) { return failed[j]; });
  if (failed_need != impl.needs[k].end()) {
    report(name, "plugin " + name + " skipped: it needs " + impl.infos[*failed_need].name +
                     ", which failed");
    return turn;
  }
  if (std::find(control.leave_out.begin(), control.leave_out.end(), name) !=
      control.leave_out.end()) {
    report(name, "plugin " + name + " " + control.leave_out_reason);
    return turn;
  }
  if (!impl.init_errors[k].empty()) {
    report(name, "plugin " + name + " could not start: " + impl.init_errors[k]);
    return turn;
  }
  glossator_context ctx;
  PrepareContext(impl, k, doc.source().file_name, ctx);
  for (const AnnotationType& t : p.info.types) ctx.declared_types.push_back(t.name);
  ctx.limit = impl.max_annotations;

  char error[kErrorSize] = {0};
  PluginState state(p.descriptor);
  if (control.on_plugin) control.on_plugin(name);
  if (p.descriptor.create(pipeline::HostApi(), &ctx, state.slot(), error, kErrorSize) !=
      GLOSSATOR_OK) {
    *state.slot() = nullptr;  // nothing to destroy: create failed
    if (control.on_plugin) control.on_plugin("");
    report(name,
           "plugin " + name + " could not start: " + pipeline::PluginMessage(error, kErrorSize));
    return turn;
  }
  ctx.doc = &doc;
  ctx.bounds = &bounds;
  for (size_t j : impl.needs[k]) {
    for (const Annotation& a : made[j]) ctx.visible.push_back(&a);
  }
  std::sort(ctx.visible.begin(), ctx.visible.end(), [](const Annotation* a, const Annotation* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->id < b->id;
  });
  pipeline::IndexVisible(ctx);
  ctx.next_id = *next_id;
  error[0] = '\0';
  int status = p.descriptor.process(state.get(), pipeline::HostApi(), &ctx, error, kErrorSize);
  state.Destroy();
  if (control.on_plugin) control.on_plugin("");
  *next_id = ctx.next_id;
  // The plugin read no words, though the document has them: what it made of
  // none is not what it would make of the document.
  Status words = bounds.TakeWordsFailure();
  if (words.code() == StatusCode::kResourceLimit) {
    report(name, "plugin " + name +
                     " ran out of memory (the --max-memory limit) finding the words it reads; its "
                     "annotations for this document were dropped");
    return turn;
  }
  if (!words.ok()) {
    report(name, "plugin " + name + " failed: the words it reads could not be found (" +
                     words.message() + "); its annotations for this document were dropped");
    return turn;
  }
  if (status != GLOSSATOR_OK) {
    report(name, "plugin " + name + " failed: " + pipeline::PluginMessage(error, kErrorSize));
    return turn;
  }
  if (ctx.limit_hit) {
    report(name, "plugin " + name + " added more than " + std::to_string(ctx.limit) +
                     " annotations; its annotations for this document were dropped");
    return turn;
  }
  if (ctx.refused > 0) {
    std::string reasons;
    for (const std::string& r : ctx.refusal_reasons) reasons += (reasons.empty() ? "" : "; ") + r;
    report(name, "plugin " + name + ": " + std::to_string(ctx.refused) +
                     " annotation(s) refused: " + reasons +
                     (ctx.refused > ctx.refusal_reasons.size() ? "; ..." : ""));
  }
  turn.failed = false;
  turn.added = std::move(ctx.added);
  turn.categories = std::move(ctx.categories);
  return turn;
}

// The turns' types and annotations into out. Out of memory here drops the
// plugin with the most annotations, named, and tries again: the annotations
// move only once everything they need is allocated.
void MergeTurns(const std::vector<PluginInfo>& infos, const Report& report,
                std::vector<std::vector<Annotation>>* made, Annotations* out) {
  for (;;) {
    try {
      std::vector<AnnotationType> types;
      std::vector<Annotation> items;
      size_t total = 0;
      for (const std::vector<Annotation>& m : *made) total += m.size();
      items.reserve(total);
      for (const PluginInfo& info : infos)
        types.insert(types.end(), info.types.begin(), info.types.end());
      for (std::vector<Annotation>& m : *made) {
        for (Annotation& a : m) items.push_back(std::move(a));  // reserved: no allocation
      }
      out->types = std::move(types);
      out->items = std::move(items);
      return;
    } catch (const std::bad_alloc&) {
      auto largest = std::max_element(made->begin(), made->end(), [](const auto& a, const auto& b) {
        return a.size() < b.size();
      });
      if (largest == made->end() || largest->empty()) throw;
      const std::string& name = infos[static_cast<size_t>(largest - made->begin())].name;
      *largest = {};
      auto& apps = out->applications;
      apps.erase(
          std::remove_if(apps.begin(), apps.end(), [&](const auto& a) { return a.ident == name; }),
          apps.end());
      report(name, "plugin " + name +
                       " ran out of memory (the --max-memory limit); its annotations for this "
                       "document were dropped");
    }
  }
}

}  // namespace

Annotations Pipeline::RunUnguarded(const Document& doc, std::vector<PluginProblem>* problems,
                                   const RunControl& control) const {
  Annotations out;
  if (impl_->plugins.empty()) return out;
  Report report = [&](const std::string& plugin, const std::string& message) {
    if (problems) problems->push_back({plugin, doc.source().file_name + ": " + message});
  };
  const size_t n = impl_->plugins.size();
  std::optional<text::TextBoundaries> bounds;
  std::vector<std::vector<Annotation>> made;
  std::vector<bool> failed;
  try {
    made.resize(n);
    failed.resize(n, false);
    Result<text::TextBoundaries> found = text::FindBoundaries(doc);
    if (found.ok()) {
      bounds = std::move(*found);
    } else {
      report("glossator", found.status().message());
    }
    if (!bounds) bounds.emplace();
  } catch (const std::bad_alloc&) {
    // Every plugin reads the words and sentences: none can run.
    for (const PluginInfo& info : impl_->infos) {
      report(info.name, "plugin " + info.name +
                            " skipped: out of memory (the --max-memory limit) finding the words "
                            "and sentences it reads");
    }
    return out;
  }
  uint64_t next_id = 1;
  for (size_t k = 0; k < n; ++k) {
    const std::string& name = impl_->plugins[k].info.name;
    // Out of memory in one plugin's turn (under --max-memory) drops that
    // plugin's annotations only: what the turn held is freed on the way out,
    // and the next plugin runs with the room it leaves.
    try {
      Turn turn = RunPlugin(*impl_, k, doc, *bounds, made, failed, control, report, &next_id);
      failed[k] = turn.failed;
      made[k] = std::move(turn.added);
      for (TaxonomyCategory& c : turn.categories) out.categories.push_back(std::move(c));
      if (!turn.failed) {
        const PluginInfo& info = impl_->plugins[k].info;
        out.applications.push_back({name, info.version, info.description});
      }
    } catch (const std::bad_alloc&) {
      if (control.on_plugin) control.on_plugin("");
      failed[k] = true;
      made[k] = {};
      report(name, "plugin " + name +
                       " ran out of memory (the --max-memory limit); its annotations for this "
                       "document were dropped");
    }
  }
  MergeTurns(impl_->infos, report, &made, &out);
  std::sort(out.items.begin(), out.items.end(), [](const Annotation& a, const Annotation& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.id < b.id;
  });
  return out;
}

}  // namespace glossator
