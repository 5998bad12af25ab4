// glossator/plugin_testing.h: a plugin run in-process on a text or a
// constructed Document, the shipped plugins and the ABI 1.1 fixture among
// them, with no PDF.
#include <gtest/gtest.h>

#include "glossator/plugin_testing.h"
#include "test_plugins.h"
#include "test_support.h"

namespace glossator::plugin_testing {
namespace {

using glossator::testing::Contains;

std::string Shipped(const std::string& name) {
  return std::string(GLOSSATOR_SHIPPED_PLUGIN_DIR) + "/lib" + name + ".so";
}

TEST(PluginHarness, RunsAPluginOnATextWithItsSettingsAndDataBesideIt) {
  HarnessOptions options;
  options.settings = {"instance.tag=x", "instance.tag=y"};
  auto harness = PluginHarness::Load(
      glossator::testing::TestPluginDir() + "/instance/libinstance.so", options);
  ASSERT_TRUE(harness.ok()) << harness.status().message();
  EXPECT_EQ(harness->plugin().name, "instance");
  PluginOutput out = harness->RunOnText("Patient’s words first.\n\nA second paragraph.");
  EXPECT_TRUE(out.problems.empty()) << out.problems[0];
  // ICU word segments: the apostrophe keeps the word whole.
  EXPECT_EQ(out.TextsOf("instance:mark"), std::vector<std::string>{"Patient’s"});
  ASSERT_EQ(out.annotations.size(), 1u);
  EXPECT_EQ(out.annotations[0].Attribute("label"), "from beside the plugin");
  EXPECT_EQ(out.annotations[0].Attribute("tags"), "x|y");
  ASSERT_EQ(out.categories.size(), 1u);
  EXPECT_EQ(out.categories[0].fields.size(), 3u);  // label and the two tags as alt
}

TEST(PluginHarness, ATextIsParagraphsAndHeadings) {
  Document doc = DocumentOfText("# Method\n\nOne paragraph\nwith two lines.\n\n\nAnother.");
  ASSERT_EQ(doc.blocks().size(), 3u);
  EXPECT_EQ(doc.blocks()[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.text(doc.blocks()[0].begin, doc.blocks()[0].end), "Method");
  EXPECT_EQ(doc.text(doc.blocks()[1].begin, doc.blocks()[1].end), "One paragraph\nwith two lines.");
  EXPECT_EQ(doc.text(doc.blocks()[2].begin, doc.blocks()[2].end), "Another.");
  auto bounds = HostBoundaries(doc);
  ASSERT_TRUE(bounds.ok());
  EXPECT_EQ(bounds->words.size(), 7u);
}

TEST(PluginHarness, ARefusedFileIsAnErrorWithTheLoadersReason) {
  auto harness = PluginHarness::Load(glossator::testing::TestPlugin("wrong-major"));
  ASSERT_FALSE(harness.ok());
  EXPECT_TRUE(
      Contains(harness.status().message(), "libwrong-major.so: refused: built for plugin ABI 2."));
  HarnessOptions colour;
  colour.settings = {"good.colour=red"};
  auto unknown = PluginHarness::Load(glossator::testing::TestPlugin("good"), colour);
  ASSERT_FALSE(unknown.ok());
  EXPECT_TRUE(Contains(unknown.status().message(), "colour"));
}

TEST(PluginHarness, TheShippedConceptsPluginOnAText) {
  auto harness = PluginHarness::Load(Shipped("concepts"));
  ASSERT_TRUE(harness.ok()) << harness.status().message();
  PluginOutput out = harness->RunOnText(
      "In the analysis the transference of the patient grew stronger, and the analyst "
      "watched her own countertransference.");
  EXPECT_TRUE(out.problems.empty()) << out.problems[0];
  bool transference = false;
  for (const Annotation& a : out.OfType("concept")) {
    if (a.Attribute("category") == "c.transference") {
      transference = true;
      EXPECT_EQ(out.TextOf(a), "transference");
    }
  }
  EXPECT_TRUE(transference);
  EXPECT_FALSE(out.categories.empty());
}

TEST(PluginHarness, TheShippedCitationsPluginOnAText) {
  auto harness = PluginHarness::Load(Shipped("citations"));
  ASSERT_TRUE(harness.ok()) << harness.status().message();
  PluginOutput out = harness->RunOnText(
      "Repetition replaces remembering (Freud, 1914).\n\n# References\n\n"
      "Freud, S. (1914). Remembering, repeating and working-through. Standard Edition, 12, "
      "145-156.");
  EXPECT_TRUE(out.problems.empty()) << out.problems[0];
  ASSERT_EQ(out.OfType("reference").size(), 1u);
  std::vector<Annotation> citations = out.OfType("citation");
  ASSERT_EQ(citations.size(), 1u);
  EXPECT_EQ(citations[0].Attribute("target"), "#bib.1");
  EXPECT_EQ(out.TextsOf("reference:date"), std::vector<std::string>{"1914"});
}

}  // namespace
}  // namespace glossator::plugin_testing
