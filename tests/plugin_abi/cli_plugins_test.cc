// Plugins through the glossator command, as a user runs it.
#include <gtest/gtest.h>

#include "glossator/plugin.h"
#include "test_plugins.h"
#include "test_support.h"

namespace glossator {
namespace {

using testing::Contains;

testing::CommandResult Glossator(const std::string& args) {
  return testing::RunCommand(std::string("'") + GLOSSATOR_BINARY + "' " + args);
}

std::string FixtureDir() { return "--plugin-dir '" + testing::TestPluginDir() + "'"; }

TEST(PluginCli, PluginsListsWhatWasFoundAndWhyFilesWereRefused) {
  testing::CommandResult r = Glossator("plugins " + FixtureDir());
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(Contains(r.output, "good 1.2.3  (ABI " + std::to_string(GLOSSATOR_ABI_MAJOR) + "." +
                                     std::to_string(GLOSSATOR_ABI_MINOR) + ", MIT)"));
  EXPECT_TRUE(Contains(r.output, "produces: good:mark as <seg> type=good"));
  EXPECT_TRUE(Contains(r.output, "config: good.label = \"x\""));
  EXPECT_TRUE(Contains(r.output, "needs: good"));
  EXPECT_TRUE(Contains(r.output, "Refused:"));
  EXPECT_TRUE(Contains(r.output, "libwrong-major.so: refused: built for plugin ABI 2." +
                                     std::to_string(GLOSSATOR_ABI_MINOR)));
}

// A plugin that fails is reported against the document; the TEI is still
// written, valid, with the other plugins' annotations.
TEST(PluginCli, AFailingPluginIsReportedAndTheTeiIsStillWritten) {
  testing::TempDir dir;
  std::string out = dir.path() + "/article.xml";
  testing::CommandResult r = Glossator("annotate '" + testing::SamplePdf("article") + "' -o '" +
                                       out + "' " + FixtureDir() + " --plugins good,fails");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(Contains(r.output, "article.pdf: plugin fails failed: fails: deliberately"));
  std::string xml = testing::ReadFile(out);
  // Its machine id aside (glossator/edits.h), as before ids were given.
  EXPECT_TRUE(Contains(testing::WithoutMachineIds(xml),
                       "<seg type=\"good\" resp=\"#glossator-good\">Small</seg>"));
  EXPECT_TRUE(Contains(
      xml, "<application ident=\"glossator-good\" xml:id=\"glossator-good\" version=\"1.2.3\">"));
  testing::CommandResult valid =
      testing::RunCommand(std::string("'") + JING_EXECUTABLE + "' '" + testing::SharedDir() +
                          "/schemas/tei_all.rng' '" + out + "' 2>/dev/null");
  EXPECT_EQ(valid.exit_code, 0) << valid.output;
}

TEST(PluginCli, PluginsThatCannotRunAsAskedExitWithEleven) {
  testing::TempDir dir;
  std::string pdf = "'" + testing::SamplePdf("article") + "' -o '" + dir.path() + "/a.xml' ";
  testing::CommandResult unknown = Glossator("annotate " + pdf + FixtureDir() + " --plugins nope");
  EXPECT_EQ(unknown.exit_code, 11) << unknown.output;
  EXPECT_TRUE(Contains(unknown.output, "no plugin named 'nope' was found"));
  testing::CommandResult key =
      Glossator("annotate " + pdf + FixtureDir() + " --plugins good --set good.colour=red");
  EXPECT_EQ(key.exit_code, 11) << key.output;
  EXPECT_TRUE(Contains(key.output,
                       "plugin 'good' has no configuration key 'colour'; its keys: "
                       "label"));
  testing::CommandResult set =
      Glossator("annotate " + pdf + FixtureDir() + " --plugins good --set good.label=mine -q");
  EXPECT_EQ(set.exit_code, 0) << set.output;
  // Its machine id aside, as before ids were given.
  EXPECT_TRUE(Contains(testing::WithoutMachineIds(testing::ReadFile(dir.path() + "/a.xml")),
                       "resp=\"#glossator-good\">Small</seg>"));
}

TEST(PluginCli, EnvironmentPathIsSearched) {
  testing::TempDir dir;
  testing::CommandResult r =
      testing::RunCommand("GLOSSATOR_PLUGIN_PATH='" + testing::TestPluginDir() + "' '" +
                          GLOSSATOR_BINARY + "' plugins");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_TRUE(Contains(r.output, "good 1.2.3"));
  testing::CommandResult none =
      testing::RunCommand("GLOSSATOR_PLUGIN_PATH='" + testing::TestPluginDir() + "' '" +
                          GLOSSATOR_BINARY + "' annotate '" + testing::SamplePdf("article") +
                          "' -o '" + dir.path() + "/a.xml' --no-plugins");
  EXPECT_EQ(none.exit_code, 0) << none.output;
  EXPECT_TRUE(Contains(none.output, "0 annotations"));
}

}  // namespace
}  // namespace glossator
