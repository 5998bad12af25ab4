// Prose that tells people's lives but no case: the control texts of
// ../shared/data/real/texts/controls/ (a novel, a biography, science,
// philosophy), typeset into PDFs (testing::ControlPdfs), through the real
// `glossator annotate --plugins vignettes`. A story there has no clinical
// frame (clinical_frame.h), so issue 14 allows at most one vignette in all.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace vignettes {
namespace {

// Issue 14: "at most 1 vignette in all of it".
constexpr size_t kMostVignettesInAllControls = 1;

TEST(VignettesControls, NovelBiographyScienceAndPhilosophyGetAtMostOneVignette) {
  std::string why;
  const std::vector<std::string> pdfs = glossator::testing::ControlPdfs(&why);
  if (pdfs.empty()) GTEST_SKIP() << why;
  ASSERT_EQ(pdfs.size(), 4u) << "the README of ../shared/data/real names four control texts";
  size_t total = 0;
  for (const std::string& pdf : pdfs) {
    SCOPED_TRACE(pdf);
    std::string out = ::testing::TempDir() + "vignettes_control.xml";
    std::string log = out + ".log";
    std::string command = glossator::testing::ShellQuote(GLOSSATOR_BINARY) + " annotate " +
                          glossator::testing::ShellQuote(pdf) + " -q -o " +
                          glossator::testing::ShellQuote(out) + " --plugin-dir " +
                          glossator::testing::ShellQuote(VIGNETTES_PLUGIN_DIR) +
                          " --plugins vignettes 2>" + glossator::testing::ShellQuote(log);
    ASSERT_EQ(std::system(command.c_str()), 0) << command << "\n"
                                               << glossator::testing::ReadFile(log);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_file(out.c_str())) << out;
    size_t found =
        doc.select_nodes("//*[(local-name()='seg' or local-name()='span') and @type='vignette']")
            .size();
    // The text it rests on, so that a failure says what was taken for a case.
    for (pugi::xpath_node n : doc.select_nodes("//*[local-name()='seg' and @type='vignette']")) {
      std::printf("  vignette: %.100s\n", n.node().text().get());
    }
    std::printf("%s: %zu vignettes\n", pdf.c_str(), found);
    total += found;
  }
  EXPECT_LE(total, kMostVignettesInAllControls);
}

}  // namespace
}  // namespace vignettes
