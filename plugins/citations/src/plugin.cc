// citations: the reference list of a reading and the citations in its text
// (issue 5). Each entry of a reference list becomes a "reference" annotation
// (TEI <bibl xml:id="bib.N">) with its parts as child annotations (author,
// editor, date, title, biblScope, publisher, pubPlace); each cited work in the
// running text becomes a "citation" (TEI <ref type="bibr" target="#bib.N">).
// The contract (attributes, ids, renderings) is README.md.
//
// Configuration: link_max_distance and link_letters_per_edit (how misspelt a
// cited surname may be), max_name_distance (how far a name not in the list
// may stand from its year), reference_model (the learned labeller the
// reference parser falls back on; beside the library by default, found from
// the plugin_path the host gives). The settings and the model are read once
// per run (Settings, the plugin's Instance) and shared by every document.
#include "glossator/plugin.hpp"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document_citations.h"

namespace {

using citations::ParsedReference;
using citations::Person;
using citations::Span;
using Attributes = std::vector<std::pair<std::string, std::string>>;

citations::BlockType TypeOf(int32_t kind) {
  switch (kind) {
    case GLOSSATOR_BLOCK_HEADING:
      return citations::BlockType::kHeading;
    case GLOSSATOR_BLOCK_PARAGRAPH:
      return citations::BlockType::kParagraph;
    case GLOSSATOR_BLOCK_LIST_ITEM:
      return citations::BlockType::kListItem;
    case GLOSSATOR_BLOCK_LINE:
      return citations::BlockType::kLine;
    default:
      return citations::BlockType::kOther;
  }
}

size_t PositiveConfig(glossator::Context& ctx, const char* key) {
  long long v = ctx.ConfigInt(key);
  if (v < 0) {
    throw std::invalid_argument(std::string("citations: ") + key + " must not be negative, not " +
                                std::to_string(v));
  }
  return static_cast<size_t>(v);
}

// What every document of a run shares: the settings and the learned labeller.
struct Settings {
  explicit Settings(glossator::Context& ctx) {
    options_.link.names.max_distance = PositiveConfig(ctx, "link_max_distance");
    options_.link.names.letters_per_edit = PositiveConfig(ctx, "link_letters_per_edit");
    options_.finder.names = options_.link.names;
    options_.finder.max_name_distance = PositiveConfig(ctx, "max_name_distance");
    LoadModel(ctx, std::string(ctx.Config("reference_model")));
    std::string entries(ctx.Config("entries"));
    if (entries != "segment" && entries != "blocks") {
      throw std::invalid_argument("citations: entries must be segment or blocks, not " + entries);
    }
    options_.entry_per_block = entries == "blocks";
  }

  // The learned labeller: the file given (text or compiled), none ("none"),
  // or the one shipped beside the library ("", rules alone with a warning
  // when it is missing): its compiled form, which loads without parsing
  // (sequence_model.h), or else its text.
  void LoadModel(glossator::Context& ctx, const std::string& setting) {
    if (setting == "none") return;
    std::string path = setting;
    if (setting.empty()) {
      path = ctx.PluginDirectory() + "citations/reference_model.bin";
      if (!std::filesystem::exists(path))
        path = ctx.PluginDirectory() + "citations/reference_model.txt";
    }
    if (setting.empty() && !std::filesystem::exists(path)) {
      ctx.Log(GLOSSATOR_LOG_WARNING,
              "citations: no " + path + "; references are parsed with rules alone");
      return;
    }
    auto model = std::make_unique<citations::SequenceModel>();
    std::string error;
    if (!model->Load(path, &error)) throw std::runtime_error("citations: " + error);
    model_ = std::move(model);
    options_.model = model_.get();
  }

  std::unique_ptr<citations::SequenceModel> model_;
  citations::CitationOptions options_;  // points at model_
};

class Citations : public glossator::Plugin {
 public:
  using Instance = Settings;  // loaded once per run
  explicit Citations(const Instance& settings) : options_(settings.options_) {}

  glossator::PluginStatus Process(glossator::Context& ctx) override {
    std::string_view text = ctx.Text();
    std::vector<citations::TextBlock> blocks;
    for (const glossator_block& b : ctx.Blocks()) {
      citations::TextBlock t;
      t.span = Span{static_cast<size_t>(b.begin), static_cast<size_t>(b.end)};
      t.type = TypeOf(b.kind);
      t.level = b.level;
      t.first_page = b.first_page;
      t.last_page = b.last_page;
      blocks.push_back(t);
    }
    citations::DocumentCitations found = citations::ProcessDocument(text, blocks, options_);
    for (size_t i = 0; i < found.references.size(); ++i) {
      AddReference(ctx, text, found.references[i], "bib." + std::to_string(i + 1),
                   found.numbers[i]);
    }
    for (const citations::Citation& c : found.citations) AddCitation(ctx, c);
    ctx.Log(GLOSSATOR_LOG_DEBUG, "citations: " + std::to_string(found.references.size()) +
                                     " references, " + std::to_string(found.citations.size()) +
                                     " citations");
    return glossator::PluginStatus::Ok();
  }

 private:
  // Whether span is a part of within (the host refuses a child outside its
  // parent, and one refusal would fail the whole document).
  static bool Inside(Span span, Span within) {
    return !span.empty() && span.begin >= within.begin && span.end <= within.end;
  }

  static void AddPerson(glossator::Context& ctx, const Person& p, const char* type, Span entry,
                        uint64_t parent) {
    if (!Inside(p.span, entry)) return;
    uint64_t id = ctx.Add(p.span.begin, p.span.end, type, {}, -1, parent);
    if (p.organisation) return;
    if (Inside(p.family_span, p.span)) {
      ctx.Add(p.family_span.begin, p.family_span.end, "reference:surname", {}, -1, id);
    }
    if (Inside(p.given_span, p.span)) {
      ctx.Add(p.given_span.begin, p.given_span.end, "reference:forename", {}, -1, id);
    }
  }

