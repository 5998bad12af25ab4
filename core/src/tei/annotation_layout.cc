#include "tei/annotation_layout.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

#include "edits/machine_id.h"
#include "tei/body_builder.h"
#include "tei/schema.h"
#include "text/normalize.h"

namespace glossator::tei {
namespace {

constexpr int kEndRank = 0, kAnchorRank = 1, kStartRank = 3;
static_assert(kAnchorRank < kPageBreakRank && kPageBreakRank < kStartRank);

// One annotation on its way to the TEI.
struct Prepared {
  size_t index = 0;  // in Annotations::items
  const Annotation* a = nullptr;
  std::string element;
  Attributes rendered;      // from the type's template
  std::string id;           // the template's xml:id, claimed for it; "" when none
  bool id_refused = false;  // the template's xml:id could not be given to it
  // That xml:id, when structure or the header had it (not another
  // annotation): pointers to it follow the id this annotation gets instead.
  std::string renamed_from;
  // A machine annotation's identity (edits/machine_id.h), claimed, when its
  // template gives no xml:id; "" for a person's annotation (Annotation::by_person).
  std::string machine_id;
  std::string written_id;  // the xml:id it was written with, once laid out
  int depth = 0;           // how many ancestors (Annotation::parent) it has
  bool inline_ok = false;
  bool entry = false;  // written as a reference entry's <bibl>
};

// A block-level element of the body: a block, or a reference entry in place
// of the block(s) it covers.
struct Unit {
  size_t begin = 0, end = 0;
  size_t block = 0;       // its (first) block: where its marks go
  std::string container;  // its element: p, head, item, note or bibl
  std::string id;
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

const std::string* FindAttribute(const Annotation& a, std::string_view key) {
  for (const auto& [k, v] : a.attributes) {
    if (k == key) return &v;
  }
  return nullptr;
}

// "name=template;..." with {key} replaced by a's attribute key; an item naming
// a key a does not have is left out, as is an item without a name.
Attributes RenderTemplate(const std::string& spec, const Annotation& a) {
  Attributes out;
  size_t pos = 0;
  while (pos <= spec.size()) {
    size_t semi = std::min(spec.find(';', pos), spec.size());
    std::string_view item = Trim(std::string_view(spec).substr(pos, semi - pos));
    pos = semi + 1;
    size_t eq = item.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view name = Trim(item.substr(0, eq)), tmpl = Trim(item.substr(eq + 1));
    if (name.empty()) continue;
    std::string value;
    bool missing = false;
    for (size_t i = 0; i < tmpl.size();) {
      size_t close = tmpl[i] == '{' ? tmpl.find('}', i) : std::string_view::npos;
      if (close == std::string_view::npos) {
        value += tmpl[i++];
        continue;
      }
      const std::string* v = FindAttribute(a, tmpl.substr(i + 1, close - i - 1));
      if (!v) {
        missing = true;
        break;
      }
      value += *v;
      i = close + 1;
    }
    if (!missing) out.emplace_back(std::string(name), std::move(value));
  }
  return out;
}

bool HasAttribute(const Attributes& attributes, std::string_view name) {
  return std::any_of(attributes.begin(), attributes.end(),
                     [&](const auto& kv) { return kv.first == name; });
}

Attributes WithoutId(const Attributes& attributes) {
  Attributes out;
  for (const auto& kv : attributes) {
    if (kv.first != "xml:id") out.push_back(kv);
  }
  return out;
}

Status CheckRange(const Document& doc, const Annotation& a, size_t index) {
  const std::string& text = doc.text();
  auto where = [&] {
    return "annotation " + std::to_string(index + 1) + " (id " + std::to_string(a.id) + ", " +
           a.type + (a.plugin.empty() ? "" : " by " + a.plugin) + ", bytes [" +
           std::to_string(a.begin) + ", " + std::to_string(a.end) + "))";
  };
  if (a.begin > a.end || a.end > text.size()) {
    return Status::InvalidArgument(where() + ": the range is not within the text (" +
                                   std::to_string(text.size()) + " bytes)");
  }
  for (size_t x : {a.begin, a.end}) {
    if (text::SplitsUtf8Character(text, x)) {
      return Status::InvalidArgument(where() + ": offset " + std::to_string(x) +
                                     " splits a UTF-8 character");
    }
  }
  return Status::Ok();
}

class Layout {
 public:
  Layout(const Document& doc, const Annotations& annotations, IdSet& ids)
      : doc_(doc), annotations_(annotations), ids_(ids) {}

