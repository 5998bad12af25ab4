// The command's guard around one document: time limit, crash, memory limit.
#include "isolated_run.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
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

}  // namespace
}  // namespace glossator::cli
