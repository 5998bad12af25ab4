#include "thesaurus.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <new>
#include <pugixml.hpp>
#include <sstream>
#include <unordered_map>

#include "tokenizer.h"

namespace concepts {
namespace {

// Maps byte offsets of one file to 1-based line numbers.
class Lines {
 public:
  explicit Lines(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') newlines_.push_back(i);
    }
  }
  int At(ptrdiff_t offset) const {
    if (offset < 0) return 0;
    auto it = std::lower_bound(newlines_.begin(), newlines_.end(), static_cast<size_t>(offset));
    return static_cast<int>(it - newlines_.begin()) + 1;
  }

 private:
  std::vector<size_t> newlines_;
};

// The line of the label of c whose folded form is folded.
int LineOf(const Category& c, const std::string& folded) {
  for (const Label& label : c.labels) {
    if (FoldCase(label.text) == folded) return label.line;
  }
  return 0;
}

[[noreturn]] void Fail(const std::string& file, int line, const std::string& problem) {
  throw ThesaurusError(file + ":" + std::to_string(line) + ": " + problem);
}

// Appends the text of node's descendants in document order. A walk, not a
// recursion: a user's file may nest elements 100,000 deep, which would
// overflow the stack.
void AppendText(pugi::xml_node node, std::string* out) {
  pugi::xml_node n = node.first_child();
  while (n) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) *out += n.value();
    if (n.type() == pugi::node_element && n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n != node && !n.next_sibling()) n = n.parent();
    if (n == node) break;
    n = n.next_sibling();
  }
}

// The text of a node and its descendants, white space collapsed.
std::string TextOf(pugi::xml_node node) {
  std::string raw;
  AppendText(node, &raw);
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

pugi::xml_node FindTaxonomy(pugi::xml_node root) {
  return root.find_node([](pugi::xml_node n) {
    return std::string_view(n.name()) == "taxonomy" &&
           std::string_view(n.attribute("xml:id").value()) == "concepts";
  });
}

// The n of a context rule: the window in words (kDefaultWindow when absent).
int ReadWindow(pugi::xml_node rule, const std::string& file, int line, const std::string& id) {
  std::string_view window = rule.attribute("n").value();
  if (window.empty()) return kDefaultWindow;
  std::string w(window);
  char* rest = nullptr;
  long v = std::strtol(w.c_str(), &rest, 10);
  if (*rest != '\0' || v <= 0 || v > 1000) {
    Fail(file, line, "rule of \"" + id + "\": n=\"" + w + "\" is not a positive integer");
  }
  return static_cast<int>(v);
}

// A rule whose target is one of the category's terms ("#t.x" for <term
// xml:id="t.x">): that label's own rule.
void ReadLabelRule(pugi::xml_node n, const std::string& file, int at, Category* c) {
  std::string_view target = n.attribute("target").value();
  if (target.size() < 2 || target[0] != '#') {
    Fail(file, at,
         "rule of \"" + c->id + "\": target is not \"#ID\": \"" + std::string(target) + "\"");
  }
  auto label = std::find_if(c->labels.begin(), c->labels.end(),
                            [&](const Label& l) { return l.xml_id == target.substr(1); });
  if (label == c->labels.end()) {
    Fail(file, at,
         "rule of \"" + c->id + "\": no term of the category has xml:id \"" +
             std::string(target.substr(1)) + "\"");
  }
  if (label->rule < 0) {
    label->rule = static_cast<int>(c->label_rules.size());
    c->label_rules.emplace_back();
  }
  SenseRule& rule = c->label_rules[static_cast<size_t>(label->rule)];
  std::string_view subtype = n.attribute("subtype").value();
  std::istringstream words(TextOf(n));
  if (subtype.empty() || subtype == "context") {
    rule.window = ReadWindow(n, file, at, c->id);
    for (std::string cue; words >> cue;) rule.cues.push_back(cue);
  } else if (subtype == "everyday") {
    if (!n.attribute("n").empty()) rule.everyday_window = ReadWindow(n, file, at, c->id);
    for (std::string word; words >> word;) rule.everyday.push_back(word);
  } else {
    Fail(file, at,
         "rule of \"" + c->id + "\" for one term: subtype \"" + std::string(subtype) +
             "\" (context or everyday)");
  }
}

Category ReadCategory(pugi::xml_node node, const std::string& file, const Lines& lines) {
  int line = lines.At(node.offset_debug());
  Category c;
  c.file = file;
  c.id = node.attribute("xml:id").value();
  if (c.id.empty()) Fail(file, line, "<category> without xml:id");
  pugi::xml_node desc = node.child("catDesc");
  pugi::xml_node where = desc ? desc : node;
  bool has_rule = false;
  std::vector<pugi::xml_node> targeted;  // rules of single labels, read once the terms are
  for (pugi::xml_node n : where.children()) {
    std::string_view name = n.name();
    std::string_view type = n.attribute("type").value();
    int at = lines.At(n.offset_debug());
    if (name == "term") {
      Label label{TextOf(n), std::string_view(n.attribute("subtype").value()) == "ambiguous", at,
                  n.attribute("xml:id").value()};
      if (label.text.empty()) Fail(file, at, "empty <term> in category \"" + c.id + "\"");
      if (label.text.size() > kMaxTermBytes) {
        Fail(file, at,
             "<term> of " + std::to_string(label.text.size()) + " bytes in category \"" + c.id +
                 "\"; a term has at most " + std::to_string(kMaxTermBytes));
      }
      bool preferred = type.empty() || type == "preferred" || type == "pref";
      if (preferred && c.preferred.empty()) {
        c.preferred = label.text;
        c.labels.insert(c.labels.begin(), label);
      } else {
        c.alts.push_back(label.text);
        c.labels.push_back(label);
      }
    } else if (name == "ptr" && type == "broader") {
      std::string_view target = n.attribute("target").value();
      if (target.size() < 2 || target[0] != '#') {
        Fail(file, at,
             "broader pointer of \"" + c.id + "\" is not \"#ID\": \"" + std::string(target) + "\"");
      }
      c.broader.emplace_back(target.substr(1));
      c.broader_lines.push_back(at);
    } else if (name == "name" && type == "school") {
      c.schools.push_back(TextOf(n));
    } else if (name == "persName" && type == "theorist") {
      c.theorists.push_back(TextOf(n));
    } else if (name == "gloss") {
      c.definition = TextOf(n);
    } else if (name == "note" && type == "rule" && !n.attribute("target").empty()) {
      targeted.push_back(n);
    } else if (name == "note" && type == "rule") {
      std::string_view subtype = n.attribute("subtype").value();
      std::istringstream words(TextOf(n));
      if (subtype.empty() || subtype == "context") {
        has_rule = true;
        c.window = ReadWindow(n, file, at, c.id);
        for (std::string cue; words >> cue;) c.cues.push_back(cue);
      } else if (subtype == "everyday") {
        if (!n.attribute("n").empty()) c.everyday_window = ReadWindow(n, file, at, c.id);
        for (std::string word; words >> word;) c.everyday.push_back(word);
      } else if (subtype == "exclude") {
        for (std::string word; words >> word;) c.excluded.push_back(word);
      } else {
        Fail(file, at,
             "rule of \"" + c.id + "\": unknown subtype \"" + std::string(subtype) +
                 "\" (context, everyday or exclude)");
      }
    }
  }
  if (c.preferred.empty()) Fail(file, line, "category \"" + c.id + "\" has no preferred <term>");
  for (pugi::xml_node n : targeted) ReadLabelRule(n, file, lines.At(n.offset_debug()), &c);
  bool category_rule = has_rule && !c.cues.empty();
  for (const Label& label : c.labels) {
    bool own_rule = label.rule >= 0 && !c.label_rules[static_cast<size_t>(label.rule)].cues.empty();
    if (label.ambiguous && !own_rule && !category_rule) {
      Fail(file, line,
           "category \"" + c.id + "\" has an ambiguous term but no context rule with cue words");
    }
  }
  return c;
}

}  // namespace

