// The glossator command: `annotate` PDFs into TEI, print their `text`.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "exit_codes.h"
#include "glossator/extract.h"
#include "glossator/tei.h"
#include "isolated_run.h"

namespace glossator::cli {
namespace {

constexpr const char kUsage[] = R"(glossator — annotated TEI from the PDFs of course readings

Usage:
  glossator annotate IN.pdf [IN.pdf ...] -o OUT   write TEI P5 for each PDF
  glossator text IN.pdf                           print the normalised text
  glossator --help | --version

annotate: with one input, OUT is the TEI file to write (OUT.xml), or an
existing directory; with several inputs, OUT is a directory (created if
missing) that receives one NAME.xml per NAME.pdf. Output files are written
atomically; a PDF that fails is reported and the others still run.

Options:
  -o, --output PATH     where annotate writes (see above)
  --password PW         password of an encrypted PDF
  --time-limit SECONDS  per-document time limit (default 120)
  --max-memory MB       per-document memory limit (default 4096; 0 = none)
  -q, --quiet           do not report written files on stderr
  -h, --help            this help
  --version             the version

Exit codes:
  0 success            4 not a PDF          8 time limit reached
  2 usage error        5 damaged PDF        9 memory limit reached
  3 file not found or  6 password required  10 internal error
    not readable/      7 no text layer
    writable             (scanned pages)
With several inputs the exit code is that of the first input that failed.
)";

struct Options {
  std::string command;
  std::vector<std::string> inputs;
  std::string output;
  ExtractOptions extract;
  Limits limits;
  bool quiet = false;
};

int UsageError(const std::string& message) {
  std::fprintf(stderr, "glossator: %s\nTry 'glossator --help'.\n", message.c_str());
  return kExitUsage;
}

bool ParseNumber(const char* text, long long* out) {
  char* end = nullptr;
  long long v = std::strtoll(text, &end, 10);
  if (!text[0] || *end || v < 0) return false;
  *out = v;
  return true;
}

// Fills options from argv; returns -1 to go on, or an exit code.
int Parse(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) return nullptr;
      (void)name;
      return argv[++i];
    };
    if (arg == "-h" || arg == "--help" || arg == "help") {
      std::fputs(kUsage, stdout);
      return kExitOk;
    } else if (arg == "--version") {
      std::printf("glossator %s\n", GLOSSATOR_VERSION);
      return kExitOk;
    } else if (arg == "-o" || arg == "--output") {
      const char* v = value("-o");
      if (!v) return UsageError(arg + " needs a path");
      o.output = v;
    } else if (arg == "--password") {
      const char* v = value("--password");
      if (!v) return UsageError("--password needs a value");
      o.extract.password = v;
    } else if (arg == "--time-limit" || arg == "--max-memory") {
      const char* v = value(arg.c_str());
      long long n = 0;
      if (!v || !ParseNumber(v, &n)) return UsageError(arg + " needs a whole number");
      if (arg == "--time-limit") {
        if (n == 0) return UsageError("--time-limit must be at least 1 second");
        o.limits.time = std::chrono::seconds(n);
        o.extract.time_limit = std::chrono::seconds(n);
      } else {
        o.limits.memory_mb = static_cast<size_t>(n);
      }
    } else if (arg == "-q" || arg == "--quiet") {
      o.quiet = true;
    } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
      return UsageError("unknown option '" + arg + "'");
    } else if (o.command.empty()) {
      o.command = arg;
    } else {
      o.inputs.push_back(arg);
    }
  }
  if (o.command.empty()) return UsageError("no command given (annotate or text)");
  if (o.command != "annotate" && o.command != "text") {
    return UsageError("unknown command '" + o.command + "'");
  }
  if (o.inputs.empty()) return UsageError(o.command + ": no input PDF given");
  if (o.command == "text" && o.inputs.size() > 1) return UsageError("text takes one PDF");
  if (o.command == "annotate" && o.output.empty()) return UsageError("annotate needs -o OUT");
  return -1;
}

int Report(const Status& s) {
  // Messages already name the file and say what is wrong.
  std::fprintf(stderr, "glossator: %s\n", s.message().c_str());
  return ExitCodeFor(s);
}

int PrintText(const Options& o) {
  Result<Document> doc = ExtractDocument(o.inputs[0], o.extract);
  if (!doc.ok()) return Report(doc.status());
  std::fwrite(doc->text().data(), 1, doc->text().size(), stdout);
  std::fputc('\n', stdout);
  return kExitOk;
}

int AnnotateOne(const Options& o, const std::string& input, const std::string& output) {
  Result<Document> doc = ExtractDocument(input, o.extract);
  if (!doc.ok()) return Report(doc.status());
  Status written = WriteTeiFile(*doc, output);
  if (!written.ok()) return Report(written);
  if (!o.quiet) {
    std::fprintf(stderr, "glossator: %s -> %s (%d pages, %zu blocks)\n", input.c_str(),
                 output.c_str(), doc->source().page_count, doc->blocks().size());
  }
  return kExitOk;
}

int Annotate(const Options& o) {
  namespace fs = std::filesystem;
  std::error_code ec;
  bool to_directory = o.inputs.size() > 1 || fs::is_directory(o.output, ec);
  if (to_directory && !fs::is_directory(o.output, ec)) {
    fs::create_directories(o.output, ec);
    if (ec) return Report(Status::IoError(o.output + ": cannot create directory: " + ec.message()));
  }
  int first_failure = kExitOk;
  for (const std::string& input : o.inputs) {
    std::string output =
        to_directory ? (fs::path(o.output) / fs::path(input).stem()).string() + ".xml" : o.output;
    int code = RunIsolated(input, o.limits, [&] { return AnnotateOne(o, input, output); });
    if (code != kExitOk && first_failure == kExitOk) first_failure = code;
  }
  return first_failure;
}

}  // namespace
}  // namespace glossator::cli

int main(int argc, char** argv) {
  using namespace glossator::cli;
  Options options;
  int parsed = Parse(argc, argv, options);
  if (parsed >= 0) return parsed;
  if (options.command == "text") {
    return RunIsolated(options.inputs[0], options.limits, [&] { return PrintText(options); });
  }
  return Annotate(options);
}