  Result<AnnotationLayout> Run();

 private:
  void Prepare();
  void ClaimTemplateId(Prepared& p);
  // Chooses the reference entries and gives them their ids and attributes.
  void FindEntries();
  void BuildUnits();
  // The unit whose text holds [begin, end), or npos.
  size_t UnitHolding(size_t begin, size_t end) const;
  void ChooseInline(size_t unit, std::vector<Prepared*>& candidates);
  void AddStandOff(Prepared& p);
  // Records that p got id instead of the xml:id its template asked for.
  void NoteRename(const Prepared& p, const std::string& id);
  void PlaceAnchor(size_t offset, const std::string& id, size_t order);
  Attributes OwnAttributes(const Annotation& a) const;

  const Document& doc_;
  const Annotations& annotations_;
  IdSet& ids_;
  std::vector<Prepared> prepared_;
  std::set<std::string> template_ids_;  // the xml:ids given to annotations' templates
  std::vector<Unit> units_;             // in text order
  AnnotationLayout out_;
  size_t opened_ = 0;  // inline elements so far: their order of opening
};

Result<AnnotationLayout> Layout::Run() {
  for (size_t i = 0; i < annotations_.items.size(); ++i) {
    if (Status s = CheckRange(doc_, annotations_.items[i], i); !s.ok()) return s;
  }
  size_t blocks = doc_.blocks().size();
  out_.body.in_block.resize(blocks);
  out_.body.before.resize(blocks);
  Prepare();
  FindEntries();
  BuildUnits();

  // Inline candidates, by unit.
  std::vector<std::vector<Prepared*>> by_unit(units_.size());
  for (Prepared& p : prepared_) {
    if (!p.inline_ok) continue;
    size_t u = UnitHolding(p.a->begin, p.a->end);
    if (u < units_.size()) {
      by_unit[u].push_back(&p);
    } else {
      p.inline_ok = false;
    }
  }
  for (size_t u = 0; u < units_.size(); ++u) ChooseInline(u, by_unit[u]);
  for (Prepared& p : prepared_) {
    if (!p.inline_ok && !p.entry) AddStandOff(p);
    if (!p.a->by_person) out_.machine_ids.push_back(p.written_id);
  }

  auto by_position = [](const InlineMark& x, const InlineMark& y) {
    return std::tie(x.offset, x.rank, x.order) < std::tie(y.offset, y.rank, y.order);
  };
  for (auto& marks : out_.body.in_block) std::sort(marks.begin(), marks.end(), by_position);
  for (auto& marks : out_.body.before) std::sort(marks.begin(), marks.end(), by_position);
  std::sort(out_.body.after_last.begin(), out_.body.after_last.end(), by_position);
  return std::move(out_);
}

// How many ancestors (Annotation::parent) each of items has; ids 0 and
// unknown ids are no parent. Each chain is walked once, its depths filled in
// on the way back, not once per member: a plugin's chain of 100,000 parents
// would cost 100,000 squared steps. A cycle (a plugin's own parents always
// come first, so only an edited file could hold one) is counted from where
// it closes.
std::vector<int> Depths(const std::vector<Annotation>& items,
                        const std::map<uint64_t, size_t>& by_id) {
  constexpr int kUnknown = -1, kOnPath = -2;
  std::vector<int> depth(items.size(), kUnknown);
  std::vector<size_t> path;
  for (size_t i = 0; i < items.size(); ++i) {
    path.clear();
    size_t at = i;
    bool at_root = false;
    while (depth[at] == kUnknown) {
      depth[at] = kOnPath;
      path.push_back(at);
      auto parent = items[at].parent == 0 ? by_id.end() : by_id.find(items[at].parent);
      if (parent == by_id.end()) {
        at_root = true;
        break;
      }
      at = parent->second;
    }
    // The depth of the last one on the path: a root's is 0; one below a
    // known depth is one more; one whose parent is on the path closes a cycle.
    int next = at_root || depth[at] == kOnPath ? 0 : depth[at] + 1;
    for (size_t k = path.size(); k-- > 0;) depth[path[k]] = next++;
  }
  return depth;
}

void Layout::Prepare() {
  const std::vector<Annotation>& items = annotations_.items;
  std::map<uint64_t, size_t> by_id;
  for (size_t i = 0; i < items.size(); ++i) by_id.emplace(items[i].id, i);
  const std::vector<int> depths = Depths(items, by_id);
  prepared_.resize(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    Prepared& p = prepared_[i];
    p.index = i;
    p.a = &items[i];
    p.depth = depths[i];
    const AnnotationType* type = annotations_.TypeOf(p.a->type);
    if (type) p.rendered = RenderTemplate(type->tei_attributes, *p.a);
    p.element = type && !type->tei_element.empty() ? type->tei_element : "seg";
    if (p.element == "seg" && !HasAttribute(p.rendered, "type")) {
      p.rendered.insert(p.rendered.begin(), {"type", ToTeiWord(p.a->type, "annotation")});
    }
    ClaimTemplateId(p);
    if (p.id.empty() && !p.a->by_person) {
      p.machine_id = ids_.ClaimUnique(edits::MachineId(doc_.text(), *p.a));
    }
    p.inline_ok = p.a->begin < p.a->end && !p.id_refused && IsInlineElement(p.element) &&
                  CheckAttributes(p.element, p.rendered).empty();
  }
}

void Layout::ClaimTemplateId(Prepared& p) {
  for (const auto& [name, value] : p.rendered) {
    if (name != "xml:id") continue;
    if (p.id.empty() && IsNcName(value) && ids_.Claim(value)) {
      p.id = value;
      template_ids_.insert(value);
      continue;
    }
    p.id_refused = true;
    // Another annotation's: pointers to it mean that one.
    if (p.renamed_from.empty() && !template_ids_.count(value)) p.renamed_from = value;
  }
  if (!p.id.empty()) p.renamed_from.clear();
}

void Layout::FindEntries() {
  std::vector<EntryCandidate> candidates;
  for (const Prepared& p : prepared_) {
    if (p.element == "bibl" && p.a->begin < p.a->end &&
        CheckAttributes("bibl", WithoutId(p.rendered)).empty()) {
      candidates.push_back({p.index, p.a->begin, p.a->end});
    }
  }
  out_.body.entries = FindReferenceEntries(doc_, candidates);
  std::set<size_t> named_blocks;  // blocks whose own id an entry took
  for (ReferenceEntry& e : out_.body.entries.entries) {
    Prepared& p = prepared_[e.annotation];
    p.entry = true;
    p.inline_ok = false;
    // Without a template id, the id of the block it stands for, as before
    // machine ids: an entry replaces its block (rule 2), and citations'
    // pointers may name it.
    std::string id = p.id;
    if (id.empty()) {
      // The block's own id is free: its element is not written.
      std::string block_id = BlockElementId(doc_, e.first_block);
      id = named_blocks.insert(e.first_block).second ? block_id : ids_.ClaimUnique(block_id);
    }
    NoteRename(p, id);
    p.written_id = id;
    e.attributes = {{"xml:id", id}};
    for (auto& kv : WithoutId(p.rendered)) e.attributes.push_back(std::move(kv));
    for (auto& kv : OwnAttributes(*p.a)) e.attributes.push_back(std::move(kv));
  }
}

void Layout::BuildUnits() {
  const ReferenceEntries& entries = out_.body.entries;
  for (size_t i = 0; i < doc_.blocks().size(); ++i) {
    if (const Table* table = doc_.TableAt(i); table && !entries.Holds(i)) {
      // A table's cells: an annotation inline stays inside one.
      for (size_t r = 0; r < table->rows.size(); ++r) {
        for (size_t c = 0; c < table->rows[r].size(); ++c) {
          const TableCell& cell = table->rows[r][c];
          if (cell.end > cell.begin) {
            units_.push_back(
                {cell.begin, cell.end, i, "cell", TableCellId(doc_, i, r, cell.column)});
          }
        }
      }
      continue;
    }
    if (!entries.Holds(i)) {
      auto [begin, end] = BlockRange(doc_, i);
      units_.push_back({begin, end, i, BlockElementName(doc_, i), BlockElementId(doc_, i)});
      continue;
    }
    for (size_t k : entries.of_block[i]) {
      const ReferenceEntry& e = entries.entries[k];
      if (e.first_block == i) units_.push_back({e.begin, e.end, i, "bibl", e.attributes[0].second});
    }
  }
}

size_t Layout::UnitHolding(size_t begin, size_t end) const {
  size_t i = std::partition_point(units_.begin(), units_.end(),
                                  [&](const Unit& u) { return u.end < begin; }) -
             units_.begin();
  for (; i < units_.size() && units_[i].begin <= begin; ++i) {
    if (end <= units_[i].end) return i;
  }
  return units_.size();
}

void Layout::NoteRename(const Prepared& p, const std::string& id) {
  if (!p.renamed_from.empty() && p.renamed_from != id) out_.renamed.emplace(p.renamed_from, id);
}

void Layout::ChooseInline(size_t unit, std::vector<Prepared*>& candidates) {
  std::sort(candidates.begin(), candidates.end(), [](const Prepared* x, const Prepared* y) {
    if (x->a->begin != y->a->begin) return x->a->begin < y->a->begin;
    if (x->a->end != y->a->end) return x->a->end > y->a->end;
    if (x->depth != y->depth) return x->depth < y->depth;
    return x->index < y->index;
  });
  struct Open {
    size_t end;
    const std::string* element;
  };
  std::vector<Open> open;
  const std::string& container = units_[unit].container;
  std::vector<InlineMark>& marks = out_.body.in_block[units_[unit].block];
  for (Prepared* p : candidates) {
    while (!open.empty() && open.back().end <= p->a->begin) open.pop_back();
    bool crosses = !open.empty() && p->a->end > open.back().end;
    const std::string& parent = open.empty() ? container : *open.back().element;
    if (crosses || !CanContain(parent, p->element)) {
      p->inline_ok = false;
      continue;
    }
    open.push_back({p->a->end, &p->element});
    size_t order = opened_++;
    InlineMark start;
    start.kind = InlineMark::Kind::kStart;
    start.offset = p->a->begin;
    start.rank = kStartRank;
    start.order = order;
    start.name = p->element;
    start.attributes = p->rendered;
    for (auto& kv : OwnAttributes(*p->a)) start.attributes.push_back(std::move(kv));
    // Last, so that the element reads as before ids were given.
    if (!p->machine_id.empty()) start.attributes.emplace_back("xml:id", p->machine_id);
    p->written_id = p->id.empty() ? p->machine_id : p->id;
    InlineMark end;
    end.kind = InlineMark::Kind::kEnd;
    end.offset = p->a->end;
    end.rank = kEndRank;
    end.order = std::numeric_limits<size_t>::max() - order;  // innermost ends first
    marks.push_back(std::move(start));
    marks.push_back(std::move(end));
  }
}

Attributes Layout::OwnAttributes(const Annotation& a) const {
  Attributes own;
  if (a.by_person) {
    if (!a.resp.empty()) own.emplace_back("resp", a.resp);
  } else if (!a.plugin.empty()) {
    own.emplace_back("resp", "#" + PluginIdent(a.plugin));
  }
  if (a.confidence >= 0) {
    std::string cert = FormatCertainty(a.confidence);
    if (!cert.empty()) own.emplace_back("cert", cert);
  }
  return own;
}

void Layout::PlaceAnchor(size_t offset, const std::string& id, size_t order) {
  InlineMark m;
  m.kind = InlineMark::Kind::kAnchor;
  m.offset = offset;
  m.rank = kAnchorRank;
  m.order = order;
  m.name = id;
  const std::vector<Block>& blocks = doc_.blocks();
  size_t i = std::partition_point(blocks.begin(), blocks.end(),
                                  [&](const Block& b) { return b.end < offset; }) -
             blocks.begin();
  for (; i < blocks.size(); ++i) {
    auto [b, e] = BlockRange(doc_, i);
    if (b > offset) break;  // between blocks: before block i
    if (offset <= e) {
      out_.body.in_block[i].push_back(std::move(m));
      return;
    }
  }
  if (i < blocks.size()) {
    out_.body.before[i].push_back(std::move(m));
  } else {
    out_.body.after_last.push_back(std::move(m));
  }
}

void Layout::AddStandOff(Prepared& p) {
  const Annotation& a = *p.a;
  std::string n = std::to_string(p.index + 1);
  StandOffSpan span;
  span.group = ToTeiWord(a.type, "annotation");
  if (a.by_person) {
    // A person's annotation: its type is the edit's (edits/), the group
    // what its element says it is (<span type="vignette">: "vignette").
    for (const auto& [name, value] : p.rendered) {
      if (name == "type") span.group = ToTeiWord(value, "annotation");
    }
  }
  std::string id = !p.id.empty()           ? p.id
                   : !p.machine_id.empty() ? p.machine_id
                                           : ids_.ClaimUnique("s" + n);
  p.written_id = id;
  NoteRename(p, id);

  // Whole blocks or entries (rule 6), else anchors.
  std::string from, to;
  if (a.begin < a.end) {
    size_t first = units_.size(), last = units_.size();
    size_t start = std::partition_point(units_.begin(), units_.end(),
                                        [&](const Unit& u) { return u.end < a.begin; }) -
                   units_.begin();
    for (size_t i = start; i < units_.size(); ++i) {
      const Unit& u = units_[i];
      if (first == units_.size() && u.begin == a.begin) first = i;
      if (first != units_.size() && u.end == a.end) last = i;
      if (u.begin > a.end) break;
    }
    if (first < units_.size() && last < units_.size()) {
      from = units_[first].id;
      to = units_[last].id;
    }
  }
  size_t order = 2 * p.index;
  if (from.empty() && a.begin == a.end) {
    from = to = ids_.ClaimUnique("a" + n);
    PlaceAnchor(a.begin, from, order);
  } else if (from.empty()) {
    from = ids_.ClaimUnique("a" + n + ".b");
    to = ids_.ClaimUnique("a" + n + ".e");
    PlaceAnchor(a.begin, from, order);
    PlaceAnchor(a.end, to, order + 1);
  }

  span.attributes = {{"xml:id", id}, {"type", span.group}, {"from", "#" + from}, {"to", "#" + to}};
  for (auto& kv : OwnAttributes(a)) span.attributes.push_back(std::move(kv));
  for (const auto& [name, value] : p.rendered) {
    if (name == "xml:id" && value == p.id) continue;      // the span's own id
    if (name == "type" && value == span.group) continue;  // says what the span's type says
    if (SpanTakes(name, value) && !HasAttribute(span.attributes, name)) {
      span.attributes.emplace_back(name, value);
    } else {
      span.notes.emplace_back(name, value);
    }
  }
  out_.spans.push_back(std::move(span));
}

}  // namespace

std::string IdSet::ClaimUnique(const std::string& base) {
  if (Claim(base)) return base;
  // Resumes where the last search for base stopped, so that n repeats of one
  // base cost n claims, not n squared.
  size_t& k = next_suffix_.try_emplace(base, 2).first->second;
  for (;; ++k) {
    std::string id = base + "_" + std::to_string(k);
    if (Claim(id)) return id;
  }
}

std::string PluginIdent(const std::string& plugin) {
  return "glossator-" + ToXmlName(plugin, "plugin");
}

void ClaimStructuralIds(const Document& doc, IdSet& ids) {
  ids.Claim("d0");
  for (size_t i = 0; i < doc.blocks().size(); ++i) {
    std::string n = std::to_string(i);
    for (const char* prefix : {"d", "h", "p", "list", "li", "n", "listBibl", "t", "fig", "code"}) {
      ids.Claim(prefix + n);
    }
  }
  ids.Claim(kReferencesDivId);
  for (size_t p = 0; p < doc.pages().size(); ++p) ids.Claim(SurfaceId(p));
}

Result<AnnotationLayout> LayOutAnnotations(const Document& doc, const Annotations& annotations,
                                           IdSet& ids) {
  return Layout(doc, annotations, ids).Run();
}

}  // namespace glossator::tei
