#include "commands.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>

#include "exit_codes.h"
#include "glossator/bibliography.h"
#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "glossator/tei.h"
#include "inputs.h"
#include "memory_pdf.h"
#include "outputs.h"
#include "plugin_watch.h"
#include "progress.h"
#include "reading_tei_file.h"
#include "setup_limits.h"
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
  ClearStatusLine();
  std::fprintf(stderr, "glossator: %s\n", Shown(s.message()).c_str());
  return ExitCodeFor(s);
}

// The pipeline, or nullptr after reporting why it cannot run, with the exit
// code for it in *failure.
std::shared_ptr<const Pipeline> MakePipeline(const Options& o, bool quiet_refusals, int* failure) {
  Result<std::shared_ptr<const Pipeline>> pipeline = [&] {
    SetupLimits limits(o.limits);
    return Pipeline::Create(o.pipeline);
  }();
  if (!pipeline.ok()) {
    std::fprintf(stderr, "glossator: %s\n", Shown(pipeline.status().message()).c_str());
    *failure =
        pipeline.status().code() == StatusCode::kResourceLimit ? kExitMemoryLimit : kExitPlugin;
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
  ClearStatusLine();
  std::fprintf(stderr, "glossator: warning: %s\n", Shown(message).c_str());
}

// A reading and what the plugins made of it.
struct Annotated {
  Document doc;
  Annotations annotations;
};

// Standard input or a pipe, read into memory; nothing for a file.
Result<std::optional<MemoryPdf>> ReadIfStream(const Input& input, const Limits& limits) {
  if (!input.is_stream) return std::optional<MemoryPdf>();
  Result<MemoryPdf> pdf = MemoryPdf::Read(input.path, limits.memory_mb);
  if (!pdf.ok()) return pdf.status();
  return std::optional<MemoryPdf>(std::move(pdf).value());
}

Result<Document> ReadDocument(const Input& input, const std::optional<MemoryPdf>& memory,
                              const ExtractOptions& options) {
  if (memory) return ExtractFromMemory(*memory, input.path, options);
  return ExtractDocument(input.path, options);
}

// Extracts input and runs the pipeline on it; the plugins' problems are warnings.
Result<Annotated> ExtractAndAnnotate(const Options& o, const Pipeline& pipeline, const Input& input,
                                     const std::optional<MemoryPdf>& memory,
                                     const RunControl& control = {}) {
  Result<Document> doc = ReadDocument(input, memory, o.extract);
  if (!doc.ok()) return doc.status();
  for (const std::string& w : doc->warnings()) Warn(w);
  std::vector<PluginProblem> problems;
  Annotations annotations = pipeline.Run(*doc, &problems, control);
  for (const PluginProblem& p : problems) Warn(p.message);
  return Annotated{std::move(doc).value(), std::move(annotations)};
}

int AnnotateOne(const Options& o, const Pipeline& pipeline, const Input& input,
                const std::optional<MemoryPdf>& memory, const std::string& output,
                const std::string& tag, SharedPageCount* pages_read, const RunControl& control) {
  auto start = std::chrono::steady_clock::now();
  Result<Annotated> read = ExtractAndAnnotate(o, pipeline, input, memory, control);
  if (!read.ok()) return Report(read.status());
  const Document& doc = read->doc;
  pages_read->Set(doc.source().page_count);  // for the summary line, in the parent
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
    std::vector<std::string> said;
    written = WriteReadingTei(o, doc, read->annotations, output, &warnings, &said,
                              OtherReadingsTei::kRefuse);
    if (!said.empty()) ClearStatusLine();
    for (const std::string& line : said) {
      std::fprintf(stderr, "glossator: %s\n", EscapeForDisplay(line, LineBreaks::kKeep).c_str());
    }
  }
  for (const std::string& w : warnings) Warn(w);
  if (!written.ok()) return Report(written);
  if (!o.quiet) {
    ClearStatusLine();
    std::string took;
    if (o.verbose) {
      char seconds[32];
      std::snprintf(
          seconds, sizeof seconds, " in %.1f s",
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      took = seconds;
    }
    std::fprintf(stderr, "glossator: %s%s -> %s (%d pages, %zu blocks, %zu annotations)%s\n",
                 tag.c_str(), DisplayName(input.path).c_str(), output.c_str(),
                 doc.source().page_count, doc.blocks().size(), read->annotations.items.size(),
                 took.c_str());
  }
  return kExitOk;
}

// The annotation type `refs` writes (the citations contract).
constexpr char kReferenceType[] = "reference";
// The setting, "KEY=VALUE", that asks the plugin making references to take
// each block of a list as one entry (refs --strings); a plugin that does not
// declare KEY is run without it.
constexpr char kOneEntryPerBlockKey[] = "entries";
constexpr char kOneEntryPerBlockSetting[] = "entries=blocks";

// The plugin that makes the reference entries `refs` writes: the first that
// declares the type; "" when none does.
std::string ReferencePlugin(const Pipeline& pipeline, bool* takes_blocks) {
  for (const PluginInfo& p : pipeline.plugins()) {
    for (const AnnotationType& t : p.types) {
      if (t.name != kReferenceType) continue;
      *takes_blocks =
          std::any_of(p.config_keys.begin(), p.config_keys.end(),
                      [](const PluginConfigKey& k) { return k.key == kOneEntryPerBlockKey; });
      return p.name;
    }
  }
  return "";
}

// Writes the reference entries of annotations as o asks (to o.output, or to
// standard output) and says so, naming the input.
int WriteRefs(const Options& o, const Annotations& annotations, const std::string& input_name) {
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
    std::fprintf(stderr, "glossator: %s -> %s (%zu reference entries)\n", input_name.c_str(),
                 to_stdout ? "standard output" : o.output.c_str(), entries);
  }
  return kExitOk;
}

