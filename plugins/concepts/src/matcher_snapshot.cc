// The matcher's tables written and read back (matcher.h, WriteTables and
// ReadTables): every table the constructor leaves, in member order (not
// lexemes_, emptied once built); the flat tables as they lie, so that a
// snapshot is the same bytes whenever the same thesaurus is built; the rule
// pointers as indices.
#include <functional>
#include <string>
#include <utility>

#include "matcher.h"
#include "snapshot_io.h"

namespace concepts {
namespace {

template <typename Rule>
void WriteRules(SnapshotWriter& w, const std::vector<Rule>& rules) {
  w.U64(rules.size());
  for (const Rule& rule : rules) {
    w.Array(rule.cues);
    w.Array(rule.everyday);
    w.U64(rule.window);
    w.U64(rule.everyday_window);
  }
}

template <typename Rule>
std::vector<Rule> ReadRules(SnapshotReader& r) {
  std::vector<Rule> rules(r.Count(4 * sizeof(uint64_t)));
  for (Rule& rule : rules) {
    rule.cues = r.Array<uint32_t>();
    rule.everyday = r.Array<uint32_t>();
    rule.window = static_cast<size_t>(r.U64());
    rule.everyday_window = static_cast<size_t>(r.U64());
  }
  return rules;
}

}  // namespace

void Matcher::WriteTables(SnapshotWriter& w) const {
  w.U64(labels_.size());
  for (const LabelInfo& label : labels_) {
    w.U32(label.category);
    w.U32(label.index_in_category);
    w.String(label.folded);
  }
  surface_.Write(w);
  stems_.Write(w);
  prefix_hashes_.Write(w);
  joined_filter_.Write(w);
  w.Array(root_);
  edges_.Write(w);
  w.U64(terminals_.size());
  for (const std::vector<Entry>& entries : terminals_) {
    w.U64(entries.size());
    for (const Entry& e : entries) {
      w.U32(e.category);
      w.U32(e.label);
      w.U32(e.ambiguous ? 1 : 0);
    }
  }
  w.Array(is_terminal_);
  w.Array(child_bloom_);
  WriteRules(w, category_rules_);
  WriteRules(w, label_rules_);
  // A label's rule: 0 and an index into category_rules_, or 1 and one into label_rules_.
  std::less<const Rule*> before;
  for (const Rule* rule : rule_of_label_) {
    bool own = !label_rules_.empty() && !before(rule, label_rules_.data()) &&
               before(rule, label_rules_.data() + label_rules_.size());
    w.U32(own ? 1 : 0);
    w.U64(static_cast<uint64_t>(own ? rule - label_rules_.data() : rule - category_rules_.data()));
  }
  w.U64(excluded_.size());
  for (const std::vector<std::string>& words : excluded_) w.Strings(words);
  w.Array(depth_);
  w.U64(confirms_.size());
  for (const std::vector<uint32_t>& labels : confirms_) w.Array(labels);
}

std::unique_ptr<Matcher> Matcher::ReadTables(const Thesaurus& thesaurus, SnapshotReader& r) {
  std::unique_ptr<Matcher> m(new Matcher(thesaurus, FromSnapshotTag{}));
  if (!m->ReadOwnTables(r)) return nullptr;
  return m;
}

bool Matcher::ReadOwnTables(SnapshotReader& r) {
  const std::vector<Category>& categories = thesaurus_.categories();
  labels_.resize(r.Count(2 * sizeof(uint32_t) + sizeof(uint64_t)));
  for (LabelInfo& label : labels_) {
    label.category = r.U32();
    label.index_in_category = r.U32();
    label.folded = r.String();
    if (label.category >= categories.size() ||
        label.index_in_category >= categories[label.category].labels.size()) {
      return false;
    }
  }
  if (!surface_.Read(r) || !stems_.Read(r)) return false;
  if (!prefix_hashes_.Read(r) || !joined_filter_.Read(r)) return false;
  root_ = r.Array<uint32_t>();
  if (!edges_.Read(r)) return false;
  terminals_.resize(r.Count(sizeof(uint64_t)));
  for (std::vector<Entry>& entries : terminals_) {
    entries.resize(r.Count(3 * sizeof(uint32_t)));
    for (Entry& e : entries) {
      e.category = r.U32();
      e.label = r.U32();
      e.ambiguous = r.U32() != 0;
      if (e.category >= categories.size() || e.label >= labels_.size()) return false;
    }
  }
  is_terminal_ = r.Array<uint8_t>();
  child_bloom_ = r.Array<std::array<uint64_t, 2>>();
  const size_t nodes = terminals_.size();
  if (nodes == 0 || is_terminal_.size() != nodes || child_bloom_.size() != nodes) return false;
  for (uint32_t node : root_) {
    if (node >= nodes) return false;
  }
  bool edges_in_trie = true;
  edges_.ForEach([&](uint64_t, uint32_t node) { edges_in_trie &= node < nodes; });
  // A text form's lexeme indexes root_ (Child).
  bool lexemes_in_root = true;
  surface_.ForEach(
      [&](std::string_view, uint32_t lexeme) { lexemes_in_root &= lexeme < root_.size(); });
  if (!edges_in_trie || !lexemes_in_root) return false;
  category_rules_ = ReadRules<Rule>(r);
  label_rules_ = ReadRules<Rule>(r);
  rule_of_label_.resize(labels_.size());
  for (const Rule*& rule : rule_of_label_) {
    bool own = r.U32() != 0;
    uint64_t i = r.U64();
    const std::vector<Rule>& rules = own ? label_rules_ : category_rules_;
    if (i >= rules.size()) return false;
    rule = &rules[static_cast<size_t>(i)];
  }
  excluded_.resize(r.Count(sizeof(uint64_t)));
  for (std::vector<std::string>& words : excluded_) words = r.Strings();
  depth_ = r.Array<uint32_t>();
  confirms_.resize(r.Count(sizeof(uint64_t)));
  for (std::vector<uint32_t>& labels : confirms_) {
    labels = r.Array<uint32_t>();
    for (uint32_t l : labels) {
      if (l >= labels_.size()) return false;
    }
  }
  return r.ok() && excluded_.size() == categories.size() && depth_.size() == categories.size() &&
         category_rules_.size() == categories.size() && confirms_.size() == labels_.size();
}

}  // namespace concepts
