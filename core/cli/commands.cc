#include "commands.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "exit_codes.h"
#include "glossator/bibliography.h"
#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "glossator/tei.h"
#include "util/display_text.h"

namespace glossator::cli {
namespace {

// A message for the terminal: what came from outside (a plugin, a settings
// file, a PDF through Poppler) may hold control bytes and binary, escaped here
// whatever escaped them before.
std::string Shown(const std::string& message) {
  return EscapeForDisplay(message, LineBreaks::kKeep);
}

int Report(const Status& s) {
  // Messages already name the file and say what is wrong.
  std::fprintf(stderr, "glossator: %s\n", Shown(s.message()).c_str());
  return ExitCodeFor(s);
}

// The pipeline, or nullptr after reporting why it cannot run.
std::shared_ptr<const Pipeline> MakePipeline(const Options& o, bool quiet_refusals) {
  Result<std::shared_ptr<const Pipeline>> pipeline = Pipeline::Create(o.pipeline);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "glossator: %s\n", Shown(pipeline.status().message()).c_str());
    return nullptr;
  }
  if (!quiet_refusals) {
    for (const PluginRefusal& r : (*pipeline)->refusals()) {
      // The reason names the file already.
      std::fprintf(stderr, "glossator: warning: plugin %s\n", Shown(r.reason).c_str());
    }
    if ((*pipeline)->plugins().empty() && (*pipeline)->refusals().empty() &&
        !(*pipeline)->search_path().empty()) {  // empty: --no-plugins asked for none
      // Text-only TEI is a valid result, but from a build tree it is
      // usually a forgotten --plugin-dir.
      std::string searched;
      for (const std::string& dir : (*pipeline)->search_path()) {
        searched += (searched.empty() ? "" : ", ") + dir;
      }
      std::fprintf(stderr,
                   "glossator: warning: no plugins found (searched: %s); the TEI will hold the "
                   "text only. From a build tree, add --plugin-dir build/plugins\n",
                   searched.c_str());
    }
  }
  return *pipeline;
}

void Warn(const std::string& message) {
  std::fprintf(stderr, "glossator: warning: %s\n", Shown(message).c_str());
}

// A reading and what the plugins made of it.
struct Annotated {
  Document doc;
  Annotations annotations;
};

// Extracts input and runs the pipeline on it; the plugins' problems are warnings.
Result<Annotated> ExtractAndAnnotate(const Options& o, const Pipeline& pipeline,
                                     const std::string& input) {
  Result<Document> doc = ExtractDocument(input, o.extract);
  if (!doc.ok()) return doc.status();
  for (const std::string& w : doc->warnings()) Warn(w);
  std::vector<PluginProblem> problems;
  Annotations annotations = pipeline.Run(*doc, &problems);
  for (const PluginProblem& p : problems) Warn(p.message);
  return Annotated{std::move(doc).value(), std::move(annotations)};
}

int AnnotateOne(const Options& o, const Pipeline& pipeline, const std::string& input,
                const std::string& output) {
  Result<Annotated> read = ExtractAndAnnotate(o, pipeline, input);
  if (!read.ok()) return Report(read.status());
  const Document& doc = read->doc;
  std::vector<std::string> warnings;
  Status written;
  if (output == "-") {  // standard output, as for refs: written into, whatever it is
    Result<std::string> xml = RenderTei(doc, read->annotations, &warnings);
    written = xml.status();
    if (xml.ok() && (std::fwrite(xml->data(), 1, xml->size(), stdout) != xml->size() ||
                     std::fflush(stdout) != 0)) {
      written = Status::IoError("standard output: cannot write the TEI");
    }
  } else {
    written = WriteTeiFile(doc, read->annotations, output, &warnings);
  }
  for (const std::string& w : warnings) Warn(w);
  if (!written.ok()) return Report(written);
  if (!o.quiet) {
    std::fprintf(stderr, "glossator: %s -> %s (%d pages, %zu blocks, %zu annotations)\n",
                 input.c_str(), output.c_str(), doc.source().page_count, doc.blocks().size(),
                 read->annotations.items.size());
  }
  return kExitOk;
}

// The input among inputs that output would overwrite (the same file, by
// path or through a link), or nullptr: inputs are only ever read.
const std::string* InputAt(const std::string& output, const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (fs::equivalent(output, input, ec) && !ec) return &input;
  }
  return nullptr;
}

int RefuseToOverwriteInput(const std::string& output, const std::string& input) {
  std::fprintf(stderr,
               "glossator: %s is the input %s; an input is never overwritten: choose another "
               "output\n",
               output.c_str(), input.c_str());
  return kExitUsage;
}

// The plugin that makes the reference entries `refs` writes.
constexpr char kCitationsPlugin[] = "citations";

bool HasPlugin(const Pipeline& pipeline, const std::string& name) {
  for (const PluginInfo& p : pipeline.plugins()) {
    if (p.name == name) return true;
  }
  return false;
}

int RefsOne(const Options& o, const Pipeline& pipeline, const std::string& input) {
  Result<Annotated> read = ExtractAndAnnotate(o, pipeline, input);
  if (!read.ok()) return Report(read.status());
  const Annotations& annotations = read->annotations;
  size_t entries = std::count_if(annotations.items.begin(), annotations.items.end(),
                                 [](const Annotation& a) { return a.type == "reference"; });
  bool to_stdout = o.output.empty() || o.output == "-";
  if (to_stdout) {
    std::string text = RenderBibliography(annotations, o.format);
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() ||
        std::fflush(stdout) != 0) {
      return Report(Status::IoError("standard output: cannot write the references"));
    }
  } else if (Status written = WriteBibliographyFile(annotations, o.format, o.output);
             !written.ok()) {
    return Report(written);
  }
  if (!o.quiet) {
    std::fprintf(stderr, "glossator: %s -> %s (%zu reference entries)\n", input.c_str(),
                 to_stdout ? "standard output" : o.output.c_str(), entries);
  }
  return kExitOk;
}

}  // namespace