int RefsOne(const Options& o, const Pipeline& pipeline, const Input& input,
            const std::optional<MemoryPdf>& memory) {
  Result<Annotated> read = ExtractAndAnnotate(o, pipeline, input, memory);
  if (!read.ok()) return Report(read.status());
  return WriteRefs(o, read->annotations, DisplayName(input.path));
}

// The reference strings of --strings FILE (or "-", standard input), one a
// line, blank lines left out; an IoError naming the file when it cannot be
// read.
Result<std::vector<std::string>> ReadReferenceStrings(const std::string& path) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(path + ": cannot be read: " + std::strerror(errno));
  std::string data;
  char buffer[65536];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0) data.append(buffer, got);
  bool failed = std::ferror(f) != 0;
  if (f != stdin) std::fclose(f);
  if (failed) return Status::IoError(path + ": cannot be read");
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= data.size()) {
    size_t end = data.find('\n', start);
    if (end == std::string::npos) end = data.size();
    std::string line = data.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// A Document of reference strings: a "References" heading and one block a
// string, as if a list had been printed with a blank line between entries.
Document StringsDocument(const std::string& path, const std::vector<std::string>& strings) {
  DocumentParts parts;
  parts.source.path = path;
  parts.source.file_name = path == "-" ? "stdin" : std::filesystem::path(path).filename().string();
  parts.source.page_count = 1;
  Page page;
  page.number = 1;
  page.width = 612;
  page.height = 792;
  parts.pages.push_back(page);
  auto add_block = [&](const std::string& text, BlockKind kind, int level) {
    if (!parts.text.empty()) parts.text += "\n\n";
    Block b;
    b.kind = kind;
    b.level = level;
    b.begin = parts.text.size();
    parts.text += text;
    b.end = parts.text.size();
    b.first_page = b.last_page = 1;
    parts.blocks.push_back(b);
  };
  add_block("References", BlockKind::kHeading, 1);
  for (const std::string& s : strings) add_block(s, BlockKind::kParagraph, 0);
  return Document(std::move(parts));
}

// refs --strings: the strings parsed by the plugin that makes references,
// told to take each block as one entry.
int RefsStrings(const Options& o, const std::string& plugin) {
  Result<std::vector<std::string>> strings = ReadReferenceStrings(o.strings);
  if (!strings.ok()) return Report(strings.status());
  Options with = o;
  with.pipeline.settings.push_back(plugin + "." + kOneEntryPerBlockSetting);
  int failure = kExitPlugin;
  std::shared_ptr<const Pipeline> pipeline = MakePipeline(with, /*quiet_refusals=*/true, &failure);
  if (!pipeline) return failure;
  Document doc = StringsDocument(o.strings, *strings);
  std::vector<PluginProblem> problems;
  Annotations annotations = pipeline->Run(doc, &problems);
  for (const PluginProblem& p : problems) Warn(p.message);
  return WriteRefs(o, annotations, o.strings == "-" ? "standard input" : DisplayName(o.strings));
}

// The one input of text or refs, read into memory when it is a stream.
struct SingleInput {
  Input input;
  std::optional<MemoryPdf> memory;
};

Result<SingleInput> TheInput(const Options& o) {
  Result<InputList> list = ExpandInputs(o);
  if (!list.ok()) return list.status();
  const Input& input = list->inputs.front();
  Result<std::optional<MemoryPdf>> memory = ReadIfStream(input, o.limits);
  if (!memory.ok()) return memory.status();
  return SingleInput{input, std::move(memory).value()};
}

// The plugins that run, for --verbose.
void ListPlugins(const Pipeline& pipeline) {
  for (const PluginInfo& p : pipeline.plugins()) {
    std::fprintf(stderr, "glossator: plugin %s %s (%s)\n", p.name.c_str(), p.version.c_str(),
                 p.file.c_str());
  }
}

// AnnotateOne in a worker process. A plugin that stops the worker (a crash,
// an exit(), the time limit) is named and the file read again without it,
// until the plugins left run through; their annotations are then written.
int AnnotateIsolated(const Options& o, const Pipeline& pipeline, const Input& input,
                     const std::optional<MemoryPdf>& memory, const std::string& output,
                     const std::string& tag, SharedPageCount* pages_read, PluginWatch& watch) {
  RunControl control;
  control.on_plugin = [&](const std::string& plugin) { watch.Set(plugin); };
  control.leave_out_reason = "left out: it stopped the worker on this reading";
  for (;;) {
    watch.Set("");
    int code = RunIsolated(
        DisplayName(input.path), o.limits,
        [&] { return AnnotateOne(o, pipeline, input, memory, output, tag, pages_read, control); },
        ClearStatusLine, &watch);
    std::string plugin = watch.Running();
    if (code != kExitPlugin || plugin.empty() ||
        std::find(control.leave_out.begin(), control.leave_out.end(), plugin) !=
            control.leave_out.end()) {
      return code;
    }
    control.leave_out.push_back(plugin);
    if (!o.quiet) {
      std::fprintf(stderr, "glossator: %s: reading it again without plugin %s\n",
                   DisplayName(input.path).c_str(), plugin.c_str());
    }
  }
}

}  // namespace

