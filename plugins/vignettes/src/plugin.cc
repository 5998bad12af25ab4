// vignettes: marks case vignettes, passages about one particular patient or
// client, in psychotherapy readings.
//
// Each vignette is an annotation of type "vignette" (TEI <seg type="vignette">
// inside one paragraph, a <span type="vignette"> in <standOff> across
// paragraphs) with its confidence and @ana pointing to the cues that fired,
// declared in the header's taxonomy "vignette-cues"; the words that describe
// its person are a child annotation "vignettes:person" (<rs type="person">).
// Only running-text paragraphs are read: headings, list items and slide lines
// never hold a vignette. Configuration: the model and the span decision's
// thresholds (see README.md).
#include "glossator/plugin.hpp"

#include <cstdlib>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "passage.h"
#include "tagger.h"

namespace {

constexpr char kTaxonomy[] = "vignette-cues";

std::string CategoryId(vignettes::Cue cue) {
  return std::string("vc.") + vignettes::InfoOf(cue).id;
}

// The xml:id of the k-th vignette (0-based) when another returns to it.
std::string VignetteId(size_t k) { return "vignette." + std::to_string(k + 1); }

double ConfigNumber(glossator::Context& ctx, const char* key, double low, double high) {
  std::string value(ctx.Config(key));
  double d = ctx.ConfigDouble(key);
  if (!(d >= low && d <= high)) {
    throw std::invalid_argument("vignettes: config key \"" + std::string(key) + "\": \"" + value +
                                "\" is not a number in [" + std::to_string(low) + ", " +
                                std::to_string(high) + "]");
  }
  return d;
}

size_t ConfigCount(glossator::Context& ctx, const char* key, long long low, long long high) {
  long long n = ctx.ConfigInt(key);
  if (n < low || n > high) {
    throw std::invalid_argument("vignettes: config key \"" + std::string(key) +
                                "\": " + std::to_string(n) + " is not in [" + std::to_string(low) +
                                ", " + std::to_string(high) + "]");
  }
  return static_cast<size_t>(n);
}

class Vignettes : public glossator::Plugin {
 public:
  explicit Vignettes(glossator::Context& ctx) {
    std::string_view model = ctx.Config("model");
    if (model == "trained") {
      weights_ = &vignettes::TrainedWeights();
    } else if (model == "rules") {
      weights_ = &vignettes::RuleWeights();
    } else {
      throw std::invalid_argument("vignettes: model must be trained or rules, not \"" +
                                  std::string(model) + "\"");
    }
    options_.start_threshold = ConfigNumber(ctx, "start_threshold", 0, 1);
    options_.continue_threshold = ConfigNumber(ctx, "continue_threshold", 0, 1);
    options_.extend_threshold = ConfigNumber(ctx, "extend_threshold", 0, 1);
    options_.min_confidence = ConfigNumber(ctx, "min_confidence", 0, 1);
    options_.min_sentences = ConfigCount(ctx, "min_sentences", 1, 1000);
    options_.max_gap = ConfigCount(ctx, "max_gap", 0, 1000);
  }

  glossator::PluginStatus Process(glossator::Context& ctx) override {
    vignettes::Passage passage;
    passage.text = ctx.Text();
    for (const glossator_block& b : ctx.Blocks()) {
      // Running prose only: a slide's lines are never a vignette.
      bool prose = vignettes::IsProse(b.kind, b.slide);
      passage.blocks.push_back({static_cast<size_t>(b.begin), static_cast<size_t>(b.end), prose,
                                vignettes::IsNote(b.kind)});
    }
    for (const glossator_range& s : ctx.Sentences()) {
      passage.sentences.push_back({static_cast<size_t>(s.begin), static_cast<size_t>(s.end), 0});
    }
    vignettes::AssignSentencesToBlocks(passage);

    std::set<vignettes::Cue> used;
    std::vector<vignettes::Vignette> found = vignettes::FindVignettes(passage, *weights_, options_);
    // A vignette another returns to gets an xml:id; the return points to it
    // with @corresp (the same patient told again after another case).
    std::vector<bool> returned_to(found.size(), false);
    for (const vignettes::Vignette& v : found) {
      if (v.returns_to) returned_to[*v.returns_to] = true;
    }
    for (size_t k = 0; k < found.size(); ++k) {
      const vignettes::Vignette& v = found[k];
      std::string ana;
      for (vignettes::Cue cue : v.cues) {
        ana += (ana.empty() ? "#" : " #") + CategoryId(cue);
        used.insert(cue);
      }
      std::vector<std::pair<std::string, std::string>> attributes;
      if (!ana.empty()) attributes.emplace_back("ana", ana);
      if (returned_to[k]) attributes.emplace_back("id", VignetteId(k));
      if (v.returns_to) attributes.emplace_back("corresp", "#" + VignetteId(*v.returns_to));
      uint64_t id = ctx.Add(v.range.begin, v.range.end, "vignette", attributes, v.run.confidence);
      if (v.person) ctx.Add(v.person->begin, v.person->end, "vignettes:person", {}, -1, id);
    }
    for (vignettes::Cue cue : used) {
      const vignettes::CueInfo& info = vignettes::InfoOf(cue);
      ctx.DeclareCategory(kTaxonomy, CategoryId(cue),
                          {{"label", info.label}, {"definition", info.definition}});
    }
    ctx.Log(GLOSSATOR_LOG_DEBUG, "vignettes: " + std::to_string(found.size()) + " vignettes");
    return glossator::PluginStatus::Ok();
  }

 private:
  const vignettes::Weights* weights_ = nullptr;
  vignettes::SpanOptions options_;
};

}  // namespace

GLOSSATOR_PLUGIN(
    Vignettes, "vignettes", "0.1.0", "MIT",
    "Marks case vignettes (passages about one patient): <seg type=\"vignette\"> or a stand-off "
    "span, with the cues that fired and the person described",
    GLOSSATOR_TYPES({"vignette", "seg", "type=vignette;ana={ana};xml:id={id};corresp={corresp}"},
                    {"vignettes:person", "rs", "type=person"}),
    GLOSSATOR_REQUIRES(),
    GLOSSATOR_CONFIG(
        {"model", "trained",
         "the sentence model: trained (logistic regression over data/) or rules (hand-set)"},
        {"start_threshold", "0.7", "a vignette needs one sentence at least this probable (0 to 1)"},
        {"continue_threshold", "0.5",
         "a vignette begins at a sentence this probable, and continues into the next paragraph "
         "only when its first sentence is (0 to 1)"},
        {"extend_threshold", "0.2",
         "inside a paragraph, sentences this probable stay in a vignette (0 to 1)"},
        {"min_confidence", "0.55", "the least mean probability of a vignette's sentences (0 to 1)"},
        {"min_sentences", "2", "the fewest sentences a vignette has"},
        {"max_gap", "1", "weaker sentences a vignette may bridge inside a paragraph"}))
