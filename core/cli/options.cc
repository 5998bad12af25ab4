// Parsed with CLI11 (Debian's libcli11-dev, header-only): GNU forms
// (--output=OUT, -oOUT), `--`, and a help of its own for each command, made
// from the options' definitions so it cannot drift from what is parsed.
#include "options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>

#include "exit_codes.h"
#include "glossator/plugin.h"
#include "help_text.h"

namespace glossator::cli {
namespace {

// Limits past which the clocks and rlimit arithmetic would overflow: about
// eleven days, and a petabyte.
constexpr long long kMaxSeconds = 1'000'000;
constexpr long long kMaxMegabytes = 1LL << 30;

const std::vector<std::string> kCommands = {"annotate", "refs", "text", "plugins", "pack"};

int UsageError(const std::string& message, const std::string& command = "") {
  std::string help = command.empty() ? "glossator --help" : "glossator " + command + " --help";
  std::fprintf(stderr, "glossator: %s\nTry '%s'.\n", message.c_str(), help.c_str());
  return kExitUsage;
}

// A whole number from 0 to max.
bool ParseNumber(const std::string& text, long long max, long long* out) {
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end || errno == ERANGE || v < 0 || v > max) return false;
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

// Values as typed, checked after parsing so that the messages say what a
// good value is.
// Each is every value given, in order: the last one counts, as GNU tools do
// (--config excepted: given twice is an error).
struct Typed {
  std::vector<std::string> time_limit, max_memory, plugins, format, configs;
  std::vector<std::string> stray_inputs;  // plugins takes none
  std::string jobs, shard, merge;         // pack -j, --shard, --merge
  bool no_plugins = false;
};

// A repeatable option: each occurrence one value, all kept.
CLI::Option* Repeatable(CLI::Option* option) {
  return option->expected(1)->allow_extra_args(false)->multi_option_policy(
      CLI::MultiOptionPolicy::TakeAll);
}

void AddReadingOptions(CLI::App* c, Options& o, Typed& t) {
  c->add_option("--password", o.extract.password, "password of an encrypted PDF")->type_name("PW");
  Repeatable(c->add_option("--time-limit", t.time_limit, "per-document time limit (default 120)"))
      ->type_name("SECONDS");
  Repeatable(c->add_option("--max-memory", t.max_memory,
                           "per-document memory limit (default 1024; 0 = none)"))
      ->type_name("MB");
}

void AddPluginOptions(CLI::App* c, Options& o, Typed& t) {
  Repeatable(c->add_option("--plugin-dir", o.pipeline.plugin_dirs,
                           "look for plugins in DIR first (repeatable); then in "
                           "$GLOSSATOR_PLUGIN_PATH, then in the installed plugin directory"))
      ->type_name("DIR");
  Repeatable(c->add_option("--plugins", t.plugins, "run only these plugins (default: all found)"))
      ->type_name("A,B");
  c->add_flag("--no-plugins", t.no_plugins, "run no plugins: structure-only TEI");
  Repeatable(c->add_option("--set", o.pipeline.settings,
                           "configure a plugin (repeatable; a key given several times gets "
                           "all its values)"))
      ->type_name("PLUGIN.KEY=VAL");
  Repeatable(c->add_option("--config", t.configs,
                           "plugin settings, one PLUGIN.KEY = VALUE a line (# comments); a key "
                           "--set gives replaces the file's values of it"))
      ->type_name("FILE");
}

void AddReportOptions(CLI::App* c, Options& o) {
  c->add_flag("-q,--quiet", o.quiet, "report only errors and warnings on stderr");
  c->add_flag("-v,--verbose", o.verbose, "report the plugins that run and each file's time");
  // Answered before parsing, wherever it stands (ParseOptions); here for the help.
  c->add_flag("-V,--version")->description("the version and the plugin ABI");
}

// Accepted by every command, shown by none, so that --format elsewhere than
// refs gets a message that says where it belongs.
void AddHiddenFormat(CLI::App* c, Typed& t) {
  Repeatable(c->add_option("--format", t.format))->group("");
}

void DefineCommands(CLI::App& app, Options& o, Typed& t) {
  CLI::App* annotate = app.add_subcommand("annotate", kAnnotateSummary);
  annotate->add_option("IN", o.inputs, "a PDF, a directory of PDFs, or - (standard input)")
      ->type_name("PDF|DIR|-");
  annotate->add_option("-o,--output", o.output, "where the TEI goes (see below)")->type_name("OUT");
  annotate
      ->add_option("--files-from", o.files_from,
                   "read inputs from FILE, one a line (- for standard input)")
      ->type_name("FILE");
  annotate->add_flag("-r,--recursive", o.recursive, "a directory's subdirectories too");
  annotate->add_flag("--skip-existing", o.skip_existing,
                     "leave an input whose output file exists alone");
  annotate->add_flag("--discard-edits", o.discard_edits,
                     "overwrite an edited OUT without carrying its edits over (kept as OUT.bak)");
  AddReadingOptions(annotate, o, t);
  AddPluginOptions(annotate, o, t);
  AddReportOptions(annotate, o);
  AddHiddenFormat(annotate, t);
  annotate->footer(kAnnotateNotes);

  CLI::App* refs = app.add_subcommand("refs", kRefsSummary);
  refs->add_option("IN", o.inputs, "the PDF (- : standard input)")->type_name("PDF|-");
  Repeatable(refs->add_option("--format", t.format, "csl-json or bibtex"))->type_name("F");
  refs->add_option("--strings", o.strings,
                   "parse reference strings from FILE, one a line (- : standard input), "
                   "instead of a PDF")
      ->type_name("FILE");
  refs->add_option("-o,--output", o.output, "the file to write (default, or -: standard output)")
      ->type_name("FILE");
  AddReadingOptions(refs, o, t);
  AddPluginOptions(refs, o, t);
  AddReportOptions(refs, o);
  refs->footer(kRefsNotes);

  CLI::App* text = app.add_subcommand("text", kTextSummary);
  text->add_option("IN", o.inputs, "the PDF (- : standard input)")->type_name("PDF|-");
  AddReadingOptions(text, o, t);
  AddReportOptions(text, o);
  AddHiddenFormat(text, t);
  text->footer(kTextNotes);

  CLI::App* plugins = app.add_subcommand("plugins", kPluginsSummary);
  plugins->add_option("IN", t.stray_inputs)->group("");
  AddPluginOptions(plugins, o, t);
  AddReportOptions(plugins, o);
  AddHiddenFormat(plugins, t);
  plugins->footer(kPluginsNotes);

  CLI::App* pack = app.add_subcommand("pack", kPackSummary);
  pack->add_option("MANIFEST", o.inputs, "the pack's manifest (TOML)")->type_name("FILE");
  pack->add_option("-o,--output", o.output, "the pack folder")->type_name("DIR");
  pack->add_option("-j,--jobs", t.jobs, "readings annotated at once (default: one per core)")
      ->type_name("N");
  pack->add_flag("--force", o.pack.force, "annotate every reading again, changed or not");
  pack->add_flag("--discard-edits", o.discard_edits,
                 "overwrite the editors' corrections (the readings' and pack.xml's), keeping "
                 "each edited file as FILE.bak");
  pack->add_option("--shard", t.shard, "annotate only shard i of n (by reading id); no pack step")
      ->type_name("I/N");
  pack->add_option("--merge", t.merge,
                   "only the pack step, from the readings' TEI in DIR (the shards' outputs)")
      ->type_name("DIR");
  Repeatable(pack->add_option("--time-limit", t.time_limit, "per-reading time limit (default 120)"))
      ->type_name("SECONDS");
  Repeatable(pack->add_option("--max-memory", t.max_memory,
                              "per-reading memory limit (default 1024; 0 = none)"))
      ->type_name("MB");
  AddPluginOptions(pack, o, t);
  AddReportOptions(pack, o);
  AddHiddenFormat(pack, t);
  pack->footer(kPackNotes);
}

// The arguments, the command first (an option may come before it, as
// `glossator -q annotate ...`), and apart those after `--`, which are all
// inputs.
struct Arguments {
  std::string command;  // "" when none is given
  std::vector<std::string> for_parser;
  std::vector<std::string> after_separator;
  bool help = false, version = false;  // -h/--help, -V/--version (before `--`)
};

// The names of the options that take a value (the next argument, unless
// joined), from their definitions: to find the command and `--` among the
// arguments without taking an option's value for either.
std::set<std::string> OptionsWithValue(CLI::App& app) {
  std::set<std::string> names;
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; })) {
    for (const CLI::Option* option : command->get_options()) {
      if (option->get_positional() || option->get_type_size_max() == 0) continue;
      for (const std::string& name : option->get_lnames()) names.insert("--" + name);
      for (const std::string& name : option->get_snames()) names.insert("-" + name);
    }
  }
  return names;
}