int RunText(const Options& o) {
  Result<SingleInput> in = TheInput(o);
  if (!in.ok()) return Report(in.status());
  return RunIsolated(DisplayName(in->input.path), o.limits, [&] {
    Result<Document> doc = ReadDocument(in->input, in->memory, o.extract);
    if (!doc.ok()) return Report(doc.status());
    for (const std::string& w : doc->warnings()) Warn(w);
    std::fwrite(doc->text().data(), 1, doc->text().size(), stdout);
    std::fputc('\n', stdout);
    return static_cast<int>(kExitOk);
  });
}

int RunAnnotate(const Options& o) {
  namespace fs = std::filesystem;
  int failure = kExitPlugin;
  std::shared_ptr<const Pipeline> pipeline = MakePipeline(o, o.quiet, &failure);
  if (!pipeline) return failure;
  Result<InputList> list = ExpandInputs(o);
  if (!list.ok()) return Report(list.status());
  Result<std::vector<std::string>> outputs = PlanOutputs(o.output, *list);
  if (!outputs.ok()) return Report(outputs.status());
  if (o.verbose) ListPlugins(*pipeline);
  const std::vector<Input>& inputs = list->inputs;
  Progress progress(inputs.size(), o.quiet);
  SharedPageCount pages_read;
  PluginWatch watch;
  int first_failure = kExitOk;
  for (size_t k = 0; k < inputs.size(); ++k) {
    const Input& input = inputs[k];
    const std::string& output = (*outputs)[k];
    std::error_code ec;
    if (o.skip_existing && output != "-" && fs::exists(output, ec)) {
      progress.Skipped();
      if (!o.quiet) {
        std::fprintf(stderr, "glossator: %s%s: skipped, %s exists (--skip-existing)\n",
                     progress.Tag(k).c_str(), DisplayName(input.path).c_str(), output.c_str());
      }
      continue;
    }
    int code = kExitOk;
    fs::path parent = fs::path(output).parent_path();
    if (fs::path(input.output_stem).has_parent_path() && !fs::is_directory(parent, ec)) {
      // The subdirectory of OUT for a PDF found below an input directory.
      fs::create_directories(parent, ec);
      if (ec)
        code =
            Report(Status::IoError(parent.string() + ": cannot create directory: " + ec.message()));
    }
    if (code == kExitOk) {
      Result<std::optional<MemoryPdf>> memory = ReadIfStream(input, o.limits);
      if (!memory.ok()) {
        code = Report(memory.status());
      } else {
        progress.Reading(k, DisplayName(input.path));
        code = AnnotateIsolated(o, *pipeline, input, *memory, output, progress.Tag(k), &pages_read,
                                watch);
        ClearStatusLine();  // the worker ended without a word (-q)
      }
    }
    int pages = pages_read.Take();
    if (code == kExitOk) {
      progress.Written(pages);
    } else {
      progress.Failed(pages);
      if (first_failure == kExitOk) first_failure = code;
    }
  }
  progress.Summary();
  return first_failure;
}

