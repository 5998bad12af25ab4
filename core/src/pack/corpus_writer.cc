#include "pack/corpus_writer.h"

#include <cstring>
#include <set>
#include <sstream>

#include "tei/tei_namespace.h"

namespace glossator::pack {
namespace {

std::string Raw(const pugi::xml_node& node) {
  std::ostringstream out;
  node.print(out, "", pugi::format_raw);
  return out.str();
}

void AddText(pugi::xml_node parent, const char* name, const std::string& text) {
  parent.append_child(name).text() = text.c_str();
}

// Removes the attributes that belong to the reading the element came from.
void StripReadingAttributes(pugi::xml_node node) {
  if (node.type() != pugi::node_element) return;
  for (const char* name : {"xml:id", "resp", "cert"}) node.remove_attribute(name);
  for (pugi::xml_node child : node.children()) StripReadingAttributes(child);
}

void ReadingsList(pugi::xml_node source, const std::vector<SiteReading>& readings) {
  pugi::xml_node list = source.append_child("listBibl");
  list.append_attribute("type") = "readings";
  for (size_t i = 0; i < readings.size(); ++i) {
    const SiteReading& r = readings[i];
    pugi::xml_node bibl = list.append_child("bibl");
    bibl.append_attribute("n") = std::to_string(i + 1).c_str();
    if (r.summary) bibl.append_attribute("corresp") = ("#" + r.id).c_str();
    AddText(bibl, "title", r.title);
    if (r.summary) {
      for (const std::string& a : r.summary->authors) AddText(bibl, "author", a);
    }
    pugi::xml_node file = bibl.append_child("idno");
    file.append_attribute("type") = "file";
    file.text() = (r.id + ".xml").c_str();
    if (r.summary) {
      pugi::xml_node measure = bibl.append_child("extent").append_child("measure");
      measure.append_attribute("unit") = "pages";
      measure.append_attribute("quantity") = std::to_string(r.summary->pages).c_str();
    }
    if (!r.week.empty()) {
      pugi::xml_node week = bibl.append_child("note");
      week.append_attribute("type") = "week";
      week.text() = r.week.c_str();
    }
    if (!r.failure.empty()) {
      pugi::xml_node failed = bibl.append_child("note");
      failed.append_attribute("type") = "failed";
      failed.text() = r.failure.c_str();
    }
  }
}

// An editor's work as the editor wrote it. Its corresp stays as written, so
// that an entry whose reading is gone for a run is claimed again when it is
// back; the entries it lists that are not in the pack now are named in a
// note (Glossator's, written anew on each run), so that nothing the editor
// said is lost or silently pointing nowhere.
void EditorsBibl(pugi::xml_node list, const MergedWork& w, const std::string& present) {
  pugi::xml_document fragment;
  pugi::xml_node bibl;
  if (fragment.load_string(w.edited->entry.xml.c_str(),
                           pugi::parse_default | pugi::parse_ws_pcdata)) {
    bibl = list.append_copy(fragment.first_child());
  } else {
    bibl = list.append_child("bibl");  // not reached: it was read from XML
    bibl.text() = w.text.c_str();
  }
  bibl.remove_attribute("xml:id");
  bibl.prepend_attribute("xml:id") = w.xml_id.c_str();
  for (pugi::xml_node note = bibl.child("note"); note;) {
    pugi::xml_node next = note.next_sibling("note");
    if (std::strcmp(note.attribute("type").value(), kOrphanedEditNote) == 0)
      bibl.remove_child(note);
    note = next;
  }
  std::set<std::string> still;
  std::istringstream pointers(present);
  for (std::string p; pointers >> p;) still.insert(p.substr(1));
  std::string gone;
  for (const std::string& m : w.edited->members) {
    if (!still.count(m)) gone += (gone.empty() ? "#" : " #") + m;
  }
  if (!gone.empty()) {
    pugi::xml_node note = bibl.append_child("note");
    note.append_attribute("type") = kOrphanedEditNote;
    note.text() = ("Not in the pack on this run: " + gone).c_str();
  }
}

void Bibliography(pugi::xml_node source, const std::vector<SiteReading>& readings,
                  const std::vector<MergedWork>& works) {
  if (works.empty()) return;  // TEI has no empty <listBibl>
  pugi::xml_node list = source.append_child("listBibl");
  list.append_attribute("type") = "bibliography";
  list.append_attribute("xml:id") = "pack-bibliography";
  for (const MergedWork& w : works) {
    std::string corresp;
    for (const Citing& c : w.citing) {
      corresp += (corresp.empty() ? "#" : " #") + readings[c.reading].id + "." + c.bibl_id;
    }
    // The fullest entry as its reading wrote it, less what points into that reading.
    const BiblEntry* fullest = nullptr;
    for (const Citing& c : w.citing) {
      for (const BiblEntry& e : readings[c.reading].summary->entries) {
        if (e.xml_id == c.bibl_id && e.text == w.text) fullest = &e;
      }
    }
    pugi::xml_document fragment;
    pugi::xml_node bibl;
    if (w.edited) {
      EditorsBibl(list, w, corresp);
      continue;
    }
    if (fullest &&
        fragment.load_string(fullest->xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata)) {
      bibl = list.append_copy(fragment.first_child());
      StripReadingAttributes(bibl);
      bibl.remove_attribute("corresp");
    } else {
      bibl = list.append_child("bibl");
      bibl.text() = w.text.c_str();
    }
    bibl.prepend_attribute("xml:id") = w.xml_id.c_str();
    bibl.append_attribute("corresp") = corresp.c_str();
  }
}

void Taxonomy(pugi::xml_node header, const std::vector<ConceptEntry>& concepts) {
  std::set<std::string> known;
  for (const ConceptEntry& c : concepts) known.insert(c.id);
  pugi::xml_node taxonomy =
      header.append_child("encodingDesc").append_child("classDecl").append_child("taxonomy");
  taxonomy.append_attribute("xml:id") = "pack-concepts";
  for (const ConceptEntry& c : concepts) {
    pugi::xml_node category = taxonomy.append_child("category");
    category.append_attribute("xml:id") = c.id.c_str();
    pugi::xml_node desc = category.append_child("catDesc");
    AddText(desc, "term", c.info.label);
    if (!c.info.broader.empty() && known.count(c.info.broader)) {
      pugi::xml_node ptr = desc.append_child("ptr");
      ptr.append_attribute("type") = "broader";
      ptr.append_attribute("target") = ("#" + c.info.broader).c_str();
    }
    if (!c.info.gloss.empty()) AddText(desc, "gloss", c.info.gloss);
  }
}

void ConceptIndexList(pugi::xml_node stand_off, const std::vector<SiteReading>& readings,
                      const std::vector<ConceptEntry>& concepts) {
  if (concepts.empty()) return;  // TEI has no empty <list>
  pugi::xml_node list = stand_off.append_child("list");
  list.append_attribute("type") = "concept-index";
  for (const ConceptEntry& c : concepts) {
    pugi::xml_node item = list.append_child("item");
    item.append_attribute("corresp") = ("#" + c.id).c_str();
    item.append_attribute("n") = std::to_string(c.occurrences).c_str();
    pugi::xml_node term = item.append_child("term");
    term.append_attribute("ref") = ("#" + c.id).c_str();
    term.text() = c.info.label.c_str();
    pugi::xml_node per_reading = item.append_child("list");
    for (const ConceptInReading& in : c.readings) {
      const SiteReading& r = readings[in.reading];
      pugi::xml_node ri = per_reading.append_child("item");
      ri.append_attribute("corresp") = ("#" + r.id).c_str();
      ri.append_attribute("n") = std::to_string(in.places.size()).c_str();
      for (const TermPlace& p : in.places) {
        pugi::xml_node ref = ri.append_child("ref");
        ref.append_attribute("target") = ("#" + r.id + "." + p.block_id).c_str();
        if (!p.page.empty()) ref.append_attribute("n") = p.page.c_str();
        ref.text() = ("p. " + (p.page.empty() ? std::string("?") : p.page)).c_str();
      }
    }
  }
}

void VignetteList(pugi::xml_node stand_off, const std::vector<SiteReading>& readings) {
  bool any = false;
  for (const SiteReading& r : readings) any |= r.summary && !r.summary->vignettes.empty();
  if (!any) return;  // TEI has no empty <list>
  pugi::xml_node list = stand_off.append_child("list");
  list.append_attribute("type") = "vignettes";
  for (const SiteReading& r : readings) {
    if (!r.summary) continue;
    for (const VignettePlace& v : r.summary->vignettes) {
      pugi::xml_node item = list.append_child("item");
      item.append_attribute("corresp") = ("#" + r.id).c_str();
      pugi::xml_node ref = item.append_child("ref");
      ref.append_attribute("target") = ("#" + r.id + "." + v.block_id).c_str();
      if (!v.page.empty()) ref.append_attribute("n") = v.page.c_str();
      ref.text() = v.excerpt.c_str();
    }
  }
}

// Whether every whitespace-separated token of value is a "#ID" pointer.
bool IsPointerList(const char* value) {
  std::istringstream tokens(value);
  std::string t;
  bool any = false;
  while (tokens >> t) {
    if (t.size() < 2 || t[0] != '#') return false;
    any = true;
  }
  return any;
}

void CollectIds(pugi::xml_node node, std::set<std::string>* ids) {
  if (const char* id = node.attribute("xml:id").value(); *id) ids->insert(id);
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element) CollectIds(child, ids);
  }
}

