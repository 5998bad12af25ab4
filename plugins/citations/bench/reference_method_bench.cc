// reference_method_bench: the measurement behind the reference parser's
// method (README.md, "Method"). Scores three parsers with the scoring of
// ReferenceParserBenchmark.AnyStyleGold: the rules alone, the learned
// labeller alone, and the rules with the labeller for entries the rules do
// not read whole (what the plugin does).
//
//   reference_method_bench MODEL CORE.xml [GOLD.xml]
//
// With a model trained with --hold-out-fifth, the scores on the held-out
// fifth of CORE.xml (every fifth sequence) are the ones to choose by; the
// scores on GOLD.xml are reported, never tuned on.
#include <cstdio>
#include <string>

#include "anystyle_scoring.h"
#include "labelled_reference.h"
#include "reference_parser.h"
#include "sequence_model.h"

namespace {

using citations::testing::DatasetScores;
using citations::testing::FormatScores;
using citations::testing::ScoreAnyStyleDataset;

void Report(const std::string& name, const std::string& path,
            const std::function<bool(size_t)>& include, const citations::SequenceModel& model) {
  struct Method {
    const char* name;
    citations::testing::ReferenceParserFn parse;
  };
  Method methods[] = {
      {"rules", [](std::string_view s) { return citations::ParseReference(s); }},
      {"labeller",
       [&](std::string_view s) {
         return citations::LabelReference(s, citations::Span{0, s.size()}, model);
       }},
      {"rules+labeller",
       [&](std::string_view s) {
         return citations::ParseReference(s, citations::Span{0, s.size()}, &model);
       }},
  };
  for (const Method& m : methods) {
    DatasetScores scores = ScoreAnyStyleDataset(path, m.parse, include);
    if (!scores.error.empty()) {
      std::fprintf(stderr, "reference_method_bench: %s\n", scores.error.c_str());
      return;
    }
    std::printf("%-15s %-22s all %.3f (%zu)   author-year %.3f (%zu)\n", m.name, name.c_str(),
                scores.all.overall.accuracy(), scores.all.sequences,
                scores.author_year.overall.accuracy(), scores.author_year.sequences);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s MODEL CORE.xml [GOLD.xml]\n", argv[0]);
    return 2;
  }
  citations::SequenceModel model;
  std::string error;
  if (!model.Load(argv[1], &error)) {
    std::fprintf(stderr, "reference_method_bench: %s\n", error.c_str());
    return 1;
  }
  Report(
      "core, held-out fifth", argv[2], [](size_t i) { return i % 5 == 4; }, model);
  if (argc > 3) Report("gold", argv[3], {}, model);
  return 0;
}