Arguments SplitArguments(int argc, char** argv, const std::set<std::string>& with_value) {
  Arguments a;
  std::vector<std::string> before;
  int i = 1;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") {
      ++i;
      break;
    }
    if (with_value.count(arg) && i + 1 < argc) {
      before.push_back(arg);
      before.push_back(argv[++i]);
    } else if (a.command.empty() && (arg.empty() || arg[0] != '-')) {
      a.command = arg;
    } else {
      a.help |= arg == "-h" || arg == "--help";
      a.version |= arg == "-V" || arg == "--version";
      before.push_back(arg);
    }
  }
  for (; i < argc; ++i) a.after_separator.push_back(argv[i]);
  a.for_parser.push_back(argv[0]);
  if (!a.command.empty()) a.for_parser.push_back(a.command);
  a.for_parser.insert(a.for_parser.end(), before.begin(), before.end());
  return a;
}

void PrintVersion() {
  std::printf("glossator %s (plugin ABI %d.%d)\n", GLOSSATOR_VERSION, GLOSSATOR_ABI_MAJOR,
              GLOSSATOR_ABI_MINOR);
}

// pack: one manifest, a folder, a shard "i/n" with 1 <= i <= n.
int CheckPack(Options& o, const Typed& t) {
  const std::string c = "pack";
  if (o.inputs.size() != 1) return UsageError("pack takes one manifest", c);
  long long n = 0;
  if (!t.jobs.empty()) {
    if (!ParseNumber(t.jobs, 4096, &n) || n == 0) {
      return UsageError("-j needs a whole number from 1 to 4096", c);
    }
    o.pack.jobs = static_cast<int>(n);
  }
  if (!t.merge.empty()) {
    if (!o.output.empty() && o.output != t.merge) {
      return UsageError("--merge DIR and -o name different folders", c);
    }
    o.output = t.merge;
    o.pack.merge_only = true;
  }
  if (o.output.empty()) return UsageError("pack needs -o DIR (or --merge DIR)", c);
  if (!t.shard.empty()) {
    if (o.pack.merge_only) return UsageError("--shard and --merge contradict", c);
    size_t slash = t.shard.find('/');
    long long i = 0;
    if (slash == std::string::npos || !ParseNumber(t.shard.substr(0, slash), 1 << 20, &i) ||
        !ParseNumber(t.shard.substr(slash + 1), 1 << 20, &n) || i < 1 || n < 1 || i > n) {
      return UsageError("--shard needs I/N with 1 <= I <= N, as --shard 2/3", c);
    }
    o.pack.shard_index = static_cast<size_t>(i);
    o.pack.shard_count = static_cast<size_t>(n);
  }
  return -1;
}

