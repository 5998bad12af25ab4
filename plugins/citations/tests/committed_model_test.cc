// The committed labeller model (data/reference_model.txt) is the training of
// its inputs: the digest the trainer wrote beside it (reference_model.txt.digest)
// names the features and labels of every training token and the settings,
// and the model's bytes. Rebuilding that training set here with today's
// readers, tokens and features must give the same digest: a change to the
// data, the label mapping, the features or the settings makes this fail
// until the model is retrained (tools/train_reference_model.cc; README.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "training_set.h"

namespace citations {
namespace {

std::string FirstLine(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

TEST(CommittedModel, IsTheTrainingOfItsInputs) {
  if (!std::filesystem::exists(CITATIONS_GROBID_CITATIONS)) {
    GTEST_SKIP() << "no " << CITATIONS_GROBID_CITATIONS;
  }
  std::string error;
  testing::TrainingSet set =
      testing::BuildTrainingSet(CITATIONS_TRAINING_DATA, CITATIONS_GROBID_CITATIONS,
                                CITATIONS_GROBID_HELD_OUT, /*hold_out_fifth=*/false, &error);
  ASSERT_TRUE(error.empty()) << error;
  ASSERT_GT(set.anystyle, 1000u);
  ASSERT_GT(set.grobid, 5000u);
  const std::string recorded = FirstLine(std::string(CITATIONS_SHIPPED_MODEL) + ".digest");
  EXPECT_EQ(testing::DigestLine(testing::TrainingDigest(set, testing::TrainingSettings{}),
                                testing::FileDigest(CITATIONS_SHIPPED_MODEL)),
            recorded)
      << "data/reference_model.txt is not the training of today's data, features and settings: "
         "retrain it with train_reference_model (plugins/citations/README.md)";
}

// A model trains on pieces (LabelPieces): a piece takes the field its first
// tagged character is in, so "1974" is a date, the signs between fields
// ("(", ")." and the comma before the volume) and "pp." before a page range
// belong to no field, and a sign inside a field ("Akaike, H.") to that field.
TEST(CommittedModel, TokensTakeTheFieldOfTheirFirstTaggedCharacter) {
  testing::AnyStyleSequence s;
  s.text = "Akaike, H. (1974). IEEE Trans. 19 pp. 716-723.";
  s.fields = {{"author", "Akaike, H."},
              {"date", "1974"},
              {"journal", "IEEE Trans."},
              {"volume", "19"},
              {"pages", "716-723"}};
  s.spans = {{0, 10}, {12, 16}, {19, 30}, {31, 33}, {38, 45}};
  std::vector<LabelToken> tokens = TokenizeForLabelling(s.text, Span{0, s.text.size()});
  std::vector<unsigned long> labels = testing::TokenLabels(s, tokens);
  // Akaike , H. ( 1974 ) . IEEE Trans. 19 pp. 716-723 .
  ASSERT_EQ(labels.size(), 13u);
  EXPECT_EQ(labels[0], kAuthorField);
  EXPECT_EQ(labels[1], kAuthorField);  // ","
  EXPECT_EQ(labels[2], kAuthorField);  // "H."
  EXPECT_EQ(labels[3], kOtherField);   // "("
  EXPECT_EQ(labels[4], kDateField);
  EXPECT_EQ(labels[5], kOtherField);  // ")"
  EXPECT_EQ(labels[7], kContainerField);
  EXPECT_EQ(labels[8], kContainerField);
  EXPECT_EQ(labels[9], kVolumeField);
  EXPECT_EQ(labels[10], kOtherField);  // "pp."
  EXPECT_EQ(labels[11], kPagesField);
  EXPECT_EQ(labels[12], kOtherField);
}

}  // namespace
}  // namespace citations
