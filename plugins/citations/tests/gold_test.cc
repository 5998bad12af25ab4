// The citations plugin against the hand gold of tests/gold/citations/NAME.tsv
// (format and scoring: the citations contract, README.md), run through the
// real pipeline in-process on the sample PDFs. Prints detection precision and
// recall, link accuracy and parts accuracy per sample and overall, with every
// error, and asserts the targets of issue 5.
//
// CITATIONS_GOLD_DIR in the environment points the test at another folder
// of gold files (for development).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include "citations_gold.h"
#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "test_support.h"

namespace citations {
namespace {

TEST(CitationsGold, Samples) {
  const char* env = std::getenv("CITATIONS_GOLD_DIR");
  const std::string gold_dir = env != nullptr ? env : CITATIONS_GOLD_DIR;
  auto pipeline = glossator::testing::PipelineOf(CITATIONS_PLUGIN_DIR, "citations");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();

  std::map<std::string, Score> scores;
  std::ostringstream report;
  for (const char* name : {"slides", "working-paper", "article", "column"}) {
    std::string gold_path = gold_dir + "/" + name + ".tsv";
    if (!std::filesystem::exists(gold_path)) continue;
    auto doc =
        glossator::ExtractDocument(std::string(CITATIONS_SAMPLES_DIR) + "/pdfs/" + name + ".pdf");
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    const std::string& text = doc.value().text();
    Gold gold = LoadGold(gold_path, text);
    std::vector<glossator::PluginProblem> problems;
    glossator::Annotations annotations = pipeline.value()->Run(doc.value(), &problems);
    for (const auto& p : problems) ADD_FAILURE() << p.plugin << ": " << p.message;
    scores[name] = ScoreSample(name, text, gold, annotations, report);
  }
  ASSERT_FALSE(scores.empty()) << "no gold files in " << gold_dir;

  Score total = PrintScores(scores);
  std::printf("errors:\n%s", report.str().c_str());
  std::fflush(stdout);

  // The targets of issue 5.
  EXPECT_GE(Ratio(total.found_right, total.found), 0.97) << "detection precision";
  EXPECT_GE(Ratio(total.recalled, total.gold), 0.97) << "detection recall";
  EXPECT_GE(Ratio(total.linked_right, total.matched), 0.95) << "link accuracy";
  EXPECT_GE(Ratio(total.fields_right, total.fields), 0.95) << "parts accuracy";
}

}  // namespace
}  // namespace citations