// The checks CLI11 cannot make: numbers in range, what goes with what.
int CheckAndFill(Options& o, const Typed& t) {
  const std::string& c = o.command;
  long long n = 0;
  if (!t.time_limit.empty()) {
    if (!ParseNumber(t.time_limit.back(), kMaxSeconds, &n)) {
      return UsageError("--time-limit needs a whole number from 0 to " +
                        std::to_string(kMaxSeconds));
    }
    if (n == 0) return UsageError("--time-limit must be at least 1 second");
    o.limits.time = std::chrono::seconds(n);
    o.extract.time_limit = std::chrono::seconds(n);
  }
  if (!t.max_memory.empty()) {
    if (!ParseNumber(t.max_memory.back(), kMaxMegabytes, &n)) {
      return UsageError("--max-memory needs a whole number from 0 to " +
                        std::to_string(kMaxMegabytes));
    }
    o.limits.memory_mb = static_cast<size_t>(n);
  }
  if (!t.plugins.empty()) {
    for (const std::string& name : SplitList(t.plugins.back())) {
      auto& only = o.pipeline.only;
      if (std::find(only.begin(), only.end(), name) == only.end()) only.push_back(name);
    }
    if (o.pipeline.only.empty()) return UsageError("--plugins needs at least one name", c);
  }
  if (t.configs.size() > 1) {
    return UsageError("--config given twice (" + t.configs[0] + ", " + t.configs[1] +
                      "); put the settings in one file, or use --set");
  }
  if (!t.configs.empty()) o.pipeline.config_file = t.configs[0];
  if (t.no_plugins) {
    if (!o.pipeline.only.empty()) return UsageError("--no-plugins and --plugins contradict", c);
    o.pipeline.plugin_dirs.clear();
    o.pipeline.use_environment = false;
    o.pipeline.use_installed_dir = false;
  }
  if (!t.format.empty()) {
    if (c != "refs") return UsageError("--format is for refs only", c);
    if (!ParseBibliographyFormat(t.format.back(), &o.format)) {
      return UsageError("--format must be csl-json or bibtex, not '" + t.format.back() + "'", c);
    }
  }
  if (c == "plugins") {
    if (!t.stray_inputs.empty()) return UsageError("plugins takes no input files", c);
    return -1;
  }
  if (c == "refs" && !o.strings.empty()) {
    if (!o.inputs.empty()) return UsageError("refs takes a PDF or --strings, not both", c);
    if (t.format.empty()) return UsageError("refs needs --format csl-json or bibtex", c);
    return -1;
  }
  if (c == "pack") return CheckPack(o, t);
  if (o.inputs.empty() && o.files_from.empty()) return UsageError(c + ": no input PDF given", c);
  if (c == "text" && o.inputs.size() > 1) return UsageError("text takes one PDF", c);
  if (c == "refs" && o.inputs.size() > 1) return UsageError("refs takes one PDF", c);
  if (c == "refs" && t.format.empty())
    return UsageError("refs needs --format csl-json or bibtex", c);
  if (c == "annotate" && o.output.empty()) return UsageError("annotate needs -o OUT", c);
  return -1;
}

