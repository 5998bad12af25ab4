#include "edits/kept_parts.h"

#include <cstring>
#include <map>
#include <string>

#include "tei/render_tree.h"
#include "tei/xml_util.h"

namespace glossator::edits {
namespace {

std::map<std::string, pugi::xml_node> IdsOf(pugi::xml_node tei) {
  std::map<std::string, pugi::xml_node> ids;
  for (pugi::xml_node n = tei; n; n = tei::NextElementUnder(tei, n)) {
    if (const char* id = n.attribute("xml:id").value(); *id) ids.emplace(id, n);
  }
  return ids;
}

bool Generated(const std::string& id) { return id.rfind(kChoiceIdPrefix, 0) == 0; }

pugi::xml_node Corr(pugi::xml_node where, const Edit& e, pugi::xml_node before) {
  pugi::xml_node corr =
      before ? where.insert_child_before("corr", before) : where.append_child("corr");
  if (!e.resp.empty()) corr.append_attribute("resp") = e.resp.c_str();
  tei::AppendText(corr, e.correction);
  return corr;
}

void PlaceTextCorrection(const PlacedEdit& p, std::map<std::string, pugi::xml_node>& ids) {
  auto found = ids.find(p.choice_id);
  if (found == ids.end()) return;
  pugi::xml_node node = found->second;
  const Edit& e = *p.edit;
  if (tei::IsNamed(node, "choice")) {
    // Its content is the Document's text: the <sic>.
    pugi::xml_node sic = node.prepend_child("sic");
    while (sic.next_sibling()) sic.append_move(sic.next_sibling());
    node.remove_attribute("resp");
    Corr(node, e, pugi::xml_node());
    if (Generated(p.choice_id)) node.remove_attribute("xml:id");
    return;
  }
  if (!tei::IsNamed(node, "span")) return;
  // Stand-off: an insertion (an empty range), or a correction that crosses
  // other annotations. An insertion's anchor becomes the <corr>.
  std::string from = node.attribute("from").value(), to = node.attribute("to").value();
  if (from == to && from.size() > 1) {
    auto anchor = ids.find(from.substr(1));
    if (anchor != ids.end() && tei::IsNamed(anchor->second, "anchor")) {
      Corr(anchor->second.parent(), e, anchor->second);
      anchor->second.parent().remove_child(anchor->second);
      pugi::xml_node group = node.parent();
      group.remove_child(node);
      // An empty spanGrp or standOff is not TEI: they go too.
      if (!group.child("span")) {
        pugi::xml_node stand_off = group.parent();
        stand_off.remove_child(group);
        if (!stand_off.find_child(
                [](pugi::xml_node n) { return n.type() == pugi::node_element; })) {
          stand_off.parent().remove_child(stand_off);
        }
      }
      return;
    }
  }
  pugi::xml_node note = node.append_child("note");
  note.append_attribute("type") = "correction";
  tei::AppendText(note, e.correction);
}

pugi::xml_node StandOff(pugi::xml_node tei) {
  pugi::xml_node s = tei.child("standOff");
  return s ? s : tei.append_child("standOff");
}

void AddOrphan(const Edit& e, pugi::xml_node stand_off) {
  pugi::xml_node note = stand_off.append_child("note");
  note.append_attribute("type") = "orphaned-edit";
  if (!e.resp.empty()) note.append_attribute("resp") = e.resp.c_str();
  std::string said = std::string(EditKindName(e.kind)) + " " + e.Describe() + " on \u201C" +
                     e.quote.exact + "\u201D (after \u201C" + e.quote.prefix +
                     "\u201D, before \u201C" + e.quote.suffix + "\u201D)";
  if (e.kind == EditKind::kText) said += ", corrected to \u201C" + e.correction + "\u201D";
  said += "; its passage is not in this run's text";
  tei::AppendText(note, said);
}

// The categories of the edited file's taxonomies that the new file lacks.
void KeepCategories(pugi::xml_node old_header, pugi::xml_node header,
                    std::map<std::string, pugi::xml_node>& ids) {
  pugi::xml_node class_decl = header.child("encodingDesc").child("classDecl");
  for (pugi::xml_node taxonomy :
       old_header.child("encodingDesc").child("classDecl").children("taxonomy")) {
    std::string tax_id = taxonomy.attribute("xml:id").value();
    auto into = ids.find(tax_id);
    for (pugi::xml_node category : taxonomy.children("category")) {
      std::string id = category.attribute("xml:id").value();
      if (id.empty() || ids.count(id)) continue;
      if (into == ids.end()) {
        if (!class_decl) class_decl = header.child("encodingDesc").append_child("classDecl");
        pugi::xml_node t = class_decl.append_child("taxonomy");
        if (!tax_id.empty()) t.append_attribute("xml:id") = tax_id.c_str();
        into = ids.emplace(tax_id.empty() ? "#" : tax_id, t).first;
      }
      ids.emplace(id, into->second.append_copy(category));
    }
  }
}

}  // namespace

void AddKeptParts(const CarriedOver& carried, const EditedTei& edited, pugi::xml_node tei) {
  std::map<std::string, pugi::xml_node> ids = IdsOf(tei);
  for (const PlacedEdit& p : carried.placed) {
    if (!p.choice_id.empty()) PlaceTextCorrection(p, ids);
  }
  pugi::xml_node old_tei = edited.xml.document_element();
  pugi::xml_node old_stand_off = old_tei.child("standOff");
  bool any_notes = !carried.orphaned.empty();
  for (pugi::xml_node n : old_stand_off.children("note")) {
    any_notes |= std::strcmp(n.attribute("type").value(), "orphaned-edit") == 0;
  }
  if (any_notes) {
    pugi::xml_node stand_off = StandOff(tei);
    for (pugi::xml_node n : old_stand_off.children("note")) {
      if (std::strcmp(n.attribute("type").value(), "orphaned-edit") == 0) stand_off.append_copy(n);
    }
    for (const Edit* e : carried.orphaned) AddOrphan(*e, stand_off);
  }

  pugi::xml_node header = tei.child("teiHeader"), old_header = old_tei.child("teiHeader");
  pugi::xml_node title_stmt = header.child("fileDesc").child("titleStmt");
  for (pugi::xml_node r : old_header.child("fileDesc").child("titleStmt").children("respStmt")) {
    title_stmt.append_copy(r);
  }
  KeepCategories(old_header, header, ids);
  bool people_changed = false;
  for (pugi::xml_node c : old_header.child("revisionDesc").child("listChange").children("change")) {
    people_changed |= std::strcmp(c.attribute("who").value(), "#glossator") != 0;
  }
  if (people_changed || !carried.rejected_ids.empty()) {
    // revisionDesc goes last in the header: made here if the run made none.
    pugi::xml_node changes = tei::RevisionChanges(header);
    for (pugi::xml_node c :
         old_header.child("revisionDesc").child("listChange").children("change")) {
      if (std::strcmp(c.attribute("who").value(), "#glossator") != 0) changes.append_copy(c);
    }
    if (!carried.rejected_ids.empty()) {
      std::string list;
      for (const std::string& id : carried.rejected_ids) list += (list.empty() ? "" : " ") + id;
      pugi::xml_node change = changes.append_child("change");
      change.append_attribute("who") = "#glossator";
      change.append_attribute("type") = kRejectedAnnotationsChange;
      tei::AppendText(change, list);
    }
  }
}

}  // namespace glossator::edits
