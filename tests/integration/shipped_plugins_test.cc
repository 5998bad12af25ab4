// The three plugins we ship, together, as `bash samples/annotate-samples.sh`
// runs them: every sample annotated by concepts, citations and vignettes at
// once gives TEI that jing accepts, whose text is still exactly the Document's
// (OUTPUT.md rule 1), with each plugin's marks in it; and `glossator refs`
// with the real citations plugin gives a bibliography pandoc reads.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "test_support.h"

namespace glossator {
namespace {

using testing::CommandResult;
using testing::RunCommand;

const char* const kShipped[] = {"concepts", "citations", "vignettes"};

std::string Quote(const std::string& s) { return "'" + s + "'"; }

// The shipped plugins that are not built (GLOSSATOR_PLUGINS may leave some out).
std::string MissingPlugins() {
  std::string missing;
  for (const char* name : kShipped) {
    std::string lib = std::string(GLOSSATOR_SHIPPED_PLUGIN_DIR) + "/lib" + name + ".so";
    if (!std::filesystem::exists(lib)) missing += std::string(missing.empty() ? "" : ", ") + name;
  }
  return missing;
}

CommandResult Glossator(const std::string& args) {
  return RunCommand(Quote(GLOSSATOR_BINARY) + " " + args + " --plugin-dir " +
                    Quote(GLOSSATOR_SHIPPED_PLUGIN_DIR) +
                    " --plugins concepts,citations,vignettes");
}

size_t Count(const pugi::xml_document& xml, const char* xpath) {
  return xml.select_nodes(xpath).size();
}

TEST(ShippedPlugins, AllThreeOnEverySampleKeepTheTextAndValidate) {
  std::string missing = MissingPlugins();
  if (!missing.empty()) GTEST_SKIP() << "not built: " << missing << " (GLOSSATOR_PLUGINS)";
  testing::TempDir dir;
  std::vector<std::string> files;
  for (const char* name : {"slides", "working-paper", "article", "column"}) {
    std::string out = dir.path() + "/" + name + ".xml";
    CommandResult r =
        Glossator("annotate " + Quote(testing::SamplePdf(name)) + " -q -o " + Quote(out));
    ASSERT_EQ(r.exit_code, 0) << name << ": " << r.output;
    files.push_back(out);

    pugi::xml_document xml;
    ASSERT_TRUE(xml.load_file(out.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    auto doc = ExtractDocument(testing::SamplePdf(name));
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    std::string text = testing::TeiText(xml.select_node("/TEI/text").node());
    testing::TokenScore score = testing::CompareTokens(doc.value().text(), text);
    EXPECT_EQ(score.matched, score.expected) << name << ": words lost";
    EXPECT_EQ(score.matched, score.produced) << name << ": words added";

    // Each plugin left its marks where the sample has something for it.
    EXPECT_GT(Count(xml, "//*[local-name()='term'][@resp='#glossator-concepts']"), 0u) << name;
    // Every @resp resolves to an <application> (OUTPUT.md rule 8).
    for (pugi::xpath_node n : xml.select_nodes("//*[@resp]")) {
      std::string id = std::string(n.node().attribute("resp").value()).substr(1);
      std::string application =
          "//*[local-name()='application'][@xml:id='" + id + "'][@ident='" + id + "']";
      EXPECT_TRUE(xml.select_node(application.c_str())) << name << ": resp=\"#" << id << "\"";
    }
    EXPECT_GT(Count(xml, "//*[local-name()='ref'][@type='bibr']"), 0u) << name;
    bool has_list = std::string(name) == "working-paper" || std::string(name) == "article";
    EXPECT_EQ(Count(xml, "//*[local-name()='back']//*[local-name()='listBibl']") > 0, has_list)
        << name;
    size_t vignettes = Count(xml, "//*[local-name()='seg'][@type='vignette']") +
                       Count(xml, "//*[local-name()='span'][@type='vignette']");
    EXPECT_EQ(vignettes > 0, std::string(name) != "slides") << name;
  }
  CommandResult jing = RunCommand(Quote(JING_EXECUTABLE) + " " +
                                  Quote(testing::SharedDir() + "/schemas/tei_all.rng") + " " +
                                  Quote(files[0]) + " " + Quote(files[1]) + " " + Quote(files[2]) +
                                  " " + Quote(files[3]) + " 2>&1 | grep -v '^\\[warning\\]'");
  EXPECT_EQ(jing.output, "");
}

TEST(ShippedPlugins, RefsWithTheRealCitationsPluginIsReadByPandoc) {
  std::string missing = MissingPlugins();
  if (!missing.empty()) GTEST_SKIP() << "not built: " << missing << " (GLOSSATOR_PLUGINS)";
  testing::TempDir dir;
  for (const char* format : {"csl-json", "bibtex"}) {
    std::string out = dir.path() + "/refs." + format;
    CommandResult r = Glossator("refs " + Quote(testing::SamplePdf("article")) + " --format " +
                                format + " -o " + Quote(out));
    ASSERT_EQ(r.exit_code, 0) << r.output;
    std::string from = std::string(format) == "bibtex" ? "bibtex" : "csljson";
    CommandResult back = RunCommand("pandoc -f " + from + " -t csljson " + Quote(out) + " 2>&1");
    ASSERT_EQ(back.exit_code, 0) << back.output;
    size_t ids = 0;
    for (size_t at = back.output.find("\"id\":"); at != std::string::npos;
         at = back.output.find("\"id\":", at + 1)) {
      ++ids;
    }
    EXPECT_EQ(ids, 10u) << format << ": the article lists ten works\n" << back.output;
    EXPECT_NE(back.output.find("\"family\": \"Fairbrother\""), std::string::npos) << format;
  }
}

// A setting a plugin refuses stops the run before any reading (exit 11),
// naming where it was given; nothing is written.
TEST(ShippedPlugins, RefusedSettingsStopTheRunNamingWhereTheyWereGiven) {
  std::string missing = MissingPlugins();
  if (!missing.empty()) GTEST_SKIP() << "not built: " << missing << " (GLOSSATOR_PLUGINS)";
  testing::TempDir dir;
  std::string out = dir.path() + "/column.xml";
  std::string column = Quote(testing::SamplePdf("column"));
  CommandResult set =
      Glossator("annotate " + column + " -o " + Quote(out) + " --set vignettes.min_sentences=0");
  EXPECT_EQ(set.exit_code, 11) << set.output;
  EXPECT_NE(set.output.find("--set vignettes.min_sentences=0"), std::string::npos) << set.output;
  EXPECT_FALSE(std::filesystem::exists(out));

  std::string config = dir.path() + "/bad.conf";
  std::ofstream(config) << "# thresholds\nconcepts.builtin = true\nvignettes.start_threshold = 2\n";
  CommandResult file =
      Glossator("annotate " + column + " -o " + Quote(out) + " --config " + Quote(config));
  EXPECT_EQ(file.exit_code, 11) << file.output;
  EXPECT_NE(file.output.find(config + ":3"), std::string::npos) << file.output;
  EXPECT_NE(file.output.find("start_threshold"), std::string::npos) << file.output;
  EXPECT_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace glossator
