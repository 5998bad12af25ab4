// The pipeline over real (test) plugins and a real sample document: each
// misbehaving plugin ends with its own message and the others still run.
#include "glossator/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "glossator/extract.h"
#include "glossator/plugin.h"
#include "test_plugins.h"
#include "test_support.h"

namespace glossator {
namespace {

using testing::Contains;

PipelineOptions FixtureOptions(std::vector<std::string> only = {}) {
  PipelineOptions o;
  o.plugin_dirs = {testing::TestPluginDir()};
  o.use_environment = false;
  o.use_installed_dir = false;
  o.only = std::move(only);
  return o;
}

const Document& Article() {
  static const Document doc = *ExtractDocument(testing::SamplePdf("article"));
  return doc;
}

std::map<std::string, std::string> ProblemsByPlugin(const std::vector<PluginProblem>& problems) {
  std::map<std::string, std::string> by;
  for (const PluginProblem& p : problems) by[p.plugin] += p.message;
  return by;
}

TEST(PipelineRun, EachMisbehavingPluginEndsWithItsMessageAndTheRunGoesOn) {
  auto pipeline = Pipeline::Create(FixtureOptions(
      {"good", "fails", "create-fails", "bad-offsets", "million", "throws", "needs-good"}));
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  std::vector<PluginProblem> problems;
  Annotations out = (*pipeline)->Run(Article(), &problems);
  auto by = ProblemsByPlugin(problems);
  EXPECT_TRUE(Contains(by["fails"], "article.pdf: plugin fails failed: fails: deliberately"));
  EXPECT_TRUE(Contains(by["create-fails"], "plugin create-fails could not start"));
  EXPECT_TRUE(Contains(by["throws"], "plugin throws failed: throws: deliberately"));
  EXPECT_TRUE(Contains(by["million"], "added more than 1000000 annotations"));
  EXPECT_TRUE(Contains(by["bad-offsets"], "2 annotation(s) refused: range"));
  EXPECT_TRUE(Contains(by["bad-offsets"], "is outside the text"));
  EXPECT_TRUE(Contains(by["bad-offsets"], "splits a UTF-8 character"));
  EXPECT_EQ(by.count("good"), 0u);
  EXPECT_EQ(by.count("needs-good"), 0u);

  std::map<std::string, size_t> count;
  for (const Annotation& a : out.items) ++count[a.plugin];
  EXPECT_EQ(count["good"], 1u);
  EXPECT_EQ(count["bad-offsets"], 1u) << "the valid one is kept";
  EXPECT_EQ(count["million"], 0u) << "dropped past the limit";
  EXPECT_EQ(count["fails"], 0u);
  const Annotation& mark = *std::find_if(out.items.begin(), out.items.end(),
                                         [](const Annotation& a) { return a.plugin == "good"; });
  EXPECT_EQ(mark.type, "good:mark");
  EXPECT_EQ(mark.Attribute("label"), "x");
  EXPECT_EQ(Article().text(mark.begin, mark.end), "Small");
  for (const Application& app : out.applications) {
    EXPECT_TRUE(app.ident != "fails" && app.ident != "million") << app.ident;
  }
}

TEST(PipelineRun, RefusedRangesAreCountedAndNamed) {
  auto pipeline = Pipeline::Create(FixtureOptions({"bad-offsets"}));
  ASSERT_TRUE(pipeline.ok());
  std::vector<PluginProblem> problems;
  Annotations out = (*pipeline)->Run(Article(), &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].plugin, "bad-offsets");
  EXPECT_EQ(out.items.size(), 1u);
}

TEST(PipelineCreate, OrdersByNeedsAndConfigures) {
  PipelineOptions o = FixtureOptions({"needs-good", "good"});
  o.settings = {"good.label=chosen", "needs-good.mode=thorough"};
  auto pipeline = Pipeline::Create(o);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  ASSERT_EQ((*pipeline)->plugins().size(), 2u);
  EXPECT_EQ((*pipeline)->plugins()[0].name, "good");
  EXPECT_EQ((*pipeline)->plugins()[1].name, "needs-good");
  std::vector<PluginProblem> problems;
  Annotations out = (*pipeline)->Run(Article(), &problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(out.items.size(), 1u);
  EXPECT_EQ(out.items[0].Attribute("label"), "chosen");
}

TEST(PipelineCreate, ClearErrorsForWhatCannotRun) {
  auto missing_dep = Pipeline::Create(FixtureOptions({"needs-good"}));
  ASSERT_FALSE(missing_dep.ok());
  EXPECT_EQ(missing_dep.status().message(),
            "plugin 'needs-good' needs 'good', which no loaded plugin provides");
  auto unknown = Pipeline::Create(FixtureOptions({"nonesuch"}));
  ASSERT_FALSE(unknown.ok());
  EXPECT_TRUE(Contains(unknown.status().message(), "no plugin named 'nonesuch' was found"));
  PipelineOptions bad_key = FixtureOptions({"good"});
  bad_key.settings = {"good.colour=red"};
  auto key = Pipeline::Create(bad_key);
  ASSERT_FALSE(key.ok());
  EXPECT_EQ(key.status().message(),
            "--set good.colour=red: plugin 'good' has no configuration key 'colour'; its keys: "
            "label");
}

TEST(PipelineCreate, RefusedFilesAreListedAndTheRestLoad) {
  auto pipeline = Pipeline::Create(FixtureOptions());
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  std::vector<std::string> refused;
  for (const PluginRefusal& r : (*pipeline)->refusals()) refused.push_back(r.reason);
  auto has = [&](const std::string& phrase) {
    return std::any_of(refused.begin(), refused.end(),
                       [&](const std::string& r) { return r.find(phrase) != std::string::npos; });
  };
  EXPECT_TRUE(has("libwrong-major.so: refused: built for plugin ABI 2." +
                  std::to_string(GLOSSATOR_ABI_MINOR)));
  EXPECT_TRUE(has("libnewer-minor.so: refused"));
  EXPECT_TRUE(has("libno-entry.so: refused: exports no glossator_plugin_entry"));
  EXPECT_TRUE(has("libshort-struct.so: refused: descriptor too short"));
  bool good = false;
  for (const PluginInfo& p : (*pipeline)->plugins()) good |= p.name == "good";
  EXPECT_TRUE(good);
}

TEST(PipelineRun, SameInputSameAnnotations) {
  auto pipeline = Pipeline::Create(FixtureOptions({"good", "bad-offsets"}));
  ASSERT_TRUE(pipeline.ok());
  Annotations a = (*pipeline)->Run(Article(), nullptr);
  Annotations b = (*pipeline)->Run(Article(), nullptr);
  ASSERT_EQ(a.items.size(), b.items.size());
  for (size_t i = 0; i < a.items.size(); ++i) {
    EXPECT_EQ(a.items[i].id, b.items[i].id);
    EXPECT_EQ(a.items[i].begin, b.items[i].begin);
    EXPECT_EQ(a.items[i].end, b.items[i].end);
  }
}

// ABI 1.1: the instance is made once by Create and shared by every document;
// the plugin finds its data beside it through plugin_path; the typed getters
// read the settings, a repeated key arriving as all its values.
TEST(PipelineInstance, MadeOnceSharedByDocumentsAndFindsItsDataBesideIt) {
  PipelineOptions o = FixtureOptions();
  o.plugin_dirs = {testing::TestPluginDir() + "/instance"};
  o.settings = {"instance.loud=true", "instance.weight=0.25", "instance.tag=a", "instance.tag=b"};
  auto pipeline = Pipeline::Create(o);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  ASSERT_EQ((*pipeline)->plugins().size(), 1u);
  EXPECT_EQ((*pipeline)->plugins()[0].abi_minor, GLOSSATOR_ABI_MINOR);  // built with this header
  for (int run = 0; run < 3; ++run) {
    std::vector<PluginProblem> problems;
    Annotations a = (*pipeline)->Run(Article(), &problems);
    EXPECT_TRUE(problems.empty()) << problems[0].message;
    ASSERT_EQ(a.items.size(), 1u);
    EXPECT_EQ(a.items[0].Attribute("label"), "LOUD from beside the plugin");
    EXPECT_EQ(a.items[0].Attribute("inits"), "1") << "init ran again on document " << run;
    EXPECT_EQ(a.items[0].Attribute("tags"), "a|b");
    EXPECT_DOUBLE_EQ(a.items[0].confidence, 0.25);
    ASSERT_EQ(a.categories.size(), 1u);
  }
}

TEST(PipelineInstance, AnInitThatFailsOnItsSettingsStopsTheRunNamingThem) {
  PipelineOptions o = FixtureOptions();
  o.plugin_dirs = {testing::TestPluginDir() + "/instance"};
  o.settings = {"instance.weight=heavy"};
  auto pipeline = Pipeline::Create(o);
  ASSERT_FALSE(pipeline.ok());
  EXPECT_TRUE(Contains(pipeline.status().message(), "--set instance.weight=heavy"));
  EXPECT_TRUE(Contains(pipeline.status().message(), "\"heavy\" is not a number"));
}

}  // namespace
}  // namespace glossator
