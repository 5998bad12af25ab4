// The learned labeller's model file and decoding, and the plugin's method
// (rules for APA entries they read whole, the labeller for the others).
#include "sequence_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
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
  // Halloran , M. ( 1987 ) . Holding.
  ASSERT_EQ(tokens.size(), 8u);
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
  std::vector<FieldLabel> want(tokens.size(), kTitleField);
  want[0] = kAuthorField;
  EXPECT_EQ(labels, want);

  std::string path = ::testing::TempDir() + "citations_model.txt", error;
  ASSERT_TRUE(model.Save(path, &error)) << error;
  SequenceModel loaded;
  ASSERT_TRUE(loaded.Load(path, &error)) << error;
  EXPECT_EQ(loaded.Label(tokens), labels);
}

TEST(SequenceModel, CompiledFormHoldsTheSameWeights) {
  std::string s = "Halloran, M. (1987). Holding.";
  std::vector<LabelToken> tokens = TokenizeForLabelling(s, Span{0, s.size()});
  SequenceModel model;
  model.set_weight(kTitleField * kFeatureBuckets + tokens[0].features[0], 1.0);
  model.set_weight(kDateField * kFeatureBuckets + tokens[4].features[0], 0.123456789);
  model.set_weight(SequenceModel::kSize - 1, -2.5e-7);
  model.Finish();
  std::string path = ::testing::TempDir() + "citations_model_same_weights.bin", error;
  ASSERT_TRUE(model.SaveCompiled(path, &error)) << error;
  EXPECT_FALSE(std::filesystem::exists(path + ".partial"));
  SequenceModel loaded;
  ASSERT_TRUE(loaded.Load(path, &error)) << error;
  EXPECT_TRUE(loaded == model);
  EXPECT_EQ(loaded.Label(tokens), model.Label(tokens));
}

TEST(SequenceModel, BadCompiledFilesNameTheFile) {
  SequenceModel model;
  model.set_weight(7, 0.5);
  model.Finish();
  std::string path = ::testing::TempDir() + "citations_model_bad_files.bin", error;
  ASSERT_TRUE(model.SaveCompiled(path, &error)) << error;
  std::ifstream in(path, std::ios::binary);
  std::string whole((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string header = whole.substr(0, whole.find('\n') + 1);

  SequenceModel loaded;
  std::string truncated = TempFile("citations_truncated.bin", whole.substr(0, whole.size() - 4));
  EXPECT_FALSE(loaded.Load(truncated, &error));
  EXPECT_NE(error.find(truncated + ": a compiled labeller model of the wrong size"),
            std::string::npos)
      << error;
  EXPECT_TRUE(loaded.empty());
  std::string longer = TempFile("citations_longer.bin", whole + "x");
  EXPECT_FALSE(loaded.Load(longer, &error));
  EXPECT_NE(error.find(longer + ": a compiled labeller model of the wrong size"), std::string::npos)
      << error;
  std::string other_features = header;
  other_features.replace(other_features.find("features="), 10, "features=0");
  std::string other = TempFile("citations_other.bin", other_features + whole.substr(header.size()));
  EXPECT_FALSE(loaded.Load(other, &error));
  EXPECT_NE(error.find(other + ":1: a compiled labeller model for other features"),
            std::string::npos)
      << error;
  EXPECT_TRUE(loaded.empty());
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

// The compiled model the build put beside the plugin, which the plugin
// reads, is the committed text model (data/reference_model.txt) weight for
// weight.
TEST_F(ShippedModel, CompiledFormIsTheCommittedTextModel) {
  std::string path = std::string(CITATIONS_PLUGIN_DIR) + "/citations/reference_model.bin";
  SequenceModel compiled, text;
  std::string error;
  ASSERT_TRUE(compiled.Load(path, &error)) << error;
  ASSERT_TRUE(text.Load(CITATIONS_SHIPPED_MODEL, &error)) << error;
  EXPECT_TRUE(compiled == text);
}

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
