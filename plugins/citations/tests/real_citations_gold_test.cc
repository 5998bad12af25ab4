// The citations plugin against the hand gold of three real PDFs
// (tests/gold/real/citations/, read off the page images; README.md there),
// through the real Poppler path: citation precision and recall, links right
// and the first author and year of each entry, per PDF and overall, with
// every miss printed.
//
// Issue 12 asks for precision and recall ≥ 0.95 and links ≥ 0.95 here. The
// assertions are floors at what the plugin reaches now (kFloor below), so
// that a change that loses ground fails; raise them as the plugin improves,
// never lower them.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <sstream>
#include <string>

#include "citations_gold.h"
#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "test_support.h"

namespace citations {
namespace {

struct Floor {
  double precision, recall, links, parts;
};
// Measured when this test was written (issue 12): precision 0.987, recall
// 0.743 (complexity's 26 numeric citations all missed: layout reads its
// number column apart from the entries), links 0.987, first author and
// year 0.797. Session 13: precision 0.990, recall 0.990, links 1.000 (104/104),
// first author and year 0.995 (211/212).
constexpr Floor kFloor{0.98, 0.98, 0.99, 0.99};

TEST(CitationsRealGold, ThreePdfs) {
  const std::string gold_dir = std::string(CITATIONS_REAL_GOLD_DIR);
  auto pipeline = glossator::testing::PipelineOf(CITATIONS_PLUGIN_DIR, "citations");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();

  std::map<std::string, Score> scores;
  std::ostringstream report;
  for (const char* name : {"cermine_example1", "complexity", "sp_P14-1059"}) {
    auto doc = glossator::ExtractDocument(glossator::testing::SharedDir() + "/data/real/pdfs/" +
                                          name + ".pdf");
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    const std::string& text = doc.value().text();
    Gold gold = LoadGold(gold_dir + "/" + name + ".tsv", text);
    ASSERT_FALSE(gold.cites.empty()) << name;
    std::vector<glossator::PluginProblem> problems;
    glossator::Annotations annotations = pipeline.value()->Run(doc.value(), &problems);
    for (const auto& p : problems) ADD_FAILURE() << p.plugin << ": " << p.message;
    scores[name] = ScoreSample(name, text, gold, annotations, report, /*extra_people=*/false);
  }
  Score total = PrintScores(scores);
  std::printf("errors:\n%s", report.str().c_str());
  std::fflush(stdout);

  EXPECT_GE(Ratio(total.found_right, total.found), kFloor.precision) << "citation precision";
  EXPECT_GE(Ratio(total.recalled, total.gold), kFloor.recall) << "citation recall";
  EXPECT_GE(Ratio(total.linked_right, total.matched), kFloor.links) << "links right";
  EXPECT_GE(Ratio(total.fields_right, total.fields), kFloor.parts) << "first author, year";
}

}  // namespace
}  // namespace citations
