// The built concepts plugin through glossator/plugin_testing.h: loaded as the
// host loads it, its thesaurus found beside it (plugin_path), on a text.
#include <gtest/gtest.h>

#include "glossator/plugin_testing.h"

namespace {

using glossator::plugin_testing::HarnessOptions;
using glossator::plugin_testing::PluginHarness;

const std::string kPlugin = std::string(CONCEPTS_PLUGIN_DIR) + "/libconcepts.so";

TEST(ConceptsHarness, FindsATermOfTheShippedThesaurusInAText) {
  auto harness = PluginHarness::Load(kPlugin);
  ASSERT_TRUE(harness.ok()) << harness.status().message();
  auto out = harness->RunOnText("Her transference onto the analyst deepened.");
  ASSERT_TRUE(out.problems.empty()) << out.problems[0];
  ASSERT_FALSE(out.OfType("concept").empty());
  EXPECT_EQ(out.OfType("concept")[0].Attribute("category"), "c.transference");
  EXPECT_EQ(out.TextsOf("concept")[0], "transference");
}

TEST(ConceptsHarness, WithoutTheBuiltinThesaurusNothingIsMarked) {
  HarnessOptions options;
  options.settings = {"concepts.builtin=false"};
  auto harness = PluginHarness::Load(kPlugin, options);
  ASSERT_TRUE(harness.ok()) << harness.status().message();
  EXPECT_TRUE(
      harness->RunOnText("Her transference onto the analyst deepened.").annotations.empty());
}

TEST(ConceptsHarness, ABuiltinThatIsNotABooleanIsRefusedNamingTheSetting) {
  HarnessOptions options;
  options.settings = {"concepts.builtin=maybe"};
  auto harness = PluginHarness::Load(kPlugin, options);
  ASSERT_FALSE(harness.ok());
  EXPECT_NE(harness.status().message().find("--set concepts.builtin=maybe"), std::string::npos)
      << harness.status().message();
}

}  // namespace
