// Plugins that crash while loading, call exit() in process, or never return
// from process, run through the real command beside the shipped plugins: each
// is named (never "damaged PDF"), and the TEI is written with the others'
// annotations.
#include <gtest/gtest.h>

#include "test_plugins.h"
#include "test_support.h"

namespace glossator {
namespace {

using testing::Contains;

TEST(HostilePlugins, EachIsNamedAndTheRunFinishesWithTheOthersAnnotations) {
  testing::TempDir dir;
  std::string out = dir.path() + "/article.xml";
  // A time limit short enough for the test, long enough for the article.
  testing::CommandResult r = testing::RunCommand(
      std::string("'") + GLOSSATOR_BINARY + "' annotate '" + testing::SamplePdf("article") +
      "' -o '" + out + "' --time-limit 8 --plugin-dir '" + testing::TestPluginDir() +
      "/hostile' --plugin-dir '" + GLOSSATOR_SHIPPED_PLUGIN_DIR + "'");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(Contains(r.output, "libcrash-on-load.so: refused: crashed while loading (signal 11"));
  EXPECT_TRUE(Contains(r.output,
                       "article.pdf: plugin exit-in-process ended the worker process "
                       "(exit status 3) while reading it"));
  EXPECT_TRUE(Contains(r.output, "article.pdf: plugin loop-in-process ran past the time limit"));
  EXPECT_TRUE(Contains(r.output, "reading it again without plugin exit-in-process"));
  EXPECT_TRUE(Contains(r.output, "reading it again without plugin loop-in-process"));
  EXPECT_FALSE(Contains(r.output, "damaged PDF"));
  std::string xml = testing::ReadFile(out);
  EXPECT_TRUE(Contains(xml, "<term ")) << "no concepts in the TEI";
  EXPECT_TRUE(Contains(xml, "ident=\"glossator-concepts\""));
  EXPECT_FALSE(Contains(xml, "type=\"exit\""));
  EXPECT_FALSE(Contains(xml, "type=\"loop\""));
}

TEST(HostilePlugins, PluginsListsTheOneThatCrashedWhileLoading) {
  testing::CommandResult r =
      testing::RunCommand(std::string("'") + GLOSSATOR_BINARY + "' plugins --plugin-dir '" +
                          testing::TestPluginDir() + "/hostile'");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(Contains(r.output, "exit-in-process 1.0.0"));
  EXPECT_TRUE(Contains(r.output, "libcrash-on-load.so: refused: crashed while loading"));
}

}  // namespace
}  // namespace glossator
