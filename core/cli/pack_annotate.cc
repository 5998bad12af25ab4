#include "pack_annotate.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "exit_codes.h"
#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "glossator/tei.h"
#include "isolated_run.h"
#include "reading_tei_file.h"
#include "setup_limits.h"
#include "util/atomic_file.h"
#include "util/display_text.h"
#include "util/sha256.h"

namespace glossator::cli {
namespace {

namespace fs = std::filesystem;

std::string ReadSmallFile(const std::string& path) {
  std::string data;
  if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
    char buffer[4096];
    size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0) data.append(buffer, got);
    std::fclose(f);
  }
  return data;
}

// Messages of the parent while workers run go through write(2), not stdio:
// another thread may fork a worker at any moment, and a worker forked while
// this thread held stderr's stdio lock would find it held for ever. write(2)
// takes no lock in this process.
void WriteToStderr(const char* text) {
  ssize_t ignored = write(STDERR_FILENO, text, std::strlen(text));
  (void)ignored;
}

// "[i/N] name …  12 s, about 30 s left" on a terminal's last line while the
// readings are annotated; nothing when stderr is not a terminal or with -q.
class PackProgress {
 public:
  PackProgress(size_t total, bool quiet) : total_(total), shown_(!quiet && isatty(STDERR_FILENO)) {}

  void Started(const std::string& name) { Show(name); }
  void Finished(const std::string& name) {
    ++done_;
    Show(name);
  }
  // Erases the line, before any other message (in a worker too).
  void Clear() {
    if (shown_) WriteToStderr("\r\033[K");
  }

 private:
  void Show(const std::string& name) {
    if (!shown_) return;
    std::lock_guard<std::mutex> lock(mutex_);
    double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    char line[512];
    size_t done = done_;
    if (done > 0) {
      double left = elapsed / static_cast<double>(done) * static_cast<double>(total_ - done);
      std::snprintf(line, sizeof line, "\r\033[K[%zu/%zu] %s \u2026 %.0f s, about %.0f s left",
                    done, total_, name.c_str(), elapsed, left);
    } else {
      std::snprintf(line, sizeof line, "\r\033[K[%zu/%zu] %s \u2026 %.0f s", done, total_,
                    name.c_str(), elapsed);
    }
    WriteToStderr(line);
  }

