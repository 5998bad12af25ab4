// `glossator refs --strings` with the real plugin: reference strings in, one
// entry per line out, as CSL-JSON and BibTeX, from a file and from standard
// input; an entry the parser cannot read keeps its text and gets no fields;
// a missing file is an error naming it. The entries are invented.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "test_support.h"

namespace citations {
namespace {

using glossator::testing::CommandResult;
using glossator::testing::RunCommand;
using glossator::testing::ShellQuote;

CommandResult Refs(const std::string& args) {
  return RunCommand(ShellQuote(GLOSSATOR_BINARY) + " refs " + args + " --plugin-dir " +
                    ShellQuote(CITATIONS_PLUGIN_DIR) + " 2>&1");
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

constexpr char kStrings[] =
    "Abernathy, L. K., Birchall, S., & Coyle, T. (1991). Ruptures in the working alliance. "
    "Journal of Clinical Process Research, 12(3), 201-219.\n"
    "\n"
    "Barber, Robert C. Reading Winnicott Today. Boston: Harbinger Press, 2004.\n"
    "Mark Hall, Eibe Frank, Geoffrey Holmes, and Bernhard Pfahringer. 2009. The data mining "
    "software. SIGKDD Explorations, 11(1):10-18.\n";

TEST(RefsStrings, OneEntryPerLineAsCslJsonFromAFile) {
  glossator::testing::TempDir dir;
  std::string in = dir.path() + "/refs.txt";
  std::ofstream(in) << kStrings;
  CommandResult r = Refs("--strings " + ShellQuote(in) + " --format csl-json");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(Count(r.output, "\"type\":"), 3u) << r.output;  // the blank line is no entry
  EXPECT_NE(r.output.find("{\"family\": \"Abernathy\", \"given\": \"L. K.\"}"), std::string::npos)
      << r.output;
  // One person, not "Barber" and "Robert C.".
  EXPECT_NE(r.output.find("[{\"family\": \"Barber\", \"given\": \"Robert C.\"}]"),
            std::string::npos)
      << r.output;
  // Four people in Given Surname order.
  EXPECT_NE(r.output.find("{\"family\": \"Hall\", \"given\": \"Mark\"}, {\"family\": \"Frank\""),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("(3 reference entries)"), std::string::npos) << r.output;
}

TEST(RefsStrings, BibtexFromStandardInput) {
  CommandResult r = RunCommand("printf '%s\\n' " +
                               ShellQuote("Barber, Robert C. Reading Winnicott Today. Boston: "
                                          "Harbinger Press, 2004.") +
                               " | " + ShellQuote(GLOSSATOR_BINARY) +
                               " refs --strings - --format bibtex -q --plugin-dir " +
                               ShellQuote(CITATIONS_PLUGIN_DIR) + " 2>&1");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(Count(r.output, "@"), 1u) << r.output;
  EXPECT_NE(r.output.find("author = {Barber, Robert C.}"), std::string::npos) << r.output;
  // A name in a title keeps its capital.
  EXPECT_NE(r.output.find("{Winnicott}"), std::string::npos) << r.output;
}

TEST(RefsStrings, AnUnreadableEntryKeepsItsTextAndNoFields) {
  glossator::testing::TempDir dir;
  std::string in = dir.path() + "/refs.txt";
  std::ofstream(in) << "290 291 292 1. 2\n";
  CommandResult r = Refs("--strings " + ShellQuote(in) + " --format csl-json -q");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("\"type\": \"document\""), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("\"note\": \"290 291 292 1. 2\""), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("\"volume\""), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("\"author\""), std::string::npos) << r.output;
}

TEST(RefsStrings, ErrorsNameTheFile) {
  CommandResult missing = Refs("--strings /nonexistent/refs.txt --format bibtex");
  EXPECT_EQ(missing.exit_code, 3) << missing.output;
  EXPECT_NE(missing.output.find("/nonexistent/refs.txt"), std::string::npos) << missing.output;
  CommandResult both = Refs("x.pdf --strings refs.txt --format bibtex");
  EXPECT_EQ(both.exit_code, 2) << both.output;
  CommandResult no_format = Refs("--strings refs.txt");
  EXPECT_EQ(no_format.exit_code, 2) << no_format.output;
}

}  // namespace
}  // namespace citations
