// The command's own work on untrusted input before any reading: loading the
// plugins' data (a user thesaurus of any size) and starting each configured
// plugin once to check its settings. It runs in the parent, outside the
// workers, and is held to the same limits as a reading while it lasts: the
// address space to --max-memory, the wall time to --time-limit.
#ifndef GLOSSATOR_CLI_SETUP_LIMITS_H_
#define GLOSSATOR_CLI_SETUP_LIMITS_H_

#include <sys/resource.h>

#include <csignal>

#include "isolated_run.h"

namespace glossator::cli {

// While one lives, the process's address space is limited to
// limits.memory_mb (an allocation beyond it fails: std::bad_alloc, which the
// pipeline reports as the memory limit), and when limits.time passes the
// process says so on stderr and exits with the time limit's code. The
// destructor puts back the limit and the alarm as they were.
class SetupLimits {
 public:
  explicit SetupLimits(const Limits& limits);
  ~SetupLimits();
  SetupLimits(const SetupLimits&) = delete;
  SetupLimits& operator=(const SetupLimits&) = delete;

 private:
  bool memory_set_ = false;
  rlimit old_memory_{};
  bool alarm_set_ = false;
  struct sigaction old_alarm_ {};
};

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_SETUP_LIMITS_H_
