#include "setup_limits.h"

#include <sys/time.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

#include "exit_codes.h"

namespace glossator::cli {
namespace {

// Written by the alarm's handler: only async-signal-safe calls there.
char time_limit_message[256];

void OnSetupAlarm(int) {
  ssize_t ignored = write(STDERR_FILENO, time_limit_message, strlen(time_limit_message));
  (void)ignored;
  _exit(kExitTimeLimit);
}

}  // namespace

SetupLimits::SetupLimits(const Limits& limits) {
  if (limits.memory_mb > 0 && getrlimit(RLIMIT_AS, &old_memory_) == 0) {
    rlimit lowered = old_memory_;
    rlim_t bytes = static_cast<rlim_t>(limits.memory_mb) << 20;
    if (lowered.rlim_cur == RLIM_INFINITY || lowered.rlim_cur > bytes) lowered.rlim_cur = bytes;
    memory_set_ = setrlimit(RLIMIT_AS, &lowered) == 0;
  }
  if (limits.time.count() > 0) {
    std::snprintf(time_limit_message, sizeof time_limit_message,
                  "glossator: setting up the plugins (loading their data, checking their "
                  "settings): time limit of %lld s reached (--time-limit)\n",
                  static_cast<long long>(limits.time.count()));
    struct sigaction on_alarm {};
    on_alarm.sa_handler = OnSetupAlarm;
    sigemptyset(&on_alarm.sa_mask);
    itimerval once{};
    once.it_value.tv_sec = static_cast<time_t>(limits.time.count());
    alarm_set_ = sigaction(SIGALRM, &on_alarm, &old_alarm_) == 0 &&
                 setitimer(ITIMER_REAL, &once, nullptr) == 0;
  }
}

SetupLimits::~SetupLimits() {
  if (alarm_set_) {
    itimerval off{};
    setitimer(ITIMER_REAL, &off, nullptr);
    sigaction(SIGALRM, &old_alarm_, nullptr);
  }
  if (memory_set_) setrlimit(RLIMIT_AS, &old_memory_);
}

}  // namespace glossator::cli
