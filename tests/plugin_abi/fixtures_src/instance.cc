// An ABI 1.1 plugin written with plugin.hpp: an Instance made once per run
// reads a label from instance/label.txt beside the library (plugin_path),
// and each document marks its first word with that label, the number of
// inits so far in this process and the typed settings read back.
#include <atomic>
#include <fstream>
#include <string>
#include <vector>

#include "glossator/plugin.hpp"

namespace {

std::atomic<int> inits{0};

class InstanceFixture : public glossator::Plugin {
 public:
  struct Instance {
    explicit Instance(glossator::Context& ctx) {
      ++inits;
      std::ifstream in(ctx.PluginDirectory() + "instance/label.txt");
      if (!std::getline(in, label)) {
        throw std::runtime_error("instance: no " + ctx.PluginDirectory() + "instance/label.txt");
      }
      loud = ctx.ConfigBool("loud");
      weight = ctx.ConfigDouble("weight");
      tags = ctx.ConfigList("tag");
    }
    std::string label;
    bool loud = false;
    double weight = 0;
    std::vector<std::string> tags;
  };

  explicit InstanceFixture(const Instance& instance) : instance_(instance) {}

  glossator::PluginStatus Process(glossator::Context& ctx) override {
    std::vector<glossator_range> words = ctx.Words();
    if (words.empty()) return glossator::PluginStatus::Ok();
    std::string tags;
    for (const std::string& t : instance_.tags) tags += (tags.empty() ? "" : "|") + t;
    std::vector<std::pair<std::string, std::string>> attributes = {
        {"label", instance_.loud ? "LOUD " + instance_.label : instance_.label},
        {"inits", std::to_string(inits.load())},
        {"weight", std::to_string(instance_.weight)},
        {"tags", tags}};
    ctx.Add(words[0].begin, words[0].end, "instance:mark", attributes, instance_.weight);
    std::vector<std::pair<std::string, std::string>> fields = {{"label", instance_.label}};
    for (const std::string& t : instance_.tags) fields.emplace_back("alt", t);
    ctx.DeclareCategory("instance", "i.first", fields);
    return glossator::PluginStatus::Ok();
  }

 private:
  const Instance& instance_;
};

}  // namespace

GLOSSATOR_PLUGIN(InstanceFixture, "instance", "1.1.0", "MIT",
                 "Marks the first word with a label read once from a file beside it",
                 GLOSSATOR_TYPES({"instance:mark", "seg", "type=instance"}), GLOSSATOR_REQUIRES(),
                 GLOSSATOR_CONFIG({"loud", "false", "prefix the label with LOUD"},
                                  {"weight", "0.5", "the mark's confidence"},
                                  {"tag", "", "a tag (repeatable)"}))
