// The command's own work before any reading is held to the readings'
// limits (issue 19): a user thesaurus too large for --max-memory stops the
// run with the memory limit's code, its peak memory under the limit, and one
// too slow to load for --time-limit with the time limit's. Before, the
// thesaurus loaded in the parent unbounded (a 100 MB one peaked at 1.09 GB
// under --max-memory 300) and for as long as it took.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace glossator {
namespace {

std::string Quote(const std::string& s) { return "'" + s + "'"; }

// A valid user thesaurus of `categories` categories, each with a term and a
// gloss of its own: some 190 bytes each.
std::string WriteLargeThesaurus(const std::string& dir, int categories) {
  std::string path = dir + "/large.xml";
  std::ofstream out(path);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<taxonomy xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"concepts\">\n";
  for (int i = 0; i < categories; ++i) {
    out << "<category xml:id=\"c.n" << i << "\"><catDesc><term>relational repair " << i
        << "</term><term type=\"alt\">repair of rupture " << i
        << "</term><gloss>A made-up concept, " << i << ".</gloss></catDesc></category>\n";
  }
  out << "</taxonomy>\n";
  return path;
}

// GNU time (the `time` package) for the peak resident memory, as
// memory_limit_test.cc reads it.
const char kGnuTime[] = "/usr/bin/time";

std::string Annotate(const std::string& dir, const std::string& thesaurus,
                     const std::string& limits) {
  return Quote(GLOSSATOR_BINARY) + " annotate " + Quote(testing::SamplePdf("article")) + " -o " +
         Quote(dir + "/article.xml") + " --plugin-dir " + Quote(GLOSSATOR_SHIPPED_PLUGIN_DIR) +
         " --plugins concepts --set concepts.thesaurus=" + Quote(thesaurus) + " " + limits;
}

TEST(SetupLimits, AThesaurusTooLargeForTheMemoryLimitStopsTheRunWithinIt) {
  std::string concepts = std::string(GLOSSATOR_SHIPPED_PLUGIN_DIR) + "/libconcepts.so";
  if (!std::filesystem::exists(concepts)) GTEST_SKIP() << "the concepts plugin is not built";
  if (!std::filesystem::exists(kGnuTime)) GTEST_SKIP() << "no GNU time (apt-get install time)";
  testing::TempDir dir;
  std::string thesaurus = WriteLargeThesaurus(dir.path(), 150000);  // ~28 MB
  testing::CommandResult r =
      testing::RunCommand(std::string(kGnuTime) + " -f 'peak %M KB' " +
                          Annotate(dir.path(), thesaurus, "--max-memory 150") + " 2>&1");
  EXPECT_NE(r.output.find("memory limit reached: plugin concepts ran out of memory loading its "
                          "data (--max-memory)"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("exited with non-zero status 9"), std::string::npos) << r.output;
  size_t at = r.output.find("peak ");
  ASSERT_NE(at, std::string::npos) << r.output;
  long peak_kb = std::stol(r.output.substr(at + 5));
  EXPECT_LT(peak_kb, 150 * 1024) << r.output;
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/article.xml"));
}

TEST(SetupLimits, AThesaurusTooSlowToLoadForTheTimeLimitStopsTheRun) {
  std::string concepts = std::string(GLOSSATOR_SHIPPED_PLUGIN_DIR) + "/libconcepts.so";
  if (!std::filesystem::exists(concepts)) GTEST_SKIP() << "the concepts plugin is not built";
  testing::TempDir dir;
  std::string thesaurus = WriteLargeThesaurus(dir.path(), 300000);  // ~57 MB, seconds to load
  testing::CommandResult r =
      testing::RunCommand(Annotate(dir.path(), thesaurus, "--time-limit 1") + " 2>&1");
  EXPECT_EQ(r.exit_code, 8) << r.output;
  EXPECT_NE(r.output.find("setting up the plugins (loading their data, checking their settings): "
                          "time limit of 1 s reached (--time-limit)"),
            std::string::npos)
      << r.output;
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/article.xml"));
}

}  // namespace
}  // namespace glossator
