#include "options.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "exit_codes.h"
#include "glossator/plugin.h"

namespace glossator::cli {

const char kUsage[] = R"(glossator — annotated TEI from the PDFs of course readings

Usage:
  glossator annotate IN.pdf [IN.pdf ...] -o OUT   write TEI P5 for each PDF
  glossator refs IN.pdf --format F [-o FILE]      write the reference list as data
  glossator text IN.pdf                           print the normalised text
  glossator plugins                               list the plugins found, and refused
  glossator --help | --version

annotate: with one input, OUT is the TEI file to write (OUT.xml), an
existing directory, or - for standard output; with several inputs, OUT is a
directory (created if missing) that receives one NAME.xml per NAME.pdf.
Output files are written atomically (a link is kept and the file it names
replaced; a device is written into); an output that is one of the inputs is
refused. A PDF that fails is reported and the others still run. Every
plugin found runs on every PDF; a plugin that fails is reported (on stderr)
and the TEI is still written with the others' annotations.

refs: runs the plugins as annotate does (the citations plugin must be among
them) and writes the reference list's entries to FILE (atomically), or to
standard output without -o (or with -o -). F is csl-json (CSL-JSON, as
pandoc --citeproc and Zotero read it) or bibtex.

Options:
  -o, --output PATH     where annotate or refs writes (see above)
  --format F            refs: csl-json or bibtex
  --password PW         password of an encrypted PDF
  --time-limit SECONDS  per-document time limit (default 120)
  --max-memory MB       per-document memory limit (default 4096; 0 = none)
  --plugin-dir DIR      look for plugins in DIR first (repeatable); then in
                        $GLOSSATOR_PLUGIN_PATH (':'-separated), then in the
                        installed plugin directory
  --plugins A,B         run only these plugins (default: all found)
  --no-plugins          run no plugins: structure-only TEI
  --set PLUGIN.KEY=VAL  configure a plugin (repeatable; a key given several
                        times gets all its values)
  --config FILE         plugin settings, one PLUGIN.KEY = VALUE a line (# comments);
                        a key --set gives replaces the file's values of it
  -q, --quiet           do not report written files on stderr
  -h, --help            this help
  --version             the version

Exit codes:
  0 success            4 not a PDF          8 time limit reached
  2 usage error        5 damaged PDF        9 memory limit reached
  3 file not found or  6 password required  10 internal error
    not readable/      7 no text layer      11 plugin or plugin
    writable             (scanned pages)       configuration error
With several inputs the exit code is that of the first input that failed.
)";

namespace {

// Limits past which the clocks and rlimit arithmetic would overflow: about
// eleven days, and a petabyte.
constexpr long long kMaxSeconds = 1'000'000;
constexpr long long kMaxMegabytes = 1LL << 30;

int UsageError(const std::string& message) {
  std::fprintf(stderr, "glossator: %s\nTry 'glossator --help'.\n", message.c_str());
  return kExitUsage;
}

// A whole number from 0 to max.
bool ParseNumber(const char* text, long long max, long long* out) {
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(text, &end, 10);
  if (!text[0] || *end || errno == ERANGE || v < 0 || v > max) return false;
  *out = v;
  return true;
}

std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    if (comma > start) items.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return items;
}

}  // namespace

int ParseOptions(int argc, char** argv, Options& o) {
  bool no_plugins = false, has_format = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "-h" || arg == "--help" || arg == "help") {
      std::fputs(kUsage, stdout);
      return kExitOk;
    } else if (arg == "--version") {
      std::printf("glossator %s (plugin ABI %d.%d)\n", GLOSSATOR_VERSION, GLOSSATOR_ABI_MAJOR,
                  GLOSSATOR_ABI_MINOR);
      return kExitOk;
    } else if (arg == "-q" || arg == "--quiet") {
      o.quiet = true;
    } else if (arg == "--no-plugins") {
      no_plugins = true;
    } else if (arg == "-o" || arg == "--output" || arg == "--password" || arg == "--plugin-dir" ||
               arg == "--plugins" || arg == "--set" || arg == "--config" || arg == "--time-limit" ||
               arg == "--max-memory" || arg == "--format") {
      const char* v = value();
      if (!v) return UsageError(arg + " needs a value");
      long long n = 0;
      if (arg == "-o" || arg == "--output") {
        o.output = v;
      } else if (arg == "--format") {
        if (!ParseBibliographyFormat(v, &o.format)) {
          return UsageError("--format must be csl-json or bibtex, not '" + std::string(v) + "'");
        }
        has_format = true;
      } else if (arg == "--password") {
        o.extract.password = v;
      } else if (arg == "--plugin-dir") {
        o.pipeline.plugin_dirs.push_back(v);
      } else if (arg == "--plugins") {
        o.pipeline.only.clear();
        for (const std::string& name : SplitList(v)) {
          auto& only = o.pipeline.only;
          if (std::find(only.begin(), only.end(), name) == only.end()) only.push_back(name);
        }
        if (o.pipeline.only.empty()) return UsageError("--plugins needs at least one name");
      } else if (arg == "--set") {
        o.pipeline.settings.push_back(v);
      } else if (arg == "--config") {
        if (!o.pipeline.config_file.empty()) {
          return UsageError("--config given twice (" + o.pipeline.config_file + ", " + v +
                            "); put the settings in one file, or use --set");
        }
        o.pipeline.config_file = v;
      } else if (!ParseNumber(v, arg == "--time-limit" ? kMaxSeconds : kMaxMegabytes, &n)) {
        return UsageError(arg + " needs a whole number from 0 to " +
                          std::to_string(arg == "--time-limit" ? kMaxSeconds : kMaxMegabytes));
      } else if (arg == "--time-limit") {
        if (n == 0) return UsageError("--time-limit must be at least 1 second");
        o.limits.time = std::chrono::seconds(n);
        o.extract.time_limit = std::chrono::seconds(n);
      } else {
        o.limits.memory_mb = static_cast<size_t>(n);
      }
    } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
      return UsageError("unknown option '" + arg + "'");
    } else if (o.command.empty()) {
      o.command = arg;
    } else {
      o.inputs.push_back(arg);
    }
  }
  if (no_plugins) {
    if (!o.pipeline.only.empty()) return UsageError("--no-plugins and --plugins contradict");
    o.pipeline.plugin_dirs.clear();
    o.pipeline.use_environment = false;
    o.pipeline.use_installed_dir = false;
  }
  if (o.command.empty()) return UsageError("no command given (annotate, refs, text or plugins)");
  if (o.command != "annotate" && o.command != "refs" && o.command != "text" &&
      o.command != "plugins") {
    return UsageError("unknown command '" + o.command + "'");
  }
  if (has_format && o.command != "refs") return UsageError("--format is for refs only");
  if (o.command == "plugins") {
    if (!o.inputs.empty()) return UsageError("plugins takes no input files");
    return -1;
  }
  if (o.inputs.empty()) return UsageError(o.command + ": no input PDF given");
  if (o.command == "text" && o.inputs.size() > 1) return UsageError("text takes one PDF");
  if (o.command == "refs" && o.inputs.size() > 1) return UsageError("refs takes one PDF");
  if (o.command == "refs" && !has_format)
    return UsageError("refs needs --format csl-json or bibtex");
  if (o.command == "annotate" && o.output.empty()) return UsageError("annotate needs -o OUT");
  return -1;
}

}  // namespace glossator::cli