int RunText(const Options& o) {
  return RunIsolated(o.inputs[0], o.limits, [&] {
    Result<Document> doc = ExtractDocument(o.inputs[0], o.extract);
    if (!doc.ok()) return Report(doc.status());
    for (const std::string& w : doc->warnings()) Warn(w);
    std::fwrite(doc->text().data(), 1, doc->text().size(), stdout);
    std::fputc('\n', stdout);
    return static_cast<int>(kExitOk);
  });
}

int RunAnnotate(const Options& o) {
  namespace fs = std::filesystem;
  std::shared_ptr<const Pipeline> pipeline = MakePipeline(o, o.quiet);
  if (!pipeline) return kExitPlugin;
  std::error_code ec;
  if (o.output == "-" && o.inputs.size() > 1) {
    std::fprintf(stderr, "glossator: -o - (standard output) takes one input, not %zu\n",
                 o.inputs.size());
    return kExitUsage;
  }
  bool to_directory = o.inputs.size() > 1 || fs::is_directory(o.output, ec);
  if (to_directory && !fs::is_directory(o.output, ec)) {
    fs::create_directories(o.output, ec);
    if (ec) return Report(Status::IoError(o.output + ": cannot create directory: " + ec.message()));
  }
  // Two readings of one name would write one file: refuse before writing any.
  std::vector<std::string> outputs;
  for (const std::string& input : o.inputs) {
    outputs.push_back(to_directory ? (fs::path(o.output) / fs::path(input).stem()).string() + ".xml"
                                   : o.output);
    for (size_t i = 0; i + 1 < outputs.size(); ++i) {
      if (outputs[i] == outputs.back()) {
        std::fprintf(stderr, "glossator: %s and %s would both be written to %s; rename one\n",
                     o.inputs[i].c_str(), input.c_str(), outputs.back().c_str());
        return kExitUsage;
      }
    }
    if (const std::string* overwritten = InputAt(outputs.back(), o.inputs)) {
      return RefuseToOverwriteInput(outputs.back(), *overwritten);
    }
  }
  int first_failure = kExitOk;
  for (size_t k = 0; k < o.inputs.size(); ++k) {
    const std::string& input = o.inputs[k];
    const std::string& output = outputs[k];
    int code =
        RunIsolated(input, o.limits, [&] { return AnnotateOne(o, *pipeline, input, output); });
    if (code != kExitOk && first_failure == kExitOk) first_failure = code;
  }
  return first_failure;
}

int RunRefs(const Options& o) {
  std::shared_ptr<const Pipeline> pipeline = MakePipeline(o, o.quiet);
  if (!pipeline) return kExitPlugin;
  if (!HasPlugin(*pipeline, kCitationsPlugin)) {
    std::string searched;
    for (const std::string& dir : pipeline->search_path()) searched += " " + dir;
    std::fprintf(stderr,
                 "glossator: refs needs the %s plugin, which is not among the plugins to run "
                 "(searched:%s); build it, point --plugin-dir to it, or add it to --plugins\n",
                 kCitationsPlugin, searched.empty() ? " nothing" : searched.c_str());
    return kExitPlugin;
  }
  const std::string& input = o.inputs[0];
  if (const std::string* overwritten = InputAt(o.output, o.inputs)) {
    return RefuseToOverwriteInput(o.output, *overwritten);
  }
  return RunIsolated(input, o.limits, [&] { return RefsOne(o, *pipeline, input); });
}

int RunPlugins(const Options& o) {
  std::shared_ptr<const Pipeline> pipeline = MakePipeline(o, /*quiet_refusals=*/true);
  if (!pipeline) return kExitPlugin;
  std::printf("Plugin search path (in order):\n");
  for (const std::string& dir : pipeline->search_path()) std::printf("  %s\n", dir.c_str());
  std::printf("\n%zu plugin(s), in the order they run:\n", pipeline->plugins().size());
  for (const PluginInfo& p : pipeline->plugins()) {
    std::printf("\n%s %s  (ABI %d.%d, %s)\n  %s\n  file: %s\n", p.name.c_str(), p.version.c_str(),
                p.abi_major, p.abi_minor, p.license.c_str(), p.description.c_str(), p.file.c_str());
    for (const AnnotationType& t : p.types) {
      std::printf("  produces: %s as <%s>%s%s\n", t.name.c_str(), t.tei_element.c_str(),
                  t.tei_attributes.empty() ? "" : " ", Shown(t.tei_attributes).c_str());
    }
    for (const std::string& need : p.required) std::printf("  needs: %s\n", need.c_str());
    for (const PluginConfigKey& k : p.config_keys) {
      std::printf("  config: %s.%s = \"%s\"  %s\n", p.name.c_str(), k.key.c_str(),
                  Shown(k.default_value).c_str(), k.help.c_str());
    }
  }
  if (!pipeline->refusals().empty()) {
    std::printf("\nRefused:\n");
    for (const PluginRefusal& r : pipeline->refusals()) {
      std::printf("  %s\n", Shown(r.reason).c_str());
    }
  }
  return kExitOk;
}

}  // namespace glossator::cli