  size_t total_;
  bool shown_;
  std::atomic<size_t> done_{0};
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// The pipeline for one set of settings, made once before the workers start
// (each worker inherits it at fork), with the plugins' part of the fingerprint.
struct PreparedPipeline {
  std::shared_ptr<const Pipeline> pipeline;
  std::string error;  // why it cannot run ("" when it can)
  std::string fingerprint;
};

std::string Fingerprint(const ManifestReading& r, const PreparedPipeline& p,
                        const std::string& pdf_sha) {
  std::string f = std::string("glossator ") + GLOSSATOR_VERSION + "\n";
  f += "pdf " + pdf_sha + "\n";
  f += std::string("password ") + (r.password.empty() ? "none" : "given") + "\n";
  return f + p.fingerprint;
}

PreparedPipeline Prepare(const Options& o, const std::vector<std::string>& settings,
                         std::map<std::string, std::string>* plugin_sha) {
  PreparedPipeline p;
  PipelineOptions options = o.pipeline;
  options.settings.insert(options.settings.begin(), settings.begin(), settings.end());
  Result<std::shared_ptr<const Pipeline>> made = [&] {
    SetupLimits limits(o.limits);
    return Pipeline::Create(options);
  }();
  if (!made.ok()) {
    p.error = made.status().message();
    return p;
  }
  p.pipeline = *made;
  // The settings as the plugins get them: the manifest's, then --config's
  // file, then --set; with the SHA-256 of a file a value names.
  auto file_sha = [](const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return std::string();
    Result<std::string> sha = Sha256OfFile(path);
    return sha.ok() ? " sha256 " + *sha : std::string();
  };
  for (const std::string& setting : options.settings) {
    size_t eq = setting.find('=');
    p.fingerprint += "setting " + setting +
                     (eq == std::string::npos ? "" : file_sha(setting.substr(eq + 1))) + "\n";
  }
  if (!options.config_file.empty()) {
    p.fingerprint += "config " + options.config_file + file_sha(options.config_file) + "\n";
  }
  auto sha_of = [&](const std::string& file) -> const std::string& {
    auto [it, fresh] = plugin_sha->emplace(file, "");
    if (fresh) {
      Result<std::string> sha = Sha256OfFile(file);
      it->second = sha.ok() ? *sha : "unreadable";
    }
    return it->second;
  };
  for (const PluginInfo& info : p.pipeline->plugins()) {
    p.fingerprint += "plugin " + info.name + " " + info.version + " " + sha_of(info.file) + "\n";
    // A plugin's data lives beside it, in a folder of its name (the concepts
    // thesaurus: plugins/concepts/thesaurus.xml): a changed file there
    // changes what the plugin makes.
    fs::path data = fs::path(info.file).parent_path() / info.name;
    std::error_code ec;
    if (!fs::is_directory(data, ec)) continue;
    std::vector<std::string> files;
    // Its own files only: in a build tree the folder is also CMake's (its
    // Makefile, *.cmake and subfolders change with every configure).
    for (const auto& e : fs::directory_iterator(data, ec)) {
      std::string name = e.path().filename().string();
      if (!e.is_regular_file(ec) || name == "Makefile" || e.path().extension() == ".cmake")
        continue;
      files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      p.fingerprint +=
          "plugin-data " + fs::path(f).lexically_relative(data).string() + " " + sha_of(f) + "\n";
    }
  }
  return p;
}

// What an exit code says, for a failure whose worker left no message.
std::string CodeMeaning(int code) {
  switch (code) {
    case kExitTimeLimit:
      return "time limit reached";
    case kExitMemoryLimit:
      return "memory limit reached";
    case kExitDamaged:
      return "damaged PDF: the reader stopped on it";
    default:
      return "failed (exit code " + std::to_string(code) + ")";
  }
}

// In the worker: the reading annotated into its TEI file; the error, if any,
// reported and left in its error file.
int AnnotateInWorker(const Options& o, const ManifestReading& r, const Pipeline& pipeline,
                     const std::string& tei_path, PackProgress* progress) {
  auto fail = [&](const Status& s) {
    std::string message = r.id + ": " + s.message();
    progress->Clear();
    std::fprintf(stderr, "glossator: %s\n", EscapeForDisplay(message, LineBreaks::kKeep).c_str());
    WriteFileAtomically(ErrorFile(o.output, r.id), message + "\n");
    return ExitCodeFor(s);
  };
  ExtractOptions extract = o.extract;
  extract.password = r.password;
  Result<Document> doc = ExtractDocument(r.pdf, extract);
  if (!doc.ok()) return fail(doc.status());
  std::vector<std::string> warnings = doc->warnings();
  std::vector<PluginProblem> problems;
  Annotations annotations = pipeline.Run(*doc, &problems);
  for (const PluginProblem& p : problems) warnings.push_back(p.message);
  std::vector<std::string> said;
  // ID.xml is the reading's own: a manifest that gives the id another PDF
  // replaces it, unless an editor's work is in it.
  Status written = WriteReadingTei(o, *doc, annotations, tei_path, &warnings, &said,
                                   OtherReadingsTei::kReplaceWhenUnedited);
  for (const std::string& line : said) {
    progress->Clear();
    std::fprintf(stderr, "glossator: %s\n", EscapeForDisplay(line, LineBreaks::kKeep).c_str());
  }
  if (!o.quiet) {
    for (const std::string& w : warnings) {
      progress->Clear();
      std::fprintf(stderr, "glossator: warning: %s: %s\n", r.id.c_str(),
                   EscapeForDisplay(w, LineBreaks::kKeep).c_str());
    }
  }
  if (!written.ok()) return fail(written);
  return kExitOk;
}

}  // namespace

std::string StateDir(const std::string& dir) { return (fs::path(dir) / ".glossator").string(); }

std::string ErrorFile(const std::string& dir, const std::string& id) {
  return (fs::path(StateDir(dir)) / (id + ".error")).string();
}

