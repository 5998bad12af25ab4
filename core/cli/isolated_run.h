// Running the work on one document in a child process, so that a PDF that
// hangs, crashes or eats memory inside Poppler ends with a clear message for
// that file and never takes the other files (or the command) down.
#ifndef GLOSSATOR_CLI_ISOLATED_RUN_H_
#define GLOSSATOR_CLI_ISOLATED_RUN_H_

#include <chrono>
#include <functional>
#include <string>

#include "plugin_watch.h"

namespace glossator::cli {

struct Limits {
  std::chrono::seconds time{120};  // wall time per document
  // Address space of the child in MB; 0 for none. Measured (`--max-memory N`
  // lowered until the reading fails, shipped plugins loaded): every PDF of
  // ../shared/data/real/pdfs/ reads in 96 MB, a 1,960-page book made of ten
  // copies of the largest in 160 MB (its peak resident memory 85 MB). 1024
  // is six times the book and ten times the largest reading, and stops a
  // decompression bomb at a quarter of the old default's 4096 MB.
  size_t memory_mb = 1024;
};

// Forks; the child runs work() under the limits and exits with its result.
// The parent waits, kills the child when the time is up, and turns a signal
// or a limit into an exit code and a one-line message naming file on stderr.
// before_message, when given, is called before each such message (to end a
// progress line on the terminal). When fork fails (a process limit, no
// memory), work() is not run at all and the result is kExitInternal with a
// message saying why: never in place, unguarded.
//
// watch, when given, says which plugin the worker was running: a worker that
// dies in a plugin (a signal, an exit() of its own, the time limit) is that
// plugin's failure, reported by name, and the result is kExitPlugin (the
// caller reads the name from watch and may read the file again without it).
int RunIsolated(const std::string& file, const Limits& limits, const std::function<int()>& work,
                const std::function<void()>& before_message = {},
                const PluginWatch* watch = nullptr);

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_ISOLATED_RUN_H_