std::string ReadThesaurusFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ThesaurusError(path + ": cannot read the file");
  // In blocks straight from the file buffer (a stream copy costs 6
  // instructions a byte, more than the rest of reading the file).
  std::string text;
  char block[1 << 16];
  for (std::streamsize n; (n = in.rdbuf()->sgetn(block, sizeof block)) > 0;) {
    text.append(block, static_cast<size_t>(n));
  }
  return text;
}

void Thesaurus::AddFile(const std::string& path) { AddText(ReadThesaurusFile(path), path); }

void Thesaurus::AddText(std::string_view xml, const std::string& name) {
  Lines lines(xml);
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  // pugixml answers a failed allocation with a status, not an exception: it
  // is the memory limit, not a fault of the file.
  if (parsed.status == pugi::status_out_of_memory) throw std::bad_alloc();
  if (!parsed) {
    Fail(name, lines.At(parsed.offset),
         std::string("not well-formed XML: ") + parsed.description());
  }
  pugi::xml_node taxonomy = FindTaxonomy(doc);
  if (!taxonomy) Fail(name, 1, "no <taxonomy xml:id=\"concepts\">");
  std::unordered_map<std::string, int> seen;  // id -> line, in this file
  std::vector<pugi::xml_node> nodes;
  taxonomy.find_node([&](pugi::xml_node n) {
    if (std::string_view(n.name()) == "category") nodes.push_back(n);
    return false;
  });
  for (pugi::xml_node n : nodes) {
    Category c = ReadCategory(n, name, lines);
    int line = lines.At(n.offset_debug());
    auto [it, fresh] = seen.emplace(c.id, line);
    if (!fresh) {
      Fail(name, line,
           "category \"" + c.id + "\" is defined twice (first at line " +
               std::to_string(it->second) + ")");
    }
    auto [at, added] = index_.emplace(c.id, categories_.size());
    if (added) {
      categories_.push_back(std::move(c));
    } else {
      categories_[at->second] = std::move(c);
    }
  }
}

void Thesaurus::Validate() const {
  for (const Category& c : categories_) {
    for (size_t i = 0; i < c.broader.size(); ++i) {
      if (index_.count(c.broader[i]) == 0) {
        Fail(c.file, c.broader_lines[i],
             "broader pointer of \"" + c.id + "\" to \"#" + c.broader[i] + "\": no such category");
      }
    }
  }
  // A label of two concepts would go to whichever the matcher meets first,
  // silently; a user file that means to change one of ours replaces it by id.
  std::unordered_map<std::string, const Category*> owner;  // folded label -> category
  for (const Category& c : categories_) {
    for (const Label& label : c.labels) {
      auto [it, fresh] = owner.emplace(FoldCase(label.text), &c);
      if (fresh || it->second == &c) continue;
      const Category& first = *it->second;
      std::string where = first.file + ":" + std::to_string(LineOf(first, it->first));
      Fail(c.file, label.line,
           "label \"" + label.text + "\" of \"" + c.id + "\" already belongs to \"" + first.id +
               "\" (" + where + "); replace that category by its id to change it");
    }
  }
}

const Category* Thesaurus::Find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  return it == index_.end() ? nullptr : &categories_[it->second];
}

}  // namespace concepts
