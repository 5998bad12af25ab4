// `glossator refs` as a user runs it, on the working paper with the citations
// plugin's stand-in (tests/plugin_abi/fixtures_src/citations-fixture.c), its
// output read by a real consumer: pandoc (Debian's, installed by
// .ci/install-deps.sh). And the warning `annotate` gives for a citation whose
// target names no entry.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "test_support.h"

namespace glossator {
namespace {

using testing::CommandResult;
using testing::RunCommand;

const std::string& FixtureDir() {
  static const std::string kDir = std::string(GLOSSATOR_TEST_PLUGIN_DIR) + "/refs";
  return kDir;
}

// glossator COMMAND with the stand-in as the only plugin.
CommandResult Glossator(const std::string& args) {
  return RunCommand(std::string("'") + GLOSSATOR_BINARY + "' " + args + " --plugin-dir '" +
                    FixtureDir() + "' --plugins citations");
}

std::string WorkingPaper() { return "'" + testing::SamplePdf("working-paper") + "'"; }

// pandoc ARGS; fails the test when pandoc is not installed.
CommandResult Pandoc(const std::string& args) {
  CommandResult found = RunCommand("command -v pandoc");
  if (found.exit_code != 0) {
    ADD_FAILURE() << "pandoc is not installed: .ci/install-deps.sh installs it";
    return found;
  }
  return RunCommand("pandoc " + args + " 2>&1");
}

size_t Count(const std::string& text, const std::string& pattern) {
  std::regex re(pattern);
  return std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator());
}

// A tiny document citing three entries, rendered by pandoc's citeproc.
std::string Cite(const std::string& bibliography, const testing::TempDir& dir) {
  std::string doc = dir.path() + "/cites.md";
  std::ofstream(doc) << "As shown [@tessaro1987a; @tessaro1987b; @tessaro1990, p. 12].\n";
  CommandResult r =
      Pandoc("--citeproc --bibliography='" + bibliography + "' -t plain '" + doc + "'");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  return r.output;
}

// The three works, each in the bibliography (citeproc gives the two of 1987
// its own suffixes, by title).
void ExpectCited(const std::string& cited) {
  for (const char* part : {"Tessaro 1987b, 1987a; Tessaro and Quarrington 1990, 12",
                           "Tessaro, M. 1987a. “Counter-Transference as a Source of Knowledge.”",
                           "1987b. “Holding and Its Failures: Notes on the Analytic Setting.”",
                           "Linden Centre Working Papers", "Journal of Brief Therapy 14"}) {
    EXPECT_NE(cited.find(part), std::string::npos) << part << "\n" << cited;
  }
}

TEST(RefsCli, CslJsonIsReadByPandoc) {
  testing::TempDir dir;
  std::string out = dir.path() + "/refs.json";
  CommandResult r = Glossator("refs " + WorkingPaper() + " --format csl-json -o '" + out + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("(24 reference entries)"), std::string::npos) << r.output;

  CommandResult back = Pandoc("-f csljson -t csljson '" + out + "'");
  ASSERT_EQ(back.exit_code, 0) << back.output;
  EXPECT_EQ(Count(back.output, "\"id\":"), 24u) << back.output;
  for (const char* kept :
       {"\"id\": \"tessaro1987a\"", "\"container-title\": \"Journal of Clinical Process Research\"",
        "\"publisher\": \"Merrow & Lyle\"", "\"collection-number\": \"55\"",
        // CSL 1.0.2's event-title (issue 12), which pandoc reads and writes back.
        "\"event-title\": \"Spring Symposium on Relational Practice, Calder Institute\"",
        "\"type\": \"personal_communication\"", "\"family\": \"Quarrington\""}) {
    EXPECT_NE(back.output.find(kept), std::string::npos) << kept;
  }
  ExpectCited(Cite(out, dir));
}

TEST(RefsCli, BibtexIsReadByPandoc) {
  testing::TempDir dir;
  std::string out = dir.path() + "/refs.bib";
  CommandResult r = Glossator("refs " + WorkingPaper() + " --format bibtex -o '" + out + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string bib = testing::ReadFile(out);
  EXPECT_EQ(Count(bib, "\n@|^@"), 24u);
  EXPECT_NE(bib.find("  author = {Tessaro, M. and Quarrington, A.},\n"), std::string::npos);
  EXPECT_NE(bib.find("  publisher = {Merrow \\& Lyle},\n"), std::string::npos);

  CommandResult back = Pandoc("-f bibtex -t csljson '" + out + "'");
  ASSERT_EQ(back.exit_code, 0) << back.output;
  EXPECT_EQ(Count(back.output, "\"id\":"), 24u) << back.output;
  for (const char* kept : {"\"id\": \"abernathy1991\"", "\"page\": \"201-219\"",
                           "\"publisher\": \"Merrow & Lyle\"", "\"family\": \"Birchall\"",
                           "\"container-title\": \"Journal of Clinical Process Research\""}) {
    EXPECT_NE(back.output.find(kept), std::string::npos) << kept;
  }
  ExpectCited(Cite(out, dir));
}

TEST(RefsCli, WritesToStandardOutputWithoutOutput) {
  CommandResult r = Glossator("refs " + WorkingPaper() + " --format bibtex -q 2>/dev/null");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output.rfind("@article{abernathy1991,\n", 0), 0u) << r.output.substr(0, 200);
  EXPECT_EQ(Count(r.output, "\n@|^@"), 24u);
  CommandResult dash = Glossator("refs " + WorkingPaper() + " --format csl-json -o - 2>/dev/null");
  ASSERT_EQ(dash.exit_code, 0);
  EXPECT_EQ(dash.output.rfind("[\n  {\n    \"id\": \"abernathy1991\",", 0), 0u);
}

TEST(RefsCli, WithoutTheCitationsPluginItSaysSo) {
  CommandResult none = RunCommand(std::string("'") + GLOSSATOR_BINARY + "' refs " + WorkingPaper() +
                                  " --format bibtex --no-plugins");
  EXPECT_EQ(none.exit_code, 11) << none.output;
  EXPECT_NE(none.output.find("refs needs a plugin that makes reference annotations"),
            std::string::npos)
      << none.output;
  // Found, but not among those chosen.
  CommandResult other = RunCommand(std::string("'") + GLOSSATOR_BINARY + "' refs " +
                                   WorkingPaper() + " --format bibtex --plugin-dir '" +
                                   GLOSSATOR_TEST_PLUGIN_DIR + "' --plugins good");
  EXPECT_EQ(other.exit_code, 11) << other.output;
  EXPECT_NE(other.output.find("add it to --plugins"), std::string::npos) << other.output;
}

TEST(RefsCli, UsageErrors) {
  CommandResult no_format = Glossator("refs " + WorkingPaper());
  EXPECT_EQ(no_format.exit_code, 2);
  EXPECT_NE(no_format.output.find("refs needs --format csl-json or bibtex"), std::string::npos)
      << no_format.output;
  CommandResult bad = Glossator("refs " + WorkingPaper() + " --format ris");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("--format must be csl-json or bibtex, not 'ris'"), std::string::npos)
      << bad.output;
  EXPECT_EQ(
      Glossator("refs " + WorkingPaper() + " " + WorkingPaper() + " --format bibtex").exit_code, 2);
  CommandResult annotate = Glossator("annotate " + WorkingPaper() + " -o x.xml --format bibtex");
  EXPECT_EQ(annotate.exit_code, 2);
  EXPECT_NE(annotate.output.find("--format is for refs only"), std::string::npos);
  EXPECT_EQ(Glossator("refs /nonexistent/x.pdf --format bibtex").exit_code, 3);
}

