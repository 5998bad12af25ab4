// The command's guard around one document: time limit, crash, memory limit.
#include "isolated_run.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <vector>

#include "exit_codes.h"

namespace glossator::cli {
namespace {

using Clock = std::chrono::steady_clock;

TEST(RunIsolated, PassesTheChildsExitCodeThrough) {
  EXPECT_EQ(RunIsolated("a.pdf", {}, [] { return 0; }), 0);
  EXPECT_EQ(RunIsolated("a.pdf", {}, [] { return kExitNotPdf; }), kExitNotPdf);
}

// A real failed fork: in a child process, as a user without privileges (root
// is not held to RLIMIT_NPROC) allowed no process more than it has. The work
// must not run in place, outside its limits: the result is an error.
TEST(RunIsolated, AFailedForkIsAnErrorAndTheWorkIsNotRunInPlace) {
  constexpr int kCannotDropRoot = 101, kCannotLimit = 102, kRanInPlace = 103;
  constexpr uid_t kNobody = 65534;
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    if (geteuid() == 0 && (setgid(kNobody) != 0 || setuid(kNobody) != 0)) _exit(kCannotDropRoot);
    rlimit none{0, 0};
    if (setrlimit(RLIMIT_NPROC, &none) != 0) _exit(kCannotLimit);
    bool ran = false;
    int code = RunIsolated("a.pdf", {}, [&] {
      ran = true;
      return 0;
    });
    _exit(ran ? kRanInPlace : code);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  if (WEXITSTATUS(status) == kCannotDropRoot) GTEST_SKIP() << "cannot become an unprivileged user";
  ASSERT_NE(WEXITSTATUS(status), kCannotLimit) << "cannot lower RLIMIT_NPROC";
  EXPECT_NE(WEXITSTATUS(status), kRanInPlace) << "the work ran in place, without its limits";
  EXPECT_EQ(WEXITSTATUS(status), kExitNoWorker);
}

TEST(RunIsolated, StopsAHangAtTheTimeLimit) {
  Limits limits;
  limits.time = std::chrono::seconds(1);
  Clock::time_point start = Clock::now();
  int code = RunIsolated("hangs.pdf", limits, [] {
    std::this_thread::sleep_for(std::chrono::seconds(30));
    return 0;
  });
  EXPECT_EQ(code, kExitTimeLimit);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(5));
}

TEST(RunIsolated, ACrashIsReportedAsDamagedInput) {
  EXPECT_EQ(RunIsolated("crashes.pdf", {},
                        [] {
                          std::raise(SIGSEGV);
                          return 0;
                        }),
            kExitDamaged);
}

TEST(RunIsolated, AnExceptionInTheWorkIsReportedNotACrash) {
  EXPECT_EQ(RunIsolated("a.pdf", {}, []() -> int { throw std::runtime_error("boom"); }),
            kExitInternal);
  EXPECT_EQ(RunIsolated("a.pdf", {}, []() -> int { throw std::bad_alloc(); }), kExitMemoryLimit);
}

TEST(RunIsolated, MemoryIsBounded) {
  Limits limits;
  limits.memory_mb = 256;
  int code = RunIsolated("huge.pdf", limits, [] {
    try {
      std::vector<std::vector<char>> hog;
      for (int i = 0; i < 64; ++i) hog.emplace_back(64 << 20, 'x');
      return 0;
    } catch (const std::bad_alloc&) {
      return static_cast<int>(kExitMemoryLimit);
    }
  });
  EXPECT_EQ(code, kExitMemoryLimit);
}

// Poppler's allocator prints "Out of memory" and aborts when malloc fails:
// under --max-memory that is the memory limit (exit 9), not a damaged PDF.
TEST(RunIsolated, AnAbortAtTheMemoryLimitIsTheMemoryLimit) {
  Limits limits;
  limits.memory_mb = 256;
  int code = RunIsolated("huge.pdf", limits, [] {
    std::vector<void*> blocks;
    while (true) {
      void* p = std::malloc(16 << 20);
      if (p == nullptr) std::abort();  // as Poppler's gmalloc does
      std::memset(p, 1, 16 << 20);
      blocks.push_back(p);
    }
    return 0;
  });
  EXPECT_EQ(code, kExitMemoryLimit);
  // One huge request that fails far below the limit, as a Poppler buffer
  // for a damaged stream's claimed length does: still the memory limit.
  EXPECT_EQ(RunIsolated("huge.pdf", limits,
                        [] {
                          static void* volatile kept;  // not optimised away
                          kept = std::malloc(size_t{512} << 20);
                          if (kept == nullptr) std::abort();
                          std::free(kept);
                          return 0;
                        }),
            kExitMemoryLimit);
  // An abort under a small limit is not taken for it.
  Limits small;
  small.memory_mb = 48;
  EXPECT_EQ(RunIsolated("crashes.pdf", small,
                        [] {
                          errno = 0;
                          std::abort();
                          return 0;
                        }),
            kExitDamaged);
  // An abort far below the limit is still a crash on the input.
  EXPECT_EQ(RunIsolated("crashes.pdf", limits,
                        [] {
                          std::abort();
                          return 0;
                        }),
            kExitDamaged);
}

}  // namespace
}  // namespace glossator::cli
