// The glossator command line: what was asked for, parsed (with CLI11).
#ifndef GLOSSATOR_CLI_OPTIONS_H_
#define GLOSSATOR_CLI_OPTIONS_H_

#include <string>
#include <vector>

#include "glossator/bibliography.h"
#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "isolated_run.h"

namespace glossator::cli {

// What only `pack` takes.
struct PackOptions {
  int jobs = 0;                             // -j N: workers; 0 = one per core
  bool force = false;                       // --force: annotate every reading again
  size_t shard_index = 0, shard_count = 0;  // --shard i/n (count 0: no sharding)
  bool merge_only = false;                  // --merge DIR: only the pack step
};

struct Options {
  std::string command;              // annotate, refs, text, plugins, pack
  std::vector<std::string> inputs;  // as given: PDFs, directories, "-" (standard input)
  std::string files_from;           // annotate --files-from: "" none, "-" standard input
  bool recursive = false;           // annotate --recursive: into subdirectories too
  bool skip_existing = false;       // annotate --skip-existing
  std::string output;               // "" or "-" for refs: stdout
  BibliographyFormat format = BibliographyFormat::kCslJson;  // refs --format
  std::string strings;  // refs --strings: reference strings, one a line ("-": standard input)
  ExtractOptions extract;
  PipelineOptions pipeline;
  Limits limits;
  bool quiet = false;
  bool verbose = false;
  PackOptions pack;
};

// Fills options from argv. Returns -1 to go on, or the exit code to leave
// with (0 after --help / --version, 2 after a usage error it has reported).
int ParseOptions(int argc, char** argv, Options& options);

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_OPTIONS_H_
