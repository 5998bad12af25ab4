// The default memory limit through the real Poppler path: a decompression
// bomb (a content stream that inflates to 8 GiB, one string Poppler's lexer
// gathers) ends at the default limit with a message that says so, its peak
// memory under the limit, and writes nothing.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "pdf_bomb.h"
#include "test_support.h"

namespace glossator {
namespace {

// GNU time (the `time` package), for the peak resident memory of a command
// and the processes it waited for.
constexpr char kGnuTime[] = "/usr/bin/time";

TEST(MemoryLimit, ADecompressionBombEndsAtTheDefaultLimit) {
  testing::TempDir dir;
  std::string bomb = dir.path() + "/bomb.pdf", out = dir.path() + "/bomb.xml";
  std::string peak_file = dir.path() + "/peak";
  std::ofstream(bomb, std::ios::binary) << testing::StringBombPdf(uint64_t{8} << 30);
  const bool timed = std::filesystem::exists(kGnuTime);
  auto start = std::chrono::steady_clock::now();
  // No --max-memory: the default is what is tested.
  testing::CommandResult r = testing::RunCommand(
      (timed ? std::string(kGnuTime) + " -f %M -o '" + peak_file + "' " : std::string()) + "'" +
      GLOSSATOR_BINARY + "' annotate '" + bomb + "' -o '" + out + "' --no-plugins 2>&1");
  auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start)
          .count();
  EXPECT_EQ(r.exit_code, 9) << r.output;
  EXPECT_NE(r.output.find(bomb + ": memory limit reached"), std::string::npos) << r.output;
  EXPECT_FALSE(std::filesystem::exists(out));
  // Here: 17 s and 535 MB; under the old default of 4096 MB, 66 s and 2.1 GB.
  EXPECT_LT(seconds, 60) << r.output;
  if (timed) {
    // The last line: GNU time writes "Command exited with non-zero status 9" first.
    std::string report = testing::ReadFile(peak_file);
    while (!report.empty() && report.back() == '\n') report.pop_back();
    long peak_kb = std::atol(report.substr(report.find_last_of('\n') + 1).c_str());
    EXPECT_GT(peak_kb, 0);
    EXPECT_LT(peak_kb, 1024 * 1024) << "peak resident memory " << peak_kb << " KB";
  }
}

}  // namespace
}  // namespace glossator
