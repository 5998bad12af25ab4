#include "edits/carry_over.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "edits/deleted_passages.h"
#include "edits/machine_id.h"
#include "edits/text_quote.h"

namespace glossator::edits {
namespace {

// "gl.3f9a0c71d2e4_2" -> "gl.3f9a0c71d2e4": a repeat's suffix depends on
// the order of the run, its base does not.
std::string BaseOf(const std::string& id) {
  if (!IsMachineId(id)) return id;
  size_t underscore = id.find('_');
  return underscore == std::string::npos ? id : id.substr(0, underscore);
}

// The key of the attribute a type's template makes the xml:id of
// ("xml:id={id}" -> "id"), or "".
std::string TemplateIdKey(const AnnotationType* type) {
  if (!type) return "";
  const std::string& t = type->tei_attributes;
  size_t at = t.find("xml:id={");
  if (at == std::string::npos) return "";
  size_t close = t.find('}', at);
  return close == std::string::npos ? "" : t.substr(at + 8, close - at - 8);
}

// What a machine annotation is, in Edit::Key's terms.
std::string KeyOf(const Annotations& run, const Annotation& a) {
  const AnnotationType* type = run.TypeOf(a.type);
  std::string element = type && !type->tei_element.empty() ? type->tei_element : "seg";
  if (element != "seg") return element;
  if (type) {
    const std::string& t = type->tei_attributes;
    size_t at = t.find("type=");
    if (at != std::string::npos && (at == 0 || t[at - 1] == ';' || t[at - 1] == ' ')) {
      size_t end = t.find(';', at);
      std::string value = t.substr(at + 5, end == std::string::npos ? end : end - at - 5);
      if (value.find('{') == std::string::npos) return value;
    }
  }
  return a.type;
}

struct Range {
  size_t begin = 0, end = 0;
};

bool Overlap(const Annotation& a, Range r) {
  if (a.begin == a.end || r.begin == r.end) return a.begin == r.begin && a.end == r.end;
  return a.begin < r.end && r.begin < a.end;
}

double ParseCert(const std::string& cert) {
  if (cert.empty()) return -1;
  char* end = nullptr;
  double v = std::strtod(cert.c_str(), &end);
  return end && *end == '\0' && v >= 0 && v <= 1 ? v : -1;
}

}  // namespace

CarriedOver CarryEditsOver(const Document& doc, const Annotations& run, const EditedTei& edited) {
  CarriedOver out;
  const CollapsedText collapsed = Collapse(doc.text());

  // Anchor every edit on the new text.
  struct Anchoring {
    const Edit* edit;
    Anchored at;
    Range raw;
  };
  std::vector<Anchoring> anchored;
  for (const Edit& e : edited.edits) {
    Anchored a = AnchorQuote(collapsed.text, e.quote, e.position);
    if (a.match == AnchorMatch::kNone) {
      out.orphaned.push_back(&e);
      continue;
    }
    Range raw;
    raw.begin = collapsed.original[a.begin];
    raw.end = a.end == a.begin ? raw.begin : collapsed.original[a.end - 1] + 1;
    anchored.push_back({&e, a, raw});
  }

  // Where the deleted ones are in the new text: a changed context gives the
  // machine's annotation there another id.
  struct Deleted {
    const DeletedPassage* passage;
    Range raw;
  };
  std::vector<DeletedPassage> passages = FindDeletedPassages(edited, run);
  std::vector<Deleted> deleted;
  for (const DeletedPassage& d : passages) {
    Anchored a = AnchorQuote(collapsed.text, d.quote, d.position);
    if (a.match == AnchorMatch::kNone || a.begin == a.end) continue;
    deleted.push_back({&d, {collapsed.original[a.begin], collapsed.original[a.end - 1] + 1}});
  }
  std::set<std::string> rejected(edited.rejected_ids.begin(), edited.rejected_ids.end());

  // The machine annotations the edits stand in for.
  std::set<std::string> replaced;  // ids: deleted, or carried by a correction or rejection
  for (const std::string& id : edited.rejected_ids) replaced.insert(BaseOf(id));
  for (const Anchoring& a : anchored) {
    if (!a.edit->machine_id.empty()) replaced.insert(BaseOf(a.edit->machine_id));
  }
  std::set<uint64_t> dropped;
  for (const Annotation& a : run.items) {
    std::string id;
    if (std::string key = TemplateIdKey(run.TypeOf(a.type)); !key.empty()) id = a.Attribute(key);
    if (id.empty()) id = MachineId(doc.text(), a);
    bool drop = replaced.count(id) > 0;
    for (const Deleted& d : deleted) {
      if (drop) break;
      if (a.plugin == d.passage->plugin && a.type == d.passage->type && a.begin == d.raw.begin &&
          a.end == d.raw.end) {
        drop = true;
        rejected.insert(id);  // honoured under its new id from now on
      }
    }
    std::string key;
    for (size_t k = 0; !drop && k < anchored.size(); ++k) {
      const Anchoring& e = anchored[k];
      if (e.edit->kind == EditKind::kText) continue;
      if (key.empty()) key = KeyOf(run, a);
      if (e.edit->Key() != key) continue;
      drop = e.edit->kind == EditKind::kAdded ? a.begin == e.raw.begin && a.end == e.raw.end
                                              : Overlap(a, e.raw);
    }
    if (drop) dropped.insert(a.id);
  }
  out.machine_dropped = dropped.size();

  out.annotations.categories = run.categories;
  out.annotations.types = run.types;
  out.annotations.applications = run.applications;
  uint64_t next_id = 1;
  for (const Annotation& a : run.items) {
    next_id = std::max(next_id, a.id + 1);
    if (!dropped.count(a.id)) out.annotations.items.push_back(a);
  }

  // One type per element the edits use, its template naming every
  // attribute they carry ("ref={ref};type={type}").
  std::map<std::string, std::vector<std::string>> attributes_of;  // element -> names
  for (const Anchoring& a : anchored) {
    std::vector<std::string>& names = attributes_of[a.edit->element];
    if (a.edit->kind == EditKind::kText && names.empty()) names.push_back("xml:id");
    for (const auto& kv : a.edit->attributes) {
      if (std::find(names.begin(), names.end(), kv.first) == names.end()) names.push_back(kv.first);
    }
  }
  for (const auto& [element, names] : attributes_of) {
    AnnotationType t;
    t.name = "edit:" + element;
    // A stand-off span goes inline as a seg where it now can (rule 6).
    t.tei_element = element == "span" ? "seg" : element == "corr" ? "choice" : element;
    for (const std::string& n : names) {
      if (!t.tei_attributes.empty()) t.tei_attributes += ';';
      t.tei_attributes += n + "={" + n + "}";
    }
    out.annotations.types.push_back(std::move(t));
  }

  size_t corrections = 0;
  for (const Anchoring& a : anchored) {
    Annotation n;
    n.id = next_id++;
    n.begin = a.raw.begin;
    n.end = a.raw.end;
    n.type = "edit:" + a.edit->element;
    n.attributes = a.edit->attributes;
    n.confidence = ParseCert(a.edit->cert);
    n.resp = a.edit->resp;
    n.by_person = true;
    PlacedEdit placed{a.edit, a.at.match, ""};
    if (a.edit->kind == EditKind::kText) {
      std::string id;
      for (const auto& kv : n.attributes) {
        if (kv.first == "xml:id") id = kv.second;
      }
      if (id.empty()) {
        id = kChoiceIdPrefix + std::to_string(++corrections);
        n.attributes.emplace_back("xml:id", id);
      }
      placed.choice_id = id;
    }
    out.placed.push_back(placed);
    out.annotations.items.push_back(std::move(n));
  }
  // Document order, as Annotations::items promises.
  std::stable_sort(out.annotations.items.begin(), out.annotations.items.end(),
                   [](const Annotation& x, const Annotation& y) {
                     if (x.begin != y.begin) return x.begin < y.begin;
                     return x.end > y.end;
                   });
  out.rejected_ids.assign(rejected.begin(), rejected.end());
  out.deletions_found = deleted.size();
  return out;
}

}  // namespace glossator::edits