  static void AddPart(glossator::Context& ctx, Span span, const char* type,
                      const Attributes& attributes, Span entry, uint64_t parent) {
    if (!Inside(span, entry)) return;
    ctx.Add(span.begin, span.end, type, attributes, -1, parent);
  }

  static void AddReference(glossator::Context& ctx, std::string_view text, const ParsedReference& r,
                           const std::string& id, int number) {
    Attributes attributes{{"id", id}};
    if (number > 0) attributes.emplace_back("n", std::to_string(number));
    for (auto& a : r.Attributes()) attributes.push_back(std::move(a));
    if (r.unparsed) {
      // The entry as printed, its line breaks as spaces: all there is of it.
      std::string printed(citations::Slice(text, r.entry));
      for (char& c : printed) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      }
      attributes.emplace_back("text", printed);
    }
    uint64_t parent = ctx.Add(r.entry.begin, r.entry.end, "reference", attributes);
    for (const Person& p : r.authors) AddPerson(ctx, p, "reference:author", r.entry, parent);
    for (const Person& p : r.editors) AddPerson(ctx, p, "reference:editor", r.entry, parent);
    if (!r.year.span.empty()) {
      Span date = citations::TrimAll(text, r.year.span);
      std::string when = !r.date.empty() ? r.date : r.year.value == "n.d." ? "" : r.year.value;
      Attributes a;
      if (!when.empty()) a.emplace_back("when", when);
      AddPart(ctx, date, "reference:date", a, r.entry, parent);
    }
    AddPart(ctx, r.title.span, "reference:title", {{"level", std::string(1, r.title_level)}},
            r.entry, parent);
    AddPart(ctx, r.container.span, "reference:title",
            {{"level", std::string(1, r.container_level)}}, r.entry, parent);
    AddPart(ctx, r.collection.span, "reference:title", {{"level", "s"}}, r.entry, parent);
    AddPart(ctx, r.volume.span, "reference:scope", {{"unit", "volume"}}, r.entry, parent);
    AddPart(ctx, r.issue.span, "reference:scope", {{"unit", "issue"}}, r.entry, parent);
    Attributes pages{{"unit", "page"}};
    if (!r.pages_from.empty()) {
      pages.emplace_back("from", r.pages_from);
      pages.emplace_back("to", r.pages_to);
    }
    AddPart(ctx, r.pages.span, "reference:scope", pages, r.entry, parent);
    AddPart(ctx, r.publisher.span, "reference:publisher", {}, r.entry, parent);
    AddPart(ctx, r.place.span, "reference:place", {}, r.entry, parent);
  }

  static void AddCitation(glossator::Context& ctx, const citations::Citation& c) {
    Attributes attributes;
    std::string target, authors, years;
    for (size_t t : c.targets)
      target += (target.empty() ? "#bib." : " #bib.") + std::to_string(t + 1);
    for (const std::string& a : c.authors) authors += (authors.empty() ? "" : "\n") + a;
    for (const std::string& y : c.years) years += (years.empty() ? "" : "\n") + y;
    if (!target.empty()) attributes.emplace_back("target", target);
    if (c.numbers.empty()) {
      attributes.emplace_back("authors", authors);
      attributes.emplace_back("year", years);
    } else {
      std::string numbers;
      for (int n : c.numbers) numbers += (numbers.empty() ? "" : " ") + std::to_string(n);
      attributes.emplace_back("numbers", numbers);
    }
    if (!c.locator.empty()) attributes.emplace_back("locator", c.locator);
    double confidence = c.confidence * (c.targets.empty() ? 1.0 : c.link_confidence);
    ctx.Add(c.span.begin, c.span.end, "citation", attributes, confidence);
  }

  citations::CitationOptions options_;  // its model is the Instance's
};

}  // namespace

GLOSSATOR_PLUGIN(
    Citations, "citations", "0.1.0", "MIT",
    "Reference lists (TEI <bibl> with their parts) and author-year and numeric citations "
    "(<ref type=bibr>)",
    GLOSSATOR_TYPES(
        {"reference", "bibl", "xml:id={id};type={kind};n={n}"},
        {"reference:author", "author", nullptr}, {"reference:editor", "editor", nullptr},
        {"reference:surname", "surname", nullptr}, {"reference:forename", "forename", nullptr},
        {"reference:date", "date", "when={when}"}, {"reference:title", "title", "level={level}"},
        {"reference:scope", "biblScope", "unit={unit};from={from};to={to}"},
        {"reference:publisher", "publisher", nullptr}, {"reference:place", "pubPlace", nullptr},
        {"citation", "ref", "type=bibr;target={target}"}),
    GLOSSATOR_REQUIRES(),
    GLOSSATOR_CONFIG(
        {"link_max_distance", "2",
         "most edits (letters added, dropped, changed or swapped) between a cited surname and "
         "the surname in the reference list"},
        {"link_letters_per_edit", "5",
         "and at most one edit per this many letters of the name (short names must match)"},
        {"max_name_distance", "12",
         "most words between a name that is not in the reference list and its year in "
         "parentheses"},
        {"reference_model", "",
         "the learned labeller for reference entries the rules cannot read whole: a model file, "
         "\"none\" for rules alone, or empty for the one shipped beside the plugin"},
        {"entries", "segment",
         "segment: a reference list is split into entries by its layout and style; blocks: each "
         "block after the list's heading is one entry (glossator refs --strings)"}))