// A command's help, its usage line naming the program.
std::string CommandHelp(CLI::App& app, const std::string& command) {
  return app.get_subcommand(command)->help("glossator");
}

// glossator help [COMMAND]
int PrintHelp(CLI::App& app, const std::vector<std::string>& topic) {
  if (topic.empty()) {
    std::fputs(kMainHelp, stdout);
    return kExitOk;
  }
  if (topic.size() > 1 ||
      std::find(kCommands.begin(), kCommands.end(), topic[0]) == kCommands.end()) {
    return UsageError("help: no command named '" + topic[0] + "'");
  }
  std::cout << CommandHelp(app, topic[0]);
  return kExitOk;
}

}  // namespace

int ParseOptions(int argc, char** argv, Options& o) {
  CLI::App app{"glossator - annotated TEI from the PDFs of course readings", "glossator"};
  app.set_help_flag("-h,--help", "this help");
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);  // GNU: last wins
  app.get_formatter()->column_width(28);
  Typed typed;
  DefineCommands(app, o, typed);
  Arguments args = SplitArguments(argc, argv, OptionsWithValue(app));
  if (args.version) {  // wherever it stands, as before CLI11
    PrintVersion();
    return kExitOk;
  }
  if (args.command.empty()) {
    if (args.help) {
      std::fputs(kMainHelp, stdout);
      return kExitOk;
    }
    return UsageError("no command given (annotate, refs, text, plugins or pack)");
  }
  if (args.command != "help" &&
      std::find(kCommands.begin(), kCommands.end(), args.command) == kCommands.end()) {
    return UsageError("unknown command '" + args.command + "'");
  }
  o.command = args.command;
  if (o.command == "help") {
    return PrintHelp(app,
                     std::vector<std::string>(args.for_parser.begin() + 2, args.for_parser.end()));
  }
  std::vector<std::string> reversed(args.for_parser.rbegin(), args.for_parser.rend() - 1);
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    std::cout << CommandHelp(app, o.command);
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    return UsageError(o.command + ": " + e.what(), o.command);
  }
  o.inputs.insert(o.inputs.end(), args.after_separator.begin(), args.after_separator.end());
  return CheckAndFill(o, typed);
}

}  // namespace glossator::cli
