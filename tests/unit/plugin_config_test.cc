#include "pipeline/plugin_config.h"

#include <gtest/gtest.h>

#include <fstream>

#include "test_support.h"

namespace glossator::pipeline {
namespace {

std::vector<PluginInfo> Plugins() {
  PluginInfo concepts;
  concepts.name = "concepts";
  concepts.config_keys = {{"thesaurus", "", "extra thesaurus files"},
                          {"min_confidence", "0.5", "lowest confidence kept"}};
  PluginInfo citations;
  citations.name = "citations";
  return {concepts, citations};
}

TEST(PluginConfig, DefaultsThenFileThenSet) {
  testing::TempDir dir;
  std::string file = dir.path() + "/glossator.conf";
  std::ofstream(file) << "# settings\nconcepts.min_confidence = 0.7\n\n"
                         "concepts.thesaurus = a.xml  # ours\n";
  Result<ConfigValues> values =
      ResolveConfig(Plugins(), file, {"concepts.thesaurus=b.xml", "concepts.min_confidence=0.9"});
  ASSERT_TRUE(values.ok()) << values.status().ToString();
  EXPECT_EQ(values->at("concepts").at("thesaurus"), "a.xml\nb.xml");  // repeatable
  EXPECT_EQ(values->at("concepts").at("min_confidence"), "0.7\n0.9");
  Result<ConfigValues> defaults = ResolveConfig(Plugins(), "", {});
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->at("concepts").at("min_confidence"), "0.5");
}

TEST(PluginConfig, UnknownKeyNamesThePluginAndItsKeys) {
  Result<ConfigValues> values = ResolveConfig(Plugins(), "", {"concepts.thesarus=x.xml"});
  ASSERT_FALSE(values.ok());
  EXPECT_EQ(values.status().message(),
            "--set concepts.thesarus=x.xml: plugin 'concepts' has no configuration key "
            "'thesarus'; its keys: thesaurus, min_confidence");
  Result<ConfigValues> none = ResolveConfig(Plugins(), "", {"citations.style=apa"});
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("it has none"), std::string::npos);
}

TEST(PluginConfig, UnknownPluginAndMalformedLinesSayWhere) {
  Result<ConfigValues> unknown = ResolveConfig(Plugins(), "", {"vignettes.threshold=1"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("no plugin named 'vignettes'"), std::string::npos);
  testing::TempDir dir;
  std::string file = dir.path() + "/bad.conf";
  std::ofstream(file) << "concepts.thesaurus = a.xml\nthis line is wrong\n";
  Result<ConfigValues> bad = ResolveConfig(Plugins(), file, {});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find(file + ":2: expected plugin.key=value"), std::string::npos)
      << bad.status().message();
  Result<ConfigValues> missing = ResolveConfig(Plugins(), dir.path() + "/none.conf", {});
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace glossator::pipeline
