#include "pipeline/run_order.h"

#include <algorithm>
#include <functional>
#include <set>

namespace glossator::pipeline {

Result<std::vector<size_t>> RunOrder(const std::vector<PluginInfo>& plugins,
                                     std::vector<std::vector<size_t>>* deps) {
  const size_t n = plugins.size();
  std::vector<std::set<size_t>> direct(n);
  for (size_t i = 0; i < n; ++i) {
    for (const std::string& need : plugins[i].required) {
      bool found = false;
      for (size_t j = 0; j < n; ++j) {
        bool provides = plugins[j].name == need ||
                        std::any_of(plugins[j].types.begin(), plugins[j].types.end(),
                                    [&](const AnnotationType& t) { return t.name == need; });
        if (provides && j != i) {
          direct[i].insert(j);
          found = true;
        }
      }
      if (!found) {
        return Status::PluginError("plugin '" + plugins[i].name + "' needs '" + need +
                                   "', which no loaded plugin provides");
      }
    }
  }
  // Kahn's algorithm, always taking the ready plugin first by name.
  std::vector<size_t> order, waiting(n);
  for (size_t i = 0; i < n; ++i) waiting[i] = direct[i].size();
  std::vector<bool> done(n, false);
  while (order.size() < n) {
    size_t next = n;
    for (size_t i = 0; i < n; ++i) {
      if (!done[i] && waiting[i] == 0 && (next == n || plugins[i].name < plugins[next].name)) {
        next = i;
      }
    }
    if (next == n) {
      std::string cycle;
      for (size_t i = 0; i < n; ++i) {
        if (!done[i]) cycle += (cycle.empty() ? "" : ", ") + plugins[i].name;
      }
      return Status::PluginError("plugins depend on each other in a cycle: " + cycle);
    }
    done[next] = true;
    order.push_back(next);
    for (size_t i = 0; i < n; ++i) {
      if (direct[i].count(next)) --waiting[i];
    }
  }
  if (deps) {
    deps->assign(n, {});
    std::function<void(size_t, std::set<size_t>&)> collect = [&](size_t i, std::set<size_t>& all) {
      for (size_t j : direct[i]) {
        if (all.insert(j).second) collect(j, all);
      }
    };
    for (size_t i = 0; i < n; ++i) {
      std::set<size_t> all;
      collect(i, all);
      (*deps)[i].assign(all.begin(), all.end());
    }
  }
  return order;
}

}  // namespace glossator::pipeline
