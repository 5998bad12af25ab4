// plugin_testing.h: run a plugin in-process on a text or a Document, without
// a PDF, and look at what it made. For a plugin's own tests and tools:
//
//   #include "glossator/plugin_testing.h"
//
//   glossator::plugin_testing::HarnessOptions options;
//   options.settings = {"acronyms.min_length=3"};
//   auto harness =
//       glossator::plugin_testing::PluginHarness::Load("build/libacronyms.so", options);
//   ASSERT_TRUE(harness.ok()) << harness.status().message();
//   glossator::plugin_testing::PluginOutput out = harness->RunOnText("The DSM and PTSD.");
//   EXPECT_EQ(out.TextsOf("acronyms:acronym"), (std::vector<std::string>{"DSM", "PTSD"}));
//
// The plugin runs exactly as `glossator annotate` runs it: loaded and checked
// by the same loader, its init (ABI 1.1) once when loaded, its create /
// process / destroy per document, its annotations checked by the host (a
// refused one is a problem), the same ICU sentences and words (Context::
// Sentences / Words). Link Glossator::core (find_package(Glossator)).
//
// Thread safety: a PluginHarness may run documents from several threads, as a
// Pipeline may.
#ifndef GLOSSATOR_PLUGIN_TESTING_H_
#define GLOSSATOR_PLUGIN_TESTING_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "glossator/annotation.h"
#include "glossator/document.h"
#include "glossator/export.h"
#include "glossator/pipeline.h"
#include "glossator/status.h"

namespace glossator::plugin_testing {

// A Document of text alone, as a plugin sees one: each run of text between
// blank lines ("\n\n") is a paragraph block, all on page 1; the file name is
// file_name (for messages). A line starting with "# " is a heading block
// (level 1) holding the rest of the line.
GLOSSATOR_EXPORT Document DocumentOfText(std::string_view text,
                                         const std::string& file_name = "text.txt");

// The sentences and words the host gives a plugin for doc (byte ranges).
struct Boundaries {
  std::vector<std::pair<size_t, size_t>> sentences, words;
};
GLOSSATOR_EXPORT Result<Boundaries> HostBoundaries(const Document& doc);

// What one run made.
struct PluginOutput {
  std::string text;                          // the document's text
  std::vector<Annotation> annotations;       // the plugin's own, in document order
  std::vector<TaxonomyCategory> categories;  // the plugin's declared categories
  std::vector<std::string> problems;         // failures and refused annotations, named

  // The annotations of one type, in document order.
  GLOSSATOR_EXPORT std::vector<Annotation> OfType(std::string_view type) const;
  // The text each annotation of type covers, in document order.
  GLOSSATOR_EXPORT std::vector<std::string> TextsOf(std::string_view type) const;
  std::string_view TextOf(const Annotation& a) const {
    return std::string_view(text).substr(a.begin, a.end - a.begin);
  }
};

struct HarnessOptions {
  // "plugin.key=value" settings, as `--set` gives them (a key given twice
  // arrives as both values, joined by a newline).
  std::vector<std::string> settings;
  // Files of plugins the one under test requires: loaded too, run before it;
  // their annotations are not in PluginOutput::annotations.
  std::vector<std::string> required_plugins;
};

class GLOSSATOR_EXPORT PluginHarness {
 public:
  // Loads the plugin file (and options.required_plugins) and runs its init.
  // Errors: the file refused by the loader (with the loader's reason), a
  // setting it does not know or refuses, a missing requirement.
  static Result<PluginHarness> Load(const std::string& plugin_file,
                                    const HarnessOptions& options = {});

  // The plugin as the host sees it (name, types, configuration keys).
  const PluginInfo& plugin() const;

  PluginOutput Run(const Document& doc) const;
  PluginOutput RunOnText(std::string_view text) const { return Run(DocumentOfText(text)); }

 private:
  PluginHarness(std::shared_ptr<const Pipeline> pipeline, size_t index);
  std::shared_ptr<const Pipeline> pipeline_;
  size_t index_;  // of the plugin under test in pipeline_->plugins()
};

}  // namespace glossator::plugin_testing

#endif  // GLOSSATOR_PLUGIN_TESTING_H_
