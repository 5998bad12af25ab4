// The glossator command's exit codes (documented in `glossator --help` and the README).
#ifndef GLOSSATOR_CLI_EXIT_CODES_H_
#define GLOSSATOR_CLI_EXIT_CODES_H_

#include "glossator/status.h"

namespace glossator::cli {

enum ExitCode {
  kExitOk = 0,
  kExitUsage = 2,        // bad command line
  kExitIo = 3,           // input missing or unreadable, output not writable
  kExitNotPdf = 4,       // not a PDF
  kExitDamaged = 5,      // damaged PDF, or the reader crashed on it
  kExitPassword = 6,     // encrypted: password required or wrong
  kExitNoText = 7,       // no text layer (scanned pages)
  kExitTimeLimit = 8,    // per-document time limit reached
  kExitMemoryLimit = 9,  // memory limit reached
  kExitInternal = 10,    // a bug of ours
  kExitPlugin = 11,      // plugins cannot run as asked: not found, cycle, unknown setting
  kExitNoWorker = 12,    // no worker process could be started (process or memory limit)
};

inline int ExitCodeFor(const Status& s) {
  switch (s.code()) {
    case StatusCode::kOk:
      return kExitOk;
    case StatusCode::kInvalidArgument:
      return kExitUsage;
    case StatusCode::kNotFound:
    case StatusCode::kIoError:
      return kExitIo;
    case StatusCode::kNotPdf:
      return kExitNotPdf;
    case StatusCode::kDamaged:
      return kExitDamaged;
    case StatusCode::kPasswordRequired:
      return kExitPassword;
    case StatusCode::kNoTextLayer:
      return kExitNoText;
    case StatusCode::kTimeLimit:
      return kExitTimeLimit;
    case StatusCode::kResourceLimit:
      return kExitMemoryLimit;
    case StatusCode::kPluginError:
      return kExitPlugin;
    case StatusCode::kInternal:
      return kExitInternal;
  }
  return kExitInternal;
}

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_EXIT_CODES_H_
