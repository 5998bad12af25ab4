#include "pipeline/run_order.h"

#include <gtest/gtest.h>

namespace glossator::pipeline {
namespace {

PluginInfo Plugin(const std::string& name, std::vector<std::string> needs,
                  std::vector<std::string> types = {}) {
  PluginInfo p;
  p.name = name;
  p.required = std::move(needs);
  for (const std::string& t : types) p.types.push_back({t, "seg", "", name});
  return p;
}

std::vector<std::string> Names(const std::vector<PluginInfo>& plugins,
                               const std::vector<size_t>& order) {
  std::vector<std::string> names;
  for (size_t i : order) names.push_back(plugins[i].name);
  return names;
}

TEST(RunOrder, AfterWhatEachNeedsByNameOrType) {
  std::vector<PluginInfo> plugins = {
      Plugin("vignettes", {"citation"}), Plugin("citations", {}, {"citation", "reference"}),
      Plugin("concepts", {}, {"concept"}), Plugin("summary", {"vignettes", "concepts"})};
  std::vector<std::vector<size_t>> deps;
  Result<std::vector<size_t>> order = RunOrder(plugins, &deps);
  ASSERT_TRUE(order.ok()) << order.status().ToString();
  EXPECT_EQ(Names(plugins, *order),
            (std::vector<std::string>{"citations", "concepts", "vignettes", "summary"}));
  EXPECT_EQ(deps[3], (std::vector<size_t>{0, 1, 2}));  // summary needs all, transitively
  EXPECT_EQ(deps[0], (std::vector<size_t>{1}));
}

TEST(RunOrder, MissingDependencyIsNamed) {
  Result<std::vector<size_t>> order = RunOrder({Plugin("vignettes", {"citation"})}, nullptr);
  ASSERT_FALSE(order.ok());
  EXPECT_EQ(order.status().message(),
            "plugin 'vignettes' needs 'citation', which no loaded plugin provides");
}

TEST(RunOrder, CycleIsNamed) {
  Result<std::vector<size_t>> order =
      RunOrder({Plugin("a", {"b"}), Plugin("b", {"a"}), Plugin("c", {})}, nullptr);
  ASSERT_FALSE(order.ok());
  EXPECT_EQ(order.status().message(), "plugins depend on each other in a cycle: a, b");
}

}  // namespace
}  // namespace glossator::pipeline
