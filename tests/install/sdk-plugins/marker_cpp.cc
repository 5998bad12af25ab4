// marker-cpp: marks every word equal to the one in marker-cpp/word.txt beside
// the library (read once per run in its Instance, found from
// PluginDirectory()) as marker-cpp:mark, TEI <hi rend="marker-cpp">, with the
// attribute "note" (marker-cpp.note, repeatable: its values joined by "+").
#include <fstream>
#include <stdexcept>
#include <string>

#include "glossator/plugin.hpp"

class MarkerCpp : public glossator::Plugin {
 public:
  struct Instance {
    explicit Instance(glossator::Context& ctx) {
      std::ifstream in(ctx.PluginDirectory() + "marker-cpp/word.txt");
      if (!std::getline(in, word)) throw std::runtime_error("marker-cpp: no word.txt beside it");
      for (const std::string& n : ctx.ConfigList("note")) note += (note.empty() ? "" : "+") + n;
    }
    std::string word, note;
  };

  explicit MarkerCpp(const Instance& instance) : instance_(instance) {}

  glossator::PluginStatus Process(glossator::Context& ctx) override {
    for (const glossator_range& w : ctx.Words()) {
      if (ctx.Text(w) != instance_.word) continue;
      ctx.Add(w.begin, w.end, "marker-cpp:mark", {{"note", instance_.note}}, 1.0);
    }
    return glossator::PluginStatus::Ok();
  }

 private:
  const Instance& instance_;
};

GLOSSATOR_PLUGIN(MarkerCpp, "marker-cpp", "1.0.0", "MIT", "Marks the word in marker-cpp/word.txt",
                 GLOSSATOR_TYPES({"marker-cpp:mark", "hi", "rend=marker-cpp"}),
                 GLOSSATOR_REQUIRES(), GLOSSATOR_CONFIG({"note", "", "a note (repeatable)"}))
