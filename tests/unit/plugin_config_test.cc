#include "pipeline/plugin_config.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
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
  // --set replaces what the file gave for that key (it used to append to it,
  // which made a single-valued key "0.7\n0.9", refused by its plugin).
  EXPECT_EQ(values->at("concepts").at("thesaurus"), "b.xml");
  EXPECT_EQ(values->at("concepts").at("min_confidence"), "0.9");
  Result<ConfigValues> defaults = ResolveConfig(Plugins(), "", {});
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->at("concepts").at("min_confidence"), "0.5");
}

TEST(PluginConfig, AKeyGivenAgainFromOneSourceGetsAllItsValues) {
  testing::TempDir dir;
  std::string file = dir.path() + "/glossator.conf";
  std::ofstream(file) << "concepts.thesaurus = a.xml\nconcepts.thesaurus = b.xml\n";
  Result<ConfigValues> from_file = ResolveConfig(Plugins(), file, {});
  ASSERT_TRUE(from_file.ok()) << from_file.status().ToString();
  EXPECT_EQ(from_file->at("concepts").at("thesaurus"), "a.xml\nb.xml");
  Result<ConfigValues> from_set =
      ResolveConfig(Plugins(), file, {"concepts.thesaurus=c.xml", "concepts.thesaurus=d.xml"});
  ASSERT_TRUE(from_set.ok()) << from_set.status().ToString();
  EXPECT_EQ(from_set->at("concepts").at("thesaurus"), "c.xml\nd.xml");
}

// Values of a key given again are appended in place: 100,000 of them are
// read in linear time (building the value anew each time took 13 s).
TEST(PluginConfig, AKeyGivenOneHundredThousandTimesIsReadInLinearTime) {
  testing::TempDir dir;
  std::string file = dir.path() + "/glossator.conf";
  {
    std::ofstream out(file);
    for (int i = 0; i < 100000; ++i) out << "concepts.thesaurus = reading-" << i << ".xml\n";
  }
  auto start = std::chrono::steady_clock::now();
  Result<ConfigValues> values = ResolveConfig(Plugins(), file, {});
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(values.ok()) << values.status().ToString();
  const std::string& value = values->at("concepts").at("thesaurus");
  EXPECT_EQ(std::count(value.begin(), value.end(), '\n'), 99999);
  EXPECT_TRUE(value.starts_with("reading-0.xml\nreading-1.xml\n"));
  EXPECT_TRUE(value.ends_with("\nreading-99999.xml"));
  EXPECT_LT(elapsed, std::chrono::seconds(2));
}

TEST(PluginConfig, AByteOrderMarkIsSkippedAndNulBytesAndDirectoriesRefused) {
  testing::TempDir dir;
  std::string bom = dir.path() + "/bom.conf";
  std::ofstream(bom) << "\xEF\xBB\xBF"
                     << "concepts.min_confidence = 0.8\n";
  Result<ConfigValues> values = ResolveConfig(Plugins(), bom, {});
  ASSERT_TRUE(values.ok()) << values.status().ToString();
  EXPECT_EQ(values->at("concepts").at("min_confidence"), "0.8");
  std::string nul = dir.path() + "/nul.conf";
  std::ofstream(nul) << "concepts.min_confidence = 0.8\n"
                     << std::string("concepts.thesaurus = a") << '\0' << "b.xml\n";
  Result<ConfigValues> with_nul = ResolveConfig(Plugins(), nul, {});
  ASSERT_FALSE(with_nul.ok());
  EXPECT_EQ(with_nul.status().message(), nul + ":2: a NUL byte in the line");
  Result<ConfigValues> directory = ResolveConfig(Plugins(), dir.path(), {});
  ASSERT_FALSE(directory.ok());
  EXPECT_NE(directory.status().message().find("is a directory"), std::string::npos);
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
  EXPECT_EQ(unknown.status().message().find("--plugins"), std::string::npos);
  Result<ConfigValues> left_out =
      ResolveConfig(Plugins(), "", {"vignettes.threshold=1"}, {"vignettes"});
  ASSERT_FALSE(left_out.ok());
  EXPECT_NE(left_out.status().message().find("it was found, but --plugins leaves it out"),
            std::string::npos)
      << left_out.status().message();
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