int RunRefs(const Options& o) {
  int failure = kExitPlugin;
  std::shared_ptr<const Pipeline> pipeline = MakePipeline(o, o.quiet, &failure);
  if (!pipeline) return failure;
  bool takes_blocks = false;
  std::string plugin = ReferencePlugin(*pipeline, &takes_blocks);
  if (plugin.empty()) {
    std::string searched;
    for (const std::string& dir : pipeline->search_path()) searched += " " + dir;
    std::fprintf(stderr,
                 "glossator: refs needs a plugin that makes %s annotations (such as citations), "
                 "and none is among the plugins to run (searched:%s); build it, point "
                 "--plugin-dir to it, or add it to --plugins\n",
                 kReferenceType, searched.empty() ? " nothing" : searched.c_str());
    return kExitPlugin;
  }
  if (o.verbose) ListPlugins(*pipeline);
  if (!o.strings.empty()) {
    if (!takes_blocks) {
      std::fprintf(stderr,
                   "glossator: refs --strings needs the plugin %s to take one entry a line (its "
                   "setting %s), which it does not declare\n",
                   Shown(plugin).c_str(), kOneEntryPerBlockKey);
      return kExitPlugin;
    }
    if (o.strings != "-" && !o.output.empty() && o.output != "-" &&
        std::filesystem::exists(o.output) && std::filesystem::equivalent(o.output, o.strings)) {
      return Report(RefuseToOverwriteInput(o.output, o.strings));
    }
    return RunIsolated(o.strings == "-" ? "standard input" : DisplayName(o.strings), o.limits,
                       [&] { return RefsStrings(o, plugin); });
  }
  Result<SingleInput> in = TheInput(o);
  if (!in.ok()) return Report(in.status());
  if (const std::string* overwritten = InputAt(o.output, {in->input})) {
    return Report(RefuseToOverwriteInput(o.output, *overwritten));
  }
  return RunIsolated(DisplayName(in->input.path), o.limits,
                     [&] { return RefsOne(o, *pipeline, in->input, in->memory); });
}

int RunPlugins(const Options& o) {
  int failure = kExitPlugin;
  std::shared_ptr<const Pipeline> pipeline = MakePipeline(o, /*quiet_refusals=*/true, &failure);
  if (!pipeline) return failure;
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
