#include "plugin/load_probe.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "plugin/loader.h"

namespace glossator::plugin {
namespace {

// The child: loads files[first..] in order, writing one byte before each
// (the parent counts them) and one after; then ends without running any
// destructor or atexit handler of what it loaded.
[[noreturn]] void LoadInChild(const std::vector<std::string>& files, size_t first, int out) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  for (size_t i = first; i < files.size(); ++i) {
    const char before = 'L', after = 'D';
    if (write(out, &before, 1) != 1) _exit(1);
    (void)LoadPlugin(files[i]);  // its library stays loaded, as in the host
    if (write(out, &after, 1) != 1) _exit(1);
  }
  _exit(0);
}

// Why the child ended as it did, for the refusal.
std::string Ending(int status) {
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    return "crashed while loading (signal " + std::to_string(sig) + ": " + strsignal(sig) + ")";
  }
  return "ended the process while loading (exit status " +
         std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")";
}

}  // namespace

std::map<std::string, std::string> ProbeInChild(const std::vector<std::string>& files,
                                                std::chrono::milliseconds time_limit) {
  std::map<std::string, std::string> failed;
  size_t next = 0;  // the first file the next child loads
  while (next < files.size()) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return failed;
    pid_t pid = fork();
    if (pid < 0) {
      close(pipe_fds[0]);
      close(pipe_fds[1]);
      return failed;  // no child: the files are loaded here, as before
    }
    if (pid == 0) {
      close(pipe_fds[0]);
      LoadInChild(files, next, pipe_fds[1]);
    }
    close(pipe_fds[1]);
    // Follow the child: 'L' starts file `next`, 'D' ends it.
    bool started = false, hung = false;
    for (;;) {
      pollfd fd{pipe_fds[0], POLLIN, 0};
      int ready = poll(&fd, 1, static_cast<int>(time_limit.count()));
      if (ready < 0 && errno == EINTR) continue;
      if (ready == 0) {
        hung = started;
        kill(pid, SIGKILL);
        break;
      }
      char c;
      ssize_t n = read(pipe_fds[0], &c, 1);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;  // the child ended
      if (c == 'L') {
        started = true;
      } else {
        started = false;
        ++next;
      }
    }
    close(pipe_fds[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (next >= files.size()) break;
    if (!started) {
      // The child ended between files: only a failure of its own (a write
      // that failed); load the rest here rather than refuse them.
      break;
    }
    failed[files[next]] =
        hung ? "did not finish loading within " +
                   std::to_string(
                       std::chrono::duration_cast<std::chrono::seconds>(time_limit).count()) +
                   " s"
             : Ending(status);
    ++next;
  }
  return failed;
}

}  // namespace glossator::plugin
