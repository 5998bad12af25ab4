// The built vignettes plugin through glossator/plugin_testing.h: its settings
// read with the typed getters, refused with the key named.
#include <gtest/gtest.h>

#include "glossator/plugin_testing.h"

namespace {

using glossator::plugin_testing::HarnessOptions;
using glossator::plugin_testing::PluginHarness;

const std::string kPlugin = std::string(VIGNETTES_PLUGIN_DIR) + "/libvignettes.so";

TEST(VignettesHarness, ANumberOutOfRangeOrNotANumberIsRefusedNamingTheKey) {
  for (const char* value : {"2", "high"}) {
    HarnessOptions options;
    options.settings = {std::string("vignettes.start_threshold=") + value};
    auto harness = PluginHarness::Load(kPlugin, options);
    ASSERT_FALSE(harness.ok()) << value;
    EXPECT_NE(harness.status().message().find("start_threshold"), std::string::npos)
        << harness.status().message();
  }
}

TEST(VignettesHarness, ExpositoryProseIsNoVignette) {
  auto harness = PluginHarness::Load(kPlugin);
  ASSERT_TRUE(harness.ok()) << harness.status().message();
  auto out = harness->RunOnText(
      "Theories of the mind differ in how they treat affect. Some authors hold that affect "
      "is primary; others that it follows cognition. The debate has a long history.");
  EXPECT_TRUE(out.problems.empty()) << out.problems[0];
  EXPECT_TRUE(out.OfType("vignette").empty());
}

}  // namespace
