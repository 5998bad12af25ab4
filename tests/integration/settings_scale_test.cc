// A settings file of 100,000 lines giving one key again and again: read in
// linear time (it took 13 s, growing quadratically), and the error names a
// few of the lines and counts the rest (it was one line of 1.7 MB).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace glossator {
namespace {

constexpr int kLines = 100000;

std::string Quote(const std::string& s) { return "'" + s + "'"; }

TEST(SettingsScale, AKeyGivenOneHundredThousandTimesIsReadFastAndReportedBriefly) {
  std::string concepts = std::string(GLOSSATOR_SHIPPED_PLUGIN_DIR) + "/libconcepts.so";
  if (!std::filesystem::exists(concepts)) GTEST_SKIP() << "the concepts plugin is not built";
  testing::TempDir dir;
  std::string conf = dir.path() + "/glossator.conf";
  {
    std::ofstream out(conf);
    // A single-valued key given again from one file is one value per line,
    // which the plugin refuses: so the error is the one that names places.
    for (int i = 0; i < kLines; ++i) out << "concepts.builtin = true\n";
  }
  auto start = std::chrono::steady_clock::now();
  testing::CommandResult r = testing::RunCommand(
      Quote(GLOSSATOR_BINARY) + " annotate " + Quote(testing::SamplePdf("article")) + " -o " +
      Quote(dir.path() + "/article.xml") + " --plugin-dir " + Quote(GLOSSATOR_SHIPPED_PLUGIN_DIR) +
      " --plugins concepts --config " + Quote(conf) + " 2>&1");
  auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start)
          .count();
  EXPECT_EQ(r.exit_code, 11) << r.output.substr(0, 2000);
  EXPECT_NE(r.output.find("plugin concepts refuses its settings (" + conf + ":1, " + conf + ":2, " +
                          conf + ":3, " + conf + ":4, " + conf + ":5 and " +
                          std::to_string(kLines - 5) + " more): "),
            std::string::npos)
      << r.output.substr(0, 2000);
  // A few lines: the places named, and the plugin's message (its buffer holds
  // at most 1 KiB, escaped here).
  EXPECT_LT(r.output.size(), 8192u) << r.output.substr(0, 2000);
  EXPECT_LT(seconds, 5) << "settings read in " << seconds << " s";
}

}  // namespace
}  // namespace glossator