// The output replaces an existing file whole; the input is neither changed nor touched.
TEST(RefsCli, OutputIsAtomicAndTheInputUntouched) {
  testing::TempDir dir;
  std::string input = dir.path() + "/reading.pdf";
  std::filesystem::copy_file(testing::SamplePdf("working-paper"), input);
  testing::FileSnapshot input_before(input);
  std::string output = dir.path() + "/reading.json";
  std::ofstream(output) << std::string(100000, 'x');

  CommandResult r = Glossator("refs '" + input + "' --format csl-json -o '" + output + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string json = testing::ReadFile(output);
  EXPECT_EQ(json.rfind("[\n", 0), 0u);
  EXPECT_EQ(json.find('x' + std::string(10, 'x')), std::string::npos);
  EXPECT_EQ(input_before.Changes(), "");
  EXPECT_EQ(testing::EntriesIn(dir.path()), 2u) << "no temporary file left beside the output";

  CommandResult unwritable =
      Glossator("refs '" + input + "' --format bibtex -o /nonexistent-dir/refs.bib");
  EXPECT_EQ(unwritable.exit_code, 3) << unwritable.output;
  EXPECT_NE(unwritable.output.find("/nonexistent-dir/refs.bib"), std::string::npos)
      << unwritable.output;
}

TEST(AnnotateCli, ATargetNamingNoEntryIsDroppedWithAWarning) {
  testing::TempDir dir;
  std::string out = dir.path() + "/wp.xml";
  CommandResult r = Glossator("annotate " + WorkingPaper() + " -o '" + out + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("glossator: warning: working-paper.pdf: <ref> \"Tessaro (1985,1992)\": "
                          "target #bib.99 is no xml:id in the TEI; dropped"),
            std::string::npos)
      << r.output;
  std::string xml = testing::ReadFile(out);
  EXPECT_NE(xml.find("target=\"#bib.17 #bib.20\""), std::string::npos);
  EXPECT_NE(xml.find("<back>"), std::string::npos);
}

}  // namespace
}  // namespace glossator