void Prefix(pugi::xml_node node, const std::string& prefix, const std::set<std::string>& ids) {
  for (pugi::xml_attribute a : node.attributes()) {
    if (std::strcmp(a.name(), "xml:id") == 0) {
      a.set_value((prefix + a.value()).c_str());
    } else if (IsPointerList(a.value())) {
      std::istringstream tokens(a.value());
      std::string t, rewritten;
      while (tokens >> t) {
        std::string id = t.substr(1);
        rewritten += (rewritten.empty() ? "#" : " #") + (ids.count(id) ? prefix + id : id);
      }
      a.set_value(rewritten.c_str());
    }
  }
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element) Prefix(child, prefix, ids);
  }
}

}  // namespace

std::string CorpusStart(const std::string& course, const std::string& version,
                        const std::vector<SiteReading>& readings,
                        const std::vector<MergedWork>& works,
                        const std::vector<ConceptEntry>& concepts) {
  pugi::xml_document doc;
  pugi::xml_node corpus = doc.append_child("teiCorpus");
  corpus.append_attribute("xmlns") = kTeiNamespace;
  pugi::xml_node header = corpus.append_child("teiHeader");
  pugi::xml_node file_desc = header.append_child("fileDesc");
  AddText(file_desc.append_child("titleStmt"), "title", course);
  AddText(file_desc.append_child("publicationStmt"), "p",
          "Reading pack made by Glossator " + version);
  pugi::xml_node source = file_desc.append_child("sourceDesc");
  ReadingsList(source, readings);
  Bibliography(source, readings, works);
  Taxonomy(header, concepts);
  pugi::xml_node stand_off = corpus.append_child("standOff");
  ConceptIndexList(stand_off, readings, concepts);
  VignetteList(stand_off, readings);
  if (!stand_off.first_child()) corpus.remove_child(stand_off);  // nor an empty <standOff>
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Raw(corpus);
  // Reopen the corpus for the readings that follow.
  const std::string end = "</teiCorpus>";
  if (xml.size() >= end.size() && xml.compare(xml.size() - end.size(), end.size(), end) == 0) {
    xml.resize(xml.size() - end.size());
  }
  return xml + "\n";
}

std::string CorpusReading(const pugi::xml_node& tei, const std::string& id,
                          const std::map<std::string, std::string>& work_of_bibl) {
  pugi::xml_document doc;
  pugi::xml_node copy = doc.append_copy(tei);
  for (pugi::xpath_node b : copy.select_nodes(".//listBibl/bibl[@xml:id]")) {
    auto it = work_of_bibl.find(b.node().attribute("xml:id").value());
    if (it == work_of_bibl.end()) continue;
    pugi::xml_attribute corresp = b.node().attribute("corresp");
    if (!corresp) corresp = b.node().append_attribute("corresp");
    corresp.set_value(("#" + it->second).c_str());
  }
  std::set<std::string> ids;
  CollectIds(copy, &ids);
  // The pack's works and concepts keep their ids: corresp="#w.KEY" must not
  // become "#ID.w.KEY" (no reading has such an id, so it would not anyway).
  Prefix(copy, id + ".", ids);
  copy.remove_attribute("xml:id");
  copy.prepend_attribute("xml:id") = id.c_str();
  return Raw(copy) + "\n";
}

}  // namespace glossator::pack
