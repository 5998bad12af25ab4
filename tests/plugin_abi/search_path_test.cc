// SearchPath: --plugin-dir, then GLOSSATOR_PLUGIN_PATH, then the installed
// plugin directory.
#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "plugin/loader.h"

namespace glossator::plugin {
namespace {

using Dirs = std::vector<std::string>;

// Sets or unsets GLOSSATOR_PLUGIN_PATH for one test and restores it after.
class PluginLoaderSearchPath : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const char* v = std::getenv(kVariable)) saved_ = v;
  }
  void TearDown() override {
    if (saved_) {
      setenv(kVariable, saved_->c_str(), 1);
    } else {
      unsetenv(kVariable);
    }
  }
  static void Set(const char* value) { setenv(kVariable, value, 1); }
  static void Unset() { unsetenv(kVariable); }

  static constexpr const char* kVariable = "GLOSSATOR_PLUGIN_PATH";
  std::optional<std::string> saved_;
};

TEST_F(PluginLoaderSearchPath, DirsThenEnvironmentThenInstalled) {
  Set("/env/a::/env/b:");
  Dirs path = SearchPath({"/cli/x", "", "/cli/y"}, true, true);
  ASSERT_EQ(path.size(), 5u);
  EXPECT_EQ(Dirs(path.begin(), path.begin() + 4), (Dirs{"/cli/x", "/cli/y", "/env/a", "/env/b"}));
  EXPECT_TRUE(path[4].ends_with("/glossator/plugins")) << path[4];
}

TEST_F(PluginLoaderSearchPath, LeadingColonAndSingleEntry) {
  Set(":/env/only");
  EXPECT_EQ(SearchPath({}, true, false), (Dirs{"/env/only"}));
}

TEST_F(PluginLoaderSearchPath, EnvironmentCanBeIgnored) {
  Set("/env/a");
  EXPECT_EQ(SearchPath({"/cli/x"}, false, false), (Dirs{"/cli/x"}));
}

TEST_F(PluginLoaderSearchPath, UnsetOrEmptyEnvironmentAddsNothing) {
  Unset();
  EXPECT_EQ(SearchPath({"/cli/x"}, true, false), (Dirs{"/cli/x"}));
  Set("");
  EXPECT_EQ(SearchPath({"/cli/x"}, true, false), (Dirs{"/cli/x"}));
  Set(":::");
  EXPECT_TRUE(SearchPath({}, true, false).empty());
}

TEST_F(PluginLoaderSearchPath, InstalledDirOnlyWhenAsked) {
  Unset();
  Dirs path = SearchPath({}, true, true);
  ASSERT_EQ(path.size(), 1u);
  EXPECT_TRUE(path[0].ends_with("/glossator/plugins")) << path[0];
  EXPECT_TRUE(SearchPath({}, true, false).empty());
}

TEST_F(PluginLoaderSearchPath, MissingDirectoriesAreKept) {
  Unset();
  EXPECT_EQ(SearchPath({"/no/such/dir"}, true, false), (Dirs{"/no/such/dir"}));
}

}  // namespace
}  // namespace glossator::plugin
