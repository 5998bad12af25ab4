// The built citations plugin through glossator/plugin_testing.h: loaded as
// the host loads it, its model found beside it (plugin_path), on a text.
#include <gtest/gtest.h>

#include "glossator/plugin_testing.h"

namespace {

using glossator::plugin_testing::HarnessOptions;
using glossator::plugin_testing::PluginHarness;

const std::string kPlugin = std::string(CITATIONS_PLUGIN_DIR) + "/libcitations.so";

constexpr char kText[] =
    "Repetition replaces remembering (Freud, 1914), as Klein (1946) also saw.\n\n"
    "# References\n\n"
    "Freud, S. (1914). Remembering, repeating and working-through. Standard Edition, 12, "
    "145-156.\n\n"
    "Klein, M. (1946). Notes on some schizoid mechanisms. International Journal of "
    "Psycho-Analysis, 27, 99-110.";

TEST(CitationsHarness, LinksEachCitationToItsEntry) {
  for (const char* model : {"", "none"}) {
    HarnessOptions options;
    if (*model) options.settings = {std::string("citations.reference_model=") + model};
    auto harness = PluginHarness::Load(kPlugin, options);
    ASSERT_TRUE(harness.ok()) << harness.status().message();
    auto out = harness->RunOnText(kText);
    ASSERT_TRUE(out.problems.empty()) << out.problems[0];
    EXPECT_EQ(out.OfType("reference").size(), 2u) << model;
    auto citations = out.OfType("citation");
    ASSERT_EQ(citations.size(), 2u) << model;
    EXPECT_EQ(citations[0].Attribute("target"), "#bib.1");
    EXPECT_EQ(citations[1].Attribute("target"), "#bib.2");
  }
}

}  // namespace
