// The reference parser on AnyStyle's gold dataset (scoring only: nothing is
// tuned on it). Scores the method the plugin uses (the rules, with the
// learned labeller for entries they do not read whole, when the build
// trained a model) and the rules alone; prints field accuracy on all of it
// and on the author-year subset, and asserts at least 0.90 on the subset for
// the plugin's method (issue 5).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "anystyle_scoring.h"
#include "grobid_dataset.h"
#include "reference_parser.h"
#include "sequence_model.h"

namespace citations {
namespace {

struct Floor {
  double micro_f1, author_year_micro_f1;
};
// Measured with the committed model (AnyStyle core + GROBID tuning files):
// micro-F1 0.885 all, 0.885 author-year (pieces, session 13; 0.761 / 0.858 before).
constexpr Floor kGrobidFloor{0.88, 0.88};

TEST(ReferenceParserBenchmark, AnyStyleGold) {
  if (!std::filesystem::exists(ANYSTYLE_GOLD)) GTEST_SKIP() << "no " << ANYSTYLE_GOLD;
  const std::string model_path =
      std::string(CITATIONS_PLUGIN_DIR) + "/citations/reference_model.txt";
  SequenceModel model;
  std::string error;
  bool learned = std::filesystem::exists(model_path);
  if (learned) {
    ASSERT_TRUE(model.Load(model_path, &error)) << error;
  }

  testing::DatasetScores rules = testing::ScoreAnyStyleDataset(ANYSTYLE_GOLD);
  ASSERT_TRUE(rules.error.empty()) << rules.error;
  ASSERT_GT(rules.all.sequences, 1000u);
  std::printf("%s", testing::FormatScores("rules, AnyStyle gold, all", rules.all).c_str());
  std::printf(
      "%s", testing::FormatScores("rules, AnyStyle gold, author-year", rules.author_year).c_str());
  testing::DatasetScores shipped = rules;
  if (learned) {
    shipped = testing::ScoreAnyStyleDataset(ANYSTYLE_GOLD, [&](std::string_view s) {
      return ParseReference(s, Span{0, s.size()}, &model);
    });
    std::printf("%s",
                testing::FormatScores("rules+labeller, AnyStyle gold, all", shipped.all).c_str());
    std::printf("%s", testing::FormatScores("rules+labeller, AnyStyle gold, author-year",
                                            shipped.author_year)
                          .c_str());
  } else {
    std::printf("note: no %s (no dlib at build time): the plugin parses with rules alone\n",
                model_path.c_str());
  }
  std::fflush(stdout);
  EXPECT_GE(shipped.author_year.overall.accuracy(), 0.90);
}

// The held-out fifth of GROBID's citation files (data/held_out/grobid-citation.txt,
// set aside before any training or tuning; never trained or tuned on),
// scored like AnyStyle's gold: per field, micro-F1, whole entries right, on
// all of it and on the author-year subset.
TEST(ReferenceParserBenchmark, GrobidHeldOutFifth) {
  if (!std::filesystem::exists(CITATIONS_GROBID_CITATIONS)) {
    GTEST_SKIP() << "no " << CITATIONS_GROBID_CITATIONS;
  }
  const std::string model_path =
      std::string(CITATIONS_PLUGIN_DIR) + "/citations/reference_model.txt";
  SequenceModel model;
  std::string error;
  ASSERT_TRUE(model.Load(model_path, &error)) << error;
  std::vector<std::string> held_out = testing::ReadFileList(CITATIONS_GROBID_HELD_OUT, &error);
  ASSERT_TRUE(error.empty()) << error;
  ASSERT_EQ(held_out.size(), 93u);
  std::vector<testing::AnyStyleSequence> sequences =
      testing::ReadGrobidDirectory(CITATIONS_GROBID_CITATIONS, held_out, /*held_out=*/true, &error);
  ASSERT_TRUE(error.empty()) << error;
  ASSERT_GT(sequences.size(), 900u);
  testing::DatasetScores shipped = testing::ScoreSequences(sequences, [&](std::string_view s) {
    return ParseReference(s, Span{0, s.size()}, &model);
  });
  std::printf(
      "%s",
      testing::FormatScores("rules+labeller, GROBID held-out fifth, all", shipped.all).c_str());
  std::printf("%s", testing::FormatScores("rules+labeller, GROBID held-out fifth, author-year",
                                          shipped.author_year)
                        .c_str());
  std::fflush(stdout);
  // Floors at what the shipped model reaches (README.md); issue 12's
  // targets are micro-F1 0.92 and whole entries 0.70.
  EXPECT_GE(shipped.all.overall.f1(), kGrobidFloor.micro_f1);
  EXPECT_GE(shipped.author_year.overall.f1(), kGrobidFloor.author_year_micro_f1);
}

TEST(ReferenceParserBenchmark, Normalisation) {
  EXPECT_EQ(testing::NormaliseField("volume", "Vol. 19, No. 1,"), "19(1)");
  EXPECT_EQ(testing::NormaliseField("volume", "220 (4598),"), "220(4598)");
  EXPECT_EQ(testing::NormaliseField("pages", "pp. 334\u2013344."), "334-344");
  EXPECT_EQ(testing::NormaliseField("editor", "In M. Farrow & B. Ilse (Eds.),"),
            "M. Farrow & B. Ilse");
  EXPECT_EQ(testing::NormaliseField("container-title", "In Theorizing Documentary,"),
            "Theorizing Documentary");
  EXPECT_EQ(testing::NormaliseField("container-title", "Paper presented at the Spring Meeting"),
            "Spring Meeting");
  EXPECT_EQ(testing::NormaliseField("date", "(1981, April 3)."), "1981, April 3");
}

}  // namespace
}  // namespace citations
