// VignettesHeldOut.Passages: precision and recall of vignette detection on the
// held-out passages of tests/gold/vignettes/heldout.txt, which the tagger's
// weights and thresholds never saw. Each passage is made a Document of its
// paragraphs and run through the real pipeline (the plugin loaded from the
// build tree, the host's ICU sentences). A vignette passage is found when a
// predicted vignette overlaps it; a passage that is not a vignette is a false
// positive when one does. Only the file's size is asserted; the figures are
// printed.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "glossator/pipeline.h"
#include "passage_file.h"
#include "test_support.h"

namespace vignettes {
namespace {

double Ratio(size_t a, size_t b) {
  return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
}

TEST(VignettesHeldOut, Passages) {
  const std::string path = VIGNETTES_HELDOUT;
  std::ifstream probe(path);
  ASSERT_TRUE(probe) << path << ": cannot be read";
  auto passages = ParsePassages(glossator::testing::ReadFile(path), path);
  ASSERT_TRUE(passages.ok()) << passages.status().ToString();

  auto pipeline = glossator::testing::PipelineOf(VIGNETTES_PLUGIN_DIR, "vignettes");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();

  struct Count {
    size_t passages = 0, predicted = 0;
  };
  std::map<std::string, Count> by_kind;
  std::vector<std::string> errors;
  for (const LabelledPassage& l : passages.value()) {
    glossator::Document doc = MakeDocument(l.paragraphs);
    std::vector<glossator::PluginProblem> problems;
    glossator::Annotations annotations = pipeline.value()->Run(doc, &problems);
    for (const auto& p : problems) ADD_FAILURE() << path << ":" << l.line << ": " << p.message;
    bool predicted = false;
    for (const glossator::Annotation& a : annotations.items) {
      predicted = predicted || (a.type == "vignette" && a.plugin == "vignettes");
    }
    Count& c = by_kind[l.kind];
    ++c.passages;
    if (predicted) ++c.predicted;
    if (predicted != l.vignette) {
      // The line only, not the text: the set stays unseen by whoever tunes the tagger.
      errors.push_back(std::string(predicted ? "FP " : "FN ") + l.kind + " at " + path + ":" +
                       std::to_string(l.line));
    }
  }

  size_t vignettes = 0, found = 0, nots = 0, false_positives = 0;
  std::printf("%-16s %8s %10s\n", "kind", "passages", "predicted");
  for (const auto& [kind, c] : by_kind) {
    std::printf("%-16s %8zu %10zu\n", kind.c_str(), c.passages, c.predicted);
    if (kind == "vignette") {
      vignettes += c.passages;
      found += c.predicted;
    } else {
      nots += c.passages;
      false_positives += c.predicted;
    }
  }
  std::printf("held-out: precision %.3f (%zu/%zu), recall %.3f (%zu/%zu)\n",
              Ratio(found, found + false_positives), found, found + false_positives,
              Ratio(found, vignettes), found, vignettes);
  for (const std::string& e : errors) std::printf("  %s\n", e.c_str());
  std::fflush(stdout);

  EXPECT_GE(vignettes, 20u) << path << ": fewer than 20 vignette passages";
  EXPECT_GE(nots, 20u) << path << ": fewer than 20 passages that are not vignettes";
}

}  // namespace
}  // namespace vignettes
