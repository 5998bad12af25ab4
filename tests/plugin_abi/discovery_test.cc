// DiscoverPlugins over the fixture directories: refusals collected, the first
// plugin of a name wins, odd directories tolerated.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "plugin/loader.h"
#include "test_plugins.h"
#include "test_support.h"

namespace glossator::plugin {
namespace {

using glossator::testing::Contains;
using glossator::testing::ShadowPluginDir;
using glossator::testing::TempDir;
using glossator::testing::TestPlugin;
using glossator::testing::TestPluginDir;

std::vector<std::string> Names(const Discovery& found) {
  std::vector<std::string> names;
  for (const LoadedPlugin& p : found.plugins) names.push_back(p.info.name);
  return names;
}

const PluginRefusal* RefusalOf(const Discovery& found, const std::string& file) {
  for (const PluginRefusal& r : found.refusals) {
    if (r.file == file) return &r;
  }
  return nullptr;
}

const LoadedPlugin* PluginNamed(const Discovery& found, const std::string& name) {
  for (const LoadedPlugin& p : found.plugins) {
    if (p.info.name == name) return &p;
  }
  return nullptr;
}

TEST(PluginLoaderDiscovery, FixturesThenShadow) {
  Discovery found = DiscoverPlugins({TestPluginDir(), ShadowPluginDir()});

  // The accepted ones, sorted by file name within the directory.
  const std::vector<std::string> expected = {"bad-offsets", "create-fails", "fails", "good",
                                             "million",     "needs-good",   "throws"};
  std::vector<std::string> names = Names(found);
  std::vector<std::string> known;
  std::copy_if(names.begin(), names.end(), std::back_inserter(known), [&](const std::string& n) {
    return std::find(expected.begin(), expected.end(), n) != expected.end();
  });
  EXPECT_EQ(known, expected);
  EXPECT_EQ(std::count(names.begin(), names.end(), "good"), 1);
  ASSERT_NE(PluginNamed(found, "good"), nullptr);
  EXPECT_EQ(PluginNamed(found, "good")->file, TestPlugin("good"));
  EXPECT_EQ(PluginNamed(found, "good")->info.version, "1.2.3");

  for (const char* broken : {"wrong-major", "newer-minor", "no-entry", "short-struct",
                             "null-descriptor", "bad-name", "missing-process"}) {
    const PluginRefusal* refusal = RefusalOf(found, TestPlugin(broken));
    ASSERT_NE(refusal, nullptr) << broken << " not refused";
    EXPECT_TRUE(Contains(refusal->reason, TestPlugin(broken) + ": refused: "));
  }
  const std::string duplicate = ShadowPluginDir() + "/libduplicate.so";
  const PluginRefusal* shadowed = RefusalOf(found, duplicate);
  ASSERT_NE(shadowed, nullptr);
  EXPECT_EQ(shadowed->reason,
            duplicate + ": refused: plugin \"good\" is shadowed by " + TestPlugin("good"));
}

TEST(PluginLoaderDiscovery, ShadowFirstWinsAndTheRestStillLoad) {
  Discovery found = DiscoverPlugins({ShadowPluginDir(), TestPluginDir()});
  ASSERT_FALSE(found.plugins.empty());
  EXPECT_EQ(found.plugins[0].info.name, "good");
  EXPECT_EQ(found.plugins[0].info.version, "9.9.9");
  const PluginRefusal* shadowed = RefusalOf(found, TestPlugin("good"));
  ASSERT_NE(shadowed, nullptr);
  EXPECT_TRUE(
      Contains(shadowed->reason, "is shadowed by " + ShadowPluginDir() + "/libduplicate.so"));
  // Files after libgood.so in the same directory are still loaded.
  EXPECT_NE(PluginNamed(found, "million"), nullptr);
  EXPECT_NE(PluginNamed(found, "needs-good"), nullptr);
}

TEST(PluginLoaderDiscovery, MissingAndEmptyDirectoriesAreTolerated) {
  TempDir empty;
  Discovery found = DiscoverPlugins({empty.path() + "/not-there", empty.path(), ShadowPluginDir()});
  EXPECT_TRUE(found.refusals.empty());
  EXPECT_EQ(Names(found), (std::vector<std::string>{"good"}));
  EXPECT_TRUE(DiscoverPlugins({}).plugins.empty());
}

TEST(PluginLoaderDiscovery, ADirectoryThatIsAFileIsRefused) {
  TempDir dir;
  const std::string file = dir.path() + "/plain";
  std::ofstream(file) << "x";
  Discovery found = DiscoverPlugins({file, ShadowPluginDir()});
  ASSERT_EQ(found.refusals.size(), 1u);
  EXPECT_EQ(found.refusals[0].file, file);
  EXPECT_TRUE(
      Contains(found.refusals[0].reason, file + ": refused: cannot read the plugin directory: "));
  EXPECT_EQ(Names(found), (std::vector<std::string>{"good"}));  // and goes on
}

TEST(PluginLoaderDiscovery, UnreadableDirectoryIsRefused) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads any directory";
  TempDir dir;
  const std::string locked = dir.path() + "/locked";
  std::filesystem::create_directory(locked);
  std::filesystem::permissions(locked, std::filesystem::perms::none);
  Discovery found = DiscoverPlugins({locked});
  std::filesystem::permissions(locked, std::filesystem::perms::owner_all);
  ASSERT_EQ(found.refusals.size(), 1u);
  EXPECT_EQ(found.refusals[0].file, locked);
  EXPECT_TRUE(Contains(found.refusals[0].reason, "cannot read the plugin directory"));
}

TEST(PluginLoaderDiscovery, OnlySharedLibrariesDirectlyInTheDirectory) {
  TempDir dir;
  namespace fs = std::filesystem;
  std::ofstream(dir.path() + "/README") << "not a plugin";
  fs::copy_file(TestPlugin("fails"), dir.path() + "/libfails.so.1");  // not "*.so"
  fs::create_directory(dir.path() + "/sub.so");                       // a directory
  fs::create_directory(dir.path() + "/nested");
  fs::copy_file(TestPlugin("million"), dir.path() + "/nested/libmillion.so");
  fs::create_symlink(dir.path() + "/gone.so", dir.path() + "/dangling.so");
  fs::create_symlink(TestPlugin("good"), dir.path() + "/libgood-link.so");  // a link is fine
  std::ofstream(dir.path() + "/libtext.so") << "not ELF";

  Discovery found = DiscoverPlugins({dir.path()});
  EXPECT_EQ(Names(found), (std::vector<std::string>{"good"}));
  ASSERT_EQ(found.refusals.size(), 1u);
  EXPECT_EQ(found.refusals[0].file, dir.path() + "/libtext.so");
  EXPECT_TRUE(Contains(found.refusals[0].reason, "cannot be loaded"));
}

TEST(PluginLoaderDiscovery, SortedByNameWithinADirectory) {
  TempDir dir;
  namespace fs = std::filesystem;
  fs::copy_file(TestPlugin("million"), dir.path() + "/a.so");
  fs::copy_file(TestPlugin("fails"), dir.path() + "/c.so");
  fs::copy_file(TestPlugin("good"), dir.path() + "/b.so");
  Discovery found = DiscoverPlugins({dir.path()});
  EXPECT_EQ(Names(found), (std::vector<std::string>{"million", "good", "fails"}));
}

TEST(PluginLoaderDiscovery, ADirectoryNamedTwiceIsSearchedOnce) {
  Discovery found =
      DiscoverPlugins({ShadowPluginDir(), ShadowPluginDir() + "/", ShadowPluginDir() + "/."});
  EXPECT_TRUE(found.refusals.empty());
  EXPECT_EQ(Names(found), (std::vector<std::string>{"good"}));
}

}  // namespace
}  // namespace glossator::plugin
