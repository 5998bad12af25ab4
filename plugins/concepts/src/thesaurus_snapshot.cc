// The thesaurus's categories written and read back (thesaurus.h,
// WriteTables and ReadTables), field by field in declaration order.
#include <string>
#include <unordered_map>
#include <utility>

#include "snapshot_io.h"
#include "thesaurus.h"

namespace concepts {
namespace {

void WriteInt(SnapshotWriter& w, int v) { w.U32(static_cast<uint32_t>(v)); }
int ReadInt(SnapshotReader& r) { return static_cast<int>(r.U32()); }

}  // namespace

void Thesaurus::WriteTables(SnapshotWriter& w) const {
  w.U64(categories_.size());
  for (const Category& c : categories_) {
    w.String(c.id);
    w.String(c.preferred);
    w.Strings(c.alts);
    w.U64(c.labels.size());
    for (const Label& label : c.labels) {
      w.String(label.text);
      w.U32(label.ambiguous ? 1 : 0);
      WriteInt(w, label.line);
      w.String(label.xml_id);
      WriteInt(w, label.rule);
    }
    w.Strings(c.broader);
    w.Strings(c.schools);
    w.Strings(c.theorists);
    w.String(c.definition);
    w.Strings(c.cues);
    WriteInt(w, c.window);
    w.Strings(c.everyday);
    WriteInt(w, c.everyday_window);
    w.U64(c.label_rules.size());
    for (const SenseRule& rule : c.label_rules) {
      w.Strings(rule.cues);
      WriteInt(w, rule.window);
      w.Strings(rule.everyday);
      WriteInt(w, rule.everyday_window);
    }
    w.Strings(c.excluded);
    std::vector<int32_t> broader_lines(c.broader_lines.begin(), c.broader_lines.end());
    w.Array(broader_lines);
  }
}

bool Thesaurus::ReadTables(SnapshotReader& r, const std::string& name) {
  categories_.clear();
  index_.clear();
  std::vector<Category> categories(r.Count(14 * sizeof(uint64_t)));
  for (Category& c : categories) {
    c.id = r.String();
    c.preferred = r.String();
    c.alts = r.Strings();
    c.labels.resize(r.Count(2 * sizeof(uint64_t) + 3 * sizeof(uint32_t)));
    for (Label& label : c.labels) {
      label.text = r.String();
      label.ambiguous = r.U32() != 0;
      label.line = ReadInt(r);
      label.xml_id = r.String();
      label.rule = ReadInt(r);
    }
    c.broader = r.Strings();
    c.schools = r.Strings();
    c.theorists = r.Strings();
    c.definition = r.String();
    c.cues = r.Strings();
    c.window = ReadInt(r);
    c.everyday = r.Strings();
    c.everyday_window = ReadInt(r);
    c.label_rules.resize(r.Count(2 * sizeof(uint64_t) + 2 * sizeof(uint32_t)));
    for (SenseRule& rule : c.label_rules) {
      rule.cues = r.Strings();
      rule.window = ReadInt(r);
      rule.everyday = r.Strings();
      rule.everyday_window = ReadInt(r);
    }
    c.excluded = r.Strings();
    std::vector<int32_t> broader_lines = r.Array<int32_t>();
    c.broader_lines.assign(broader_lines.begin(), broader_lines.end());
    c.file = name;
    for (const Label& label : c.labels) {
      if (label.rule >= static_cast<int>(c.label_rules.size())) r.Fail();
    }
    if (!r.ok()) break;
  }
  std::unordered_map<std::string, size_t> index;
  index.reserve(categories.size());
  for (size_t i = 0; i < categories.size() && r.ok(); ++i) {
    if (!index.emplace(categories[i].id, i).second) r.Fail();  // an id twice
  }
  if (!r.ok()) return false;
  categories_ = std::move(categories);
  index_ = std::move(index);
  return true;
}

}  // namespace concepts
