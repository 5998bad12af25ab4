#include "glossator/plugin_testing.h"

#include <algorithm>

#include "text/boundaries.h"

namespace glossator::plugin_testing {

Document DocumentOfText(std::string_view text, const std::string& file_name) {
  DocumentParts parts;
  parts.source.path = file_name;
  parts.source.file_name = file_name;
  parts.source.page_count = 1;
  auto add_block = [&](std::string_view block) {
    size_t first = block.find_first_not_of(" \t\n");
    if (first == std::string_view::npos) return;
    block = block.substr(first, block.find_last_not_of(" \t\n") - first + 1);
    Block b;
    b.first_page = b.last_page = 1;
    if (block.substr(0, 2) == "# " && block.find('\n') == std::string_view::npos) {
      b.kind = BlockKind::kHeading;
      b.level = 1;
      block.remove_prefix(2);
    }
    if (!parts.text.empty()) parts.text += "\n\n";
    b.begin = parts.text.size();
    parts.text += block;
    b.end = parts.text.size();
    parts.blocks.push_back(b);
  };
  while (!text.empty()) {
    size_t gap = text.find("\n\n");
    add_block(text.substr(0, gap));
    if (gap == std::string_view::npos) break;
    text.remove_prefix(gap + 2);
  }
  Page page;
  page.number = 1;
  parts.pages.push_back(page);
  return Document(std::move(parts));
}

Result<Boundaries> HostBoundaries(const Document& doc) {
  Result<text::TextBoundaries> found = text::FindBoundaries(doc);
  if (!found.ok()) return found.status();
  Boundaries out;
  Result<std::vector<text::Range>> words = text::FindWords(doc);
  if (!words.ok()) return words.status();
  out.sentences = found->sentences;
  out.words = std::move(words).value();
  return out;
}

std::vector<Annotation> PluginOutput::OfType(std::string_view type) const {
  std::vector<Annotation> out;
  for (const Annotation& a : annotations) {
    if (a.type == type) out.push_back(a);
  }
  return out;
}

std::vector<std::string> PluginOutput::TextsOf(std::string_view type) const {
  std::vector<std::string> out;
  for (const Annotation& a : annotations) {
    if (a.type == type) out.emplace_back(TextOf(a));
  }
  return out;
}

PluginHarness::PluginHarness(std::shared_ptr<const Pipeline> pipeline, size_t index)
    : pipeline_(std::move(pipeline)), index_(index) {}

Result<PluginHarness> PluginHarness::Load(const std::string& plugin_file,
                                          const HarnessOptions& options) {
  PipelineOptions o;
  o.plugin_files = options.required_plugins;
  o.plugin_files.push_back(plugin_file);
  o.use_environment = false;
  o.use_installed_dir = false;
  o.settings = options.settings;
  Result<std::shared_ptr<const Pipeline>> pipeline = Pipeline::Create(o);
  if (!pipeline.ok()) return pipeline.status();
  const std::vector<PluginInfo>& plugins = (*pipeline)->plugins();
  auto it = std::find_if(plugins.begin(), plugins.end(),
                         [&](const PluginInfo& p) { return p.file == plugin_file; });
  if (it == plugins.end()) {
    for (const PluginRefusal& r : (*pipeline)->refusals()) {
      if (r.file == plugin_file) return Status::PluginError(r.reason);
    }
    return Status::PluginError(plugin_file + ": not loaded");
  }
  return PluginHarness(*pipeline, static_cast<size_t>(it - plugins.begin()));
}

const PluginInfo& PluginHarness::plugin() const { return pipeline_->plugins()[index_]; }

PluginOutput PluginHarness::Run(const Document& doc) const {
  PluginOutput out;
  out.text = doc.text();
  std::vector<PluginProblem> problems;
  Annotations all = pipeline_->Run(doc, &problems);
  const std::string& name = plugin().name;
  for (Annotation& a : all.items) {
    if (a.plugin == name) out.annotations.push_back(std::move(a));
  }
  for (TaxonomyCategory& c : all.categories) {
    if (c.plugin == name) out.categories.push_back(std::move(c));
  }
  for (PluginProblem& p : problems) out.problems.push_back(std::move(p.message));
  return out;
}

}  // namespace glossator::plugin_testing