AnnotateTally AnnotateReadings(const Options& o,
                               const std::vector<const ManifestReading*>& readings) {
  AnnotateTally tally;
  const std::string& dir = o.output;
  std::error_code ec;
  fs::create_directories(StateDir(dir), ec);
  // Every pipeline the readings need, made before any worker starts.
  std::map<std::vector<std::string>, PreparedPipeline> pipelines;
  std::map<std::string, std::string> plugin_sha;
  for (const ManifestReading* r : readings) {
    if (!pipelines.count(r->settings))
      pipelines[r->settings] = Prepare(o, r->settings, &plugin_sha);
  }
  struct Job {
    const ManifestReading* reading;
    const PreparedPipeline* pipeline;
    std::string fingerprint;
  };
  std::vector<Job> jobs;
  std::vector<std::pair<const ManifestReading*, std::string>> failures;  // before any worker
  for (const ManifestReading* r : readings) {
    const PreparedPipeline& p = pipelines[r->settings];
    std::string tei = (fs::path(dir) / (r->id + ".xml")).string();
    std::string fingerprint_file = (fs::path(StateDir(dir)) / (r->id + ".fingerprint")).string();
    if (!p.error.empty()) {
      failures.push_back({r, r->id + ": plugins cannot run: " + p.error});
      continue;
    }
    Result<std::string> sha = Sha256OfFile(r->pdf);
    if (!sha.ok()) {
      failures.push_back({r, r->id + ": " + sha.status().message()});
      continue;
    }
    std::string fingerprint = Fingerprint(*r, p, *sha);
    if (!o.pack.force && fs::exists(tei, ec) && ReadSmallFile(fingerprint_file) == fingerprint) {
      ++tally.unchanged;
      continue;
    }
    jobs.push_back({r, &p, fingerprint});
  }
  for (const auto& [r, message] : failures) {
    std::fprintf(stderr, "glossator: %s\n", message.c_str());
    WriteFileAtomically(ErrorFile(dir, r->id), message + "\n");
    fs::remove(fs::path(StateDir(dir)) / (r->id + ".fingerprint"), ec);
    ++tally.failed;
    if (tally.first_failure == 0) tally.first_failure = kExitPlugin;
  }

  PackProgress progress(jobs.size(), o.quiet);
  std::atomic<size_t> next{0};
  std::vector<int> codes(jobs.size(), kExitOk);
  auto worker = [&] {
    for (size_t k = next++; k < jobs.size(); k = next++) {
      const Job& job = jobs[k];
      const ManifestReading& r = *job.reading;
      std::string tei = (fs::path(dir) / (r.id + ".xml")).string();
      std::string error_file = ErrorFile(dir, r.id);
      std::string fingerprint_file = (fs::path(StateDir(dir)) / (r.id + ".fingerprint")).string();
      std::error_code e;
      fs::remove(error_file, e);
      fs::remove(fingerprint_file, e);  // until the new TEI is whole
      progress.Started(fs::path(r.pdf).filename().string());
      auto started = std::chrono::steady_clock::now();
      int code = RunIsolated(
          r.id, o.limits,
          [&] { return AnnotateInWorker(o, r, *job.pipeline->pipeline, tei, &progress); },
          [&] { progress.Clear(); });
      if (code == kExitOk) {
        WriteFileAtomically(fingerprint_file, job.fingerprint);
      } else if (!fs::exists(error_file, e)) {
        WriteFileAtomically(error_file, r.id + ": " + CodeMeaning(code) + "\n");
      }
      codes[k] = code;
      if (o.verbose && code == kExitOk) {
        char line[1024];
        std::snprintf(
            line, sizeof line, "glossator: %s -> %s (%.1f s)\n", r.id.c_str(), tei.c_str(),
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        progress.Clear();
        WriteToStderr(line);
      }
      progress.Finished(fs::path(r.pdf).filename().string());
    }
  };
  size_t workers = o.pack.jobs > 0 ? static_cast<size_t>(o.pack.jobs)
                                   : std::max(1u, std::thread::hardware_concurrency());
  workers = std::min(workers, std::max<size_t>(jobs.size(), 1));
  std::vector<std::thread> threads;
  for (size_t t = 0; t < workers; ++t) threads.emplace_back(worker);
  for (std::thread& t : threads) t.join();
  progress.Clear();
  for (size_t k = 0; k < jobs.size(); ++k) {
    if (codes[k] == kExitOk) {
      ++tally.annotated;
    } else {
      ++tally.failed;
      if (tally.first_failure == 0) tally.first_failure = codes[k];
    }
  }
  return tally;
}

}  // namespace glossator::cli
