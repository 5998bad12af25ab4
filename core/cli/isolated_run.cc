#include "isolated_run.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <thread>

#include "exit_codes.h"

namespace glossator::cli {

int RunIsolated(const std::string& file, const Limits& limits, const std::function<int()>& work) {
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) return work();  // no process to spare: run in place, unguarded
  if (pid == 0) {
    if (limits.memory_mb > 0) {
      rlimit rl{};
      rl.rlim_cur = rl.rlim_max = static_cast<rlim_t>(limits.memory_mb) << 20;
      setrlimit(RLIMIT_AS, &rl);
    }
    int code = work();
    std::fflush(stdout);
    std::fflush(stderr);
    _exit(code);
  }
  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline = Clock::now() + limits.time;
  int status = 0;
  auto pause = std::chrono::milliseconds(1);
  while (true) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) return kExitInternal;
    if (Clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      std::fprintf(stderr, "glossator: %s: time limit of %lld s reached; stopped\n", file.c_str(),
                   static_cast<long long>(limits.time.count()));
      return kExitTimeLimit;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  if (sig == SIGKILL || sig == SIGSEGV || sig == SIGABRT || sig == SIGBUS) {
    std::fprintf(stderr, "glossator: %s: damaged PDF: the reader stopped on it (signal %d: %s)%s\n",
                 file.c_str(), sig, strsignal(sig),
                 sig == SIGKILL ? "; perhaps the memory limit (--max-memory)" : "");
    return kExitDamaged;
  }
  std::fprintf(stderr, "glossator: %s: stopped by signal %d (%s)\n", file.c_str(), sig,
               strsignal(sig));
  return kExitInternal;
}

}  // namespace glossator::cli
