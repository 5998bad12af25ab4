#include "isolated_run.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>

#include "exit_codes.h"

namespace glossator::cli {
namespace {

// For the worker's SIGABRT handler, set before it is installed: the limit in
// bytes, the page size and the message for the file. Only async-signal-safe
// calls below.
unsigned long long memory_limit_bytes = 0;
unsigned long long page_size = 4096;
char out_of_memory_message[1024];

// The worker's address space in bytes, from /proc/self/statm (its first
// field, in pages); 0 when it cannot be read.
unsigned long long AddressSpaceBytes() {
  int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char buffer[64];
  ssize_t n = read(fd, buffer, sizeof buffer - 1);
  close(fd);
  if (n <= 0) return 0;
  unsigned long long pages = 0;
  for (ssize_t i = 0; i < n && buffer[i] >= '0' && buffer[i] <= '9'; ++i) {
    pages = pages * 10 + static_cast<unsigned long long>(buffer[i] - '0');
  }
  return pages * page_size;
}

// Poppler aborts when an allocation fails ("Out of memory"), and malloc's
// failure leaves errno at ENOMEM. An abort with errno ENOMEM, or with the
// address space within 64 MB of a limit of 256 MB or more, is --max-memory,
// not a damaged PDF: the worker exits with the memory limit's code.
void OnAbort(int) {
  const bool no_memory = errno == ENOMEM;  // first, before any call changes it
  constexpr unsigned long long kMargin = 64ull << 20;
  unsigned long long used = memory_limit_bytes >= 4 * kMargin ? AddressSpaceBytes() : 0;
  if (memory_limit_bytes > 0 && (no_memory || (used > 0 && used + kMargin >= memory_limit_bytes))) {
    ssize_t ignored = write(STDERR_FILENO, out_of_memory_message, strlen(out_of_memory_message));
    (void)ignored;
    _exit(kExitMemoryLimit);
  }
  signal(SIGABRT, SIG_DFL);
  raise(SIGABRT);
}

}  // namespace

int RunIsolated(const std::string& file, const Limits& limits, const std::function<int()>& work,
                const std::function<void()>& before_message, const PluginWatch* watch) {
  auto before = [&] {
    if (before_message) before_message();
  };
  std::fflush(stdout);
  std::fflush(stderr);
  // Children must be waitable even when our parent left SIGCHLD ignored.
  signal(SIGCHLD, SIG_DFL);
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    // Never the work in place instead: it would run without its time and
    // memory limits, and a crash on one PDF would take the command down.
    std::fprintf(stderr,
                 "glossator: %s: not read: cannot start a worker process (%s); too many "
                 "processes (ulimit -u) or too little memory\n",
                 file.c_str(), std::strerror(errno));
    return kExitNoWorker;
  }
  if (pid == 0) {
    // The time limit is the parent's watchdog: a worker whose parent is gone
    // (killed, or stopped with Ctrl-C) must not run on unwatched.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(kExitInternal);  // the parent died before prctl
    if (limits.memory_mb > 0) {
      rlimit rl{};
      rl.rlim_cur = rl.rlim_max = static_cast<rlim_t>(limits.memory_mb) << 20;
      setrlimit(RLIMIT_AS, &rl);
      memory_limit_bytes = static_cast<unsigned long long>(limits.memory_mb) << 20;
      page_size = static_cast<unsigned long long>(sysconf(_SC_PAGESIZE));
      std::snprintf(out_of_memory_message, sizeof out_of_memory_message,
                    "glossator: %s: memory limit reached: out of memory (--max-memory %zu MB)\n",
                    file.c_str(), limits.memory_mb);
      signal(SIGABRT, OnAbort);
    }
    int code = kExitInternal;
    try {
      code = work();
    } catch (const std::bad_alloc&) {
      before();
      if (limits.memory_mb > 0) {
        std::fprintf(stderr,
                     "glossator: %s: memory limit reached: out of memory (--max-memory %zu MB)\n",
                     file.c_str(), limits.memory_mb);
      } else {
        std::fprintf(stderr, "glossator: %s: out of memory (no --max-memory)\n", file.c_str());
      }
      code = kExitMemoryLimit;
    } catch (const std::exception& e) {
      before();
      std::fprintf(stderr, "glossator: %s: internal error: %s\n", file.c_str(), e.what());
      code = kExitInternal;
    }
    std::fflush(stdout);
    std::fflush(stderr);
    _exit(code);
  }
  // The parent waits for the child without reaping it (WNOWAIT), so that a
  // watchdog thread can still kill it by pid when the time is up: an unreaped
  // child's pid cannot be given to another process.
  std::mutex mutex;
  std::condition_variable exited;
  bool done = false, timed_out = false;
  std::thread watchdog([&] {
    std::unique_lock<std::mutex> lock(mutex);
    if (!exited.wait_for(lock, limits.time, [&] { return done; })) {
      timed_out = true;
      kill(pid, SIGKILL);
    }
  });
  siginfo_t info{};
  while (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR) {
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    done = true;
  }
  exited.notify_one();
  watchdog.join();
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) {
    before();
    std::fprintf(stderr, "glossator: %s: lost track of the worker process: %s\n", file.c_str(),
                 std::strerror(errno));
    return kExitInternal;
  }
  if (std::string plugin = watch != nullptr ? watch->Running() : ""; !plugin.empty()) {
    before();
    if (timed_out) {
      std::fprintf(stderr, "glossator: %s: plugin %s ran past the time limit of %lld s on it\n",
                   file.c_str(), plugin.c_str(), static_cast<long long>(limits.time.count()));
    } else if (WIFSIGNALED(status)) {
      std::fprintf(stderr, "glossator: %s: plugin %s crashed on it (signal %d: %s)\n", file.c_str(),
                   plugin.c_str(), WTERMSIG(status), strsignal(WTERMSIG(status)));
    } else {
      std::fprintf(stderr,
                   "glossator: %s: plugin %s ended the worker process (exit status %d) while "
                   "reading it\n",
                   file.c_str(), plugin.c_str(), WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    }
    return kExitPlugin;
  }
  if (timed_out) {
    before();
    std::fprintf(stderr, "glossator: %s: time limit of %lld s reached; stopped\n", file.c_str(),
                 static_cast<long long>(limits.time.count()));
    return kExitTimeLimit;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  if (sig == SIGKILL || sig == SIGSEGV || sig == SIGABRT || sig == SIGBUS) {
    before();
    std::fprintf(stderr, "glossator: %s: damaged PDF: the reader stopped on it (signal %d: %s)%s\n",
                 file.c_str(), sig, strsignal(sig),
                 sig == SIGKILL ? "; perhaps the memory limit (--max-memory)" : "");
    return kExitDamaged;
  }
  before();
  std::fprintf(stderr, "glossator: %s: stopped by signal %d (%s)\n", file.c_str(), sig,
               strsignal(sig));
  return kExitInternal;
}

}  // namespace glossator::cli
