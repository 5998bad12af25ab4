// The learned labeller's model file and decoding, and the plugin's method
// (rules for APA entries they read whole, the labeller for the others).
#include "sequence_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "labelled_reference.h"
#include "reference_parser.h"

namespace citations {
namespace {

std::string TempFile(const std::string& name, const std::string& contents) {
  std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << contents;
  return path;
}

std::string Header() {
  return "glossator-citations-labeller 1 features=" + std::to_string(kFeatureVersion) +
         " labels=" + std::to_string(kFieldLabelCount) +
         " buckets=" + std::to_string(kFeatureBuckets) + "\n";
}

TEST(SequenceModel, DecodesAndRoundTrips) {
  std::string s = "Halloran, M. (1987). Holding.";
  std::vector<LabelToken> tokens = TokenizeForLabelling(s, Span{0, s.size()});
  ASSERT_EQ(tokens.size(), 4u);
  // The first feature of every token is its bias: make every token a title,
  // and the start of the string an author.
  SequenceModel model;
  uint32_t bias = tokens[0].features[0];
  model.set_weight(kTitleField * kFeatureBuckets + bias, 1.0);
  model.set_weight(SequenceModel::kTransitions + kFieldLabelCount * kFieldLabelCount + kAuthorField,
                   5.0);
  model.Finish();
  ASSERT_FALSE(model.empty());
  std::vector<FieldLabel> labels = model.Label(tokens);
  EXPECT_EQ(labels, (std::vector<FieldLabel>{kAuthorField, kTitleField, kTitleField, kTitleField}));

  std::string path = ::testing::TempDir() + "citations_model.txt", error;
  ASSERT_TRUE(model.Save(path, &error)) << error;
  SequenceModel loaded;
  ASSERT_TRUE(loaded.Load(path, &error)) << error;
  EXPECT_EQ(loaded.Label(tokens), labels);
}

TEST(SequenceModel, BadFilesNameFileAndLine) {
  SequenceModel model;
  std::string error;
  std::string wrong = TempFile("citations_wrong.txt", "some other model\n1 0.5\n");
  EXPECT_FALSE(model.Load(wrong, &error));
  EXPECT_NE(error.find(wrong + ":1:"), std::string::npos) << error;
  std::string broken = TempFile("citations_broken.txt", Header() + "12 0.5\nx 0.25\n");
  EXPECT_FALSE(model.Load(broken, &error));
  EXPECT_NE(error.find(broken + ":3:"), std::string::npos) << error;
  EXPECT_TRUE(model.empty());
  EXPECT_FALSE(model.Load("/nonexistent/model.txt", &error));
  EXPECT_NE(error.find("/nonexistent/model.txt"), std::string::npos);
}

// With the model the build trained (skipped without dlib).
class ShippedModel : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string path = std::string(CITATIONS_PLUGIN_DIR) + "/citations/reference_model.txt";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
    std::string error;
    ASSERT_TRUE(model_.Load(path, &error)) << error;
  }
  SequenceModel model_;
};

TEST_F(ShippedModel, ApaEntriesTheRulesReadWholeStayWithTheRules) {
  std::string s =
      "Moraine, D. (1986). Connection, disconnection, and the central relational paradox. Work in "
      "Progress, No. 55. Wellbury, MA: Linden Centre Working Papers.";
  ParsedReference rules = ParseReference(s);
  ASSERT_TRUE(IsCompleteParse(rules));
  ParsedReference method = ParseReference(s, Span{0, s.size()}, &model_);
  EXPECT_EQ(method.Attributes(), rules.Attributes());
}

TEST_F(ShippedModel, OtherStylesGoToTheLabeller) {
  // Year at the end, quoted title: not the APA form the rules know.
  std::string s =
      "Ostrander, Claire. \u201cRepair after Rupture.\u201d Journal of Relational Research 14 "
      "(2004): 201-219.";
  ParsedReference method = ParseReference(s, Span{0, s.size()}, &model_);
  EXPECT_EQ(PersonLines(method.authors), "Ostrander|Claire");
  EXPECT_EQ(method.year.value, "2004");
  EXPECT_EQ(method.title.value, "Repair after Rupture");
  EXPECT_EQ(method.container.value, "Journal of Relational Research");
  EXPECT_EQ(method.pages.value, "201-219");
}

}  // namespace
}  // namespace citations
