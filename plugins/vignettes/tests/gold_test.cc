// VignettesGold.Samples: the vignettes plugin, run through the real pipeline
// in-process (Poppler extraction, the host's ICU sentences, the plugin loaded
// from the build tree), against the hand gold in tests/gold/vignettes/NAME.tsv.
//
// Prints per sample and overall: gold vignettes found with their start within
// one sentence, precision (a predicted vignette is correct when it overlaps a
// gold vignette), look-alikes taken for vignettes, person descriptions, and
// vignettes on the slides. Asserts: every gold vignette found with its start
// within one sentence, no vignette on the slides, precision >= 0.9 overall.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "gold_file.h"
#include "passage_file.h"
#include "test_support.h"

namespace vignettes {
namespace {

double Ratio(size_t a, size_t b) {
  return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
}

// The index of the sentence holding offset (or the first after it).
size_t SentenceAt(const Passage& passage, size_t offset) {
  for (size_t i = 0; i < passage.sentences.size(); ++i) {
    if (offset < passage.sentences[i].end) return i;
  }
  return passage.sentences.size();
}

TEST(VignettesGold, Samples) {
  auto pipeline = glossator::testing::PipelineOf(VIGNETTES_PLUGIN_DIR, "vignettes");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();

  GoldScore total;
  size_t slide_vignettes = 0;
  std::printf("%-14s %5s %6s %11s %9s %8s %10s %11s\n", "sample", "gold", "found", "start-found",
              "predicted", "correct", "precision", "look-alikes");
  for (const char* name : {"slides", "working-paper", "article", "column"}) {
    std::string gold_path = std::string(VIGNETTES_GOLD_DIR) + "/" + name + ".tsv";
    ASSERT_TRUE(std::filesystem::exists(gold_path)) << gold_path;
    auto doc =
        glossator::ExtractDocument(std::string(VIGNETTES_SAMPLES_DIR) + "/pdfs/" + name + ".pdf");
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    auto passage = ToPassage(doc.value());
    ASSERT_TRUE(passage.ok()) << passage.status().ToString();
    auto gold = LoadGold(gold_path, passage.value());
    ASSERT_TRUE(gold.ok()) << gold.status().ToString();

    std::vector<glossator::PluginProblem> problems;
    glossator::Annotations annotations = pipeline.value()->Run(doc.value(), &problems);
    for (const auto& p : problems) ADD_FAILURE() << p.plugin << ": " << p.message;
    std::map<uint64_t, std::string> persons;  // vignette id -> its person's words
    for (const glossator::Annotation& a : annotations.items) {
      if (a.type == "vignettes:person") {
        persons[a.parent] = std::string(doc.value().text(a.begin, a.end));
      }
    }
    std::vector<Predicted> predicted;
    for (const glossator::Annotation& a : annotations.items) {
      if (a.type != "vignette" || a.plugin != "vignettes") continue;
      predicted.push_back({{a.begin, a.end}, SentenceAt(passage.value(), a.begin), persons[a.id]});
    }
    if (std::string(name) == "slides") slide_vignettes = predicted.size();

    GoldScore s = ScoreAgainstGold(passage.value(), gold.value(), predicted);
    std::printf("%-14s %5zu %6zu %11zu %9zu %8zu %10.3f %7zu/%zu\n", name, s.gold, s.found,
                s.found_start, s.predicted, s.correct, Ratio(s.correct, s.predicted),
                s.look_alikes_hit, s.look_alikes);
    for (const std::string& note : s.notes) std::printf("    %s: %s\n", name, note.c_str());
    total += s;
  }
  std::printf("%-14s %5zu %6zu %11zu %9zu %8zu %10.3f %7zu/%zu\n", "overall", total.gold,
              total.found, total.found_start, total.predicted, total.correct,
              Ratio(total.correct, total.predicted), total.look_alikes_hit, total.look_alikes);
  std::printf("person descriptions matching the gold's: %zu/%zu; vignettes on slides: %zu\n",
              total.person_found, total.found, slide_vignettes);
  std::fflush(stdout);

  EXPECT_EQ(total.found_start, total.gold)
      << "every gold vignette should be found with its start within one sentence";
  EXPECT_EQ(slide_vignettes, 0u) << "vignettes on the slide deck";
  EXPECT_GE(Ratio(total.correct, total.predicted), 0.9) << "precision over the samples";
}

}  // namespace
}  // namespace vignettes
