// reference_method_bench: the measurement behind the reference parser's
// method (README.md, "Method"). Scores three parsers with the scoring of
// ReferenceParserBenchmark.AnyStyleGold: the rules alone, the learned
// labeller alone, and the rules with the labeller for entries the rules do
// not read whole (what the plugin does).
//
//   reference_method_bench MODEL CORE.xml [GOLD.xml]
//   reference_method_bench MODEL CORE.xml --mismatches N
//   reference_method_bench MODEL --grobid DIR LIST [--mismatches N]
//
// With a model trained with --hold-out-fifth, the scores on the held-out
// fifth of CORE.xml (every fifth sequence) are the ones to choose by; the
// scores on GOLD.xml are reported, never tuned on.
//
// With CORE.xml --mismatches, the shipped method on the held-out fifth of
// CORE.xml, per field, and its first N wrong fields. With --grobid, the GROBID citation files of
// DIR named in LIST are scored, per field, and with --mismatches the first N wrong fields of the
// shipped method are printed. LIST is meant to be a development quarter of the tuning files, left
// out of a model's training by passing it with the held-out fifth to train_reference_model
// (README.md, "Development split"): never the held-out fifth itself, which is scored only by the
// test.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "anystyle_scoring.h"
#include "grobid_dataset.h"
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

// The shipped method's scores, all and author-year, and its first
// `mismatches` wrong fields.
void PrintShipped(const std::string& name, const DatasetScores& shipped, size_t mismatches) {
  std::printf("%s", FormatScores("rules+labeller, " + name, shipped.all).c_str());
  std::printf("%s", FormatScores("rules+labeller, author-year", shipped.author_year).c_str());
  for (size_t i = 0; i < mismatches && i < shipped.all.mismatches.size(); ++i) {
    const citations::testing::Mismatch& m = shipped.all.mismatches[i];
    std::printf("%s\n  %s: gold [%s] ours [%s]\n", m.reference.c_str(), m.field.c_str(),
                m.gold.c_str(), m.ours.c_str());
  }
}

// Scores the three methods on the listed GROBID files; prints the first
// `mismatches` wrong fields of the shipped method.
int ReportGrobid(const citations::SequenceModel& model, const std::string& dir,
                 const std::string& list_path, size_t mismatches) {
  std::string error;
  std::vector<std::string> list = citations::testing::ReadFileList(list_path, &error);
  std::vector<citations::testing::AnyStyleSequence> sequences;
  if (error.empty()) {
    sequences = citations::testing::ReadGrobidDirectory(dir, list, /*held_out=*/true, &error);
  }
  if (!error.empty()) {
    std::fprintf(stderr, "reference_method_bench: %s\n", error.c_str());
    return 1;
  }
  DatasetScores shipped = citations::testing::ScoreSequences(sequences, [&](std::string_view s) {
    return citations::LabelReference(s, citations::Span{0, s.size()}, model);
  });
  std::printf("%s", FormatScores("labeller, " + list_path, shipped.all).c_str());
  shipped = citations::testing::ScoreSequences(sequences, [&](std::string_view s) {
    return citations::ParseReference(s, citations::Span{0, s.size()}, &model);
  });
  PrintShipped(list_path, shipped, mismatches);
  return 0;
}

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: %s MODEL CORE.xml [GOLD.xml]\n       %s MODEL CORE.xml --mismatches N\n"
                 "       %s MODEL --grobid DIR LIST [--mismatches N]\n",
                 argv[0], argv[0], argv[0]);
    return 2;
  }
  citations::SequenceModel model;
  std::string error;
  if (!model.Load(argv[1], &error)) {
    std::fprintf(stderr, "reference_method_bench: %s\n", error.c_str());
    return 1;
  }
  if (argc >= 5 && std::string(argv[2]) == "--grobid") {
    size_t mismatches = argc >= 7 && std::string(argv[5]) == "--mismatches"
                            ? static_cast<size_t>(std::atoi(argv[6]))
                            : 0;
    return ReportGrobid(model, argv[3], argv[4], mismatches);
  }
  auto fifth = [](size_t i) { return i % 5 == 4; };
  if (argc >= 5 && std::string(argv[3]) == "--mismatches") {
    DatasetScores shipped = ScoreAnyStyleDataset(
        argv[2],
        [&](std::string_view s) {
          return citations::ParseReference(s, citations::Span{0, s.size()}, &model);
        },
        fifth);
    PrintShipped("core, held-out fifth", shipped, static_cast<size_t>(std::atoi(argv[4])));
    return 0;
  }
  Report("core, held-out fifth", argv[2], fifth, model);
  if (argc > 3) Report("gold", argv[3], {}, model);
  return 0;
}
