// RenderTei and WriteTeiFile: the teiHeader and sourceDoc, the body from
// body_builder, the annotations laid out by annotation_layout (inline in the
// body, or in <standOff>), the reference list moved to <back>, the targets
// resolved, and the serialisation (see glossator/tei.h).
#include <algorithm>
#include <new>
#include <pugixml.hpp>
#include <string>
#include <utility>
#include <vector>

#include "glossator/tei.h"
#include "tei/annotation_header.h"
#include "tei/annotation_layout.h"
#include "tei/body_builder.h"
#include "tei/front_matter.h"
#include "tei/pointers.h"
#include "tei/reference_list.h"
#include "tei/render_tree.h"
#include "tei/tei_namespace.h"
#include "tei/xml_util.h"
#include "util/atomic_file.h"

namespace glossator {
namespace {

constexpr char kDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

void BuildHeader(const Document& doc, const Annotations& annotations, pugi::xml_node header,
                 tei::IdSet& ids) {
  pugi::xml_node file_desc = header.append_child("fileDesc");
  pugi::xml_node title_stmt = file_desc.append_child("titleStmt");
  tei::AppendText(title_stmt.append_child("title"), doc.Title());
  tei::AppendText(file_desc.append_child("publicationStmt").append_child("p"),
                  "Annotated by Glossator");

  pugi::xml_node bibl = file_desc.append_child("sourceDesc").append_child("bibl");
  pugi::xml_node file = bibl.append_child("idno");
  file.append_attribute("type") = "file";
  tei::AppendText(file, doc.source().file_name);
  pugi::xml_node sha = bibl.append_child("idno");
  sha.append_attribute("type") = "sha256";
  tei::AppendText(sha, doc.source().sha256);
  int pages =
      doc.source().page_count > 0 ? doc.source().page_count : static_cast<int>(doc.pages().size());
  pugi::xml_node measure = bibl.append_child("extent").append_child("measure");
  measure.append_attribute("unit") = "pages";
  measure.append_attribute("quantity") = pages;

  pugi::xml_node encoding_desc = header.append_child("encodingDesc");
  pugi::xml_node app_info = encoding_desc.append_child("appInfo");
  pugi::xml_node app = app_info.append_child("application");
  app.append_attribute("ident") = "glossator";
  if (ids.Claim("glossator")) app.append_attribute("xml:id") = "glossator";
  app.append_attribute("version") = GLOSSATOR_VERSION;
  tei::AppendText(app.append_child("label"), "Glossator");
  tei::AppendApplications(annotations, app_info, ids);
  tei::AppendClassDecl(annotations, encoding_desc, ids);
  tei::AppendHeaderFrontMatter(doc, title_stmt, header);
}

// <standOff>: one <spanGrp type="TYPE"> per annotation type, in order of first
// appearance, each holding its spans in annotation order.
void BuildStandOff(const std::vector<tei::StandOffSpan>& spans, pugi::xml_node tei) {
  if (spans.empty()) return;
  pugi::xml_node stand_off = tei.append_child("standOff");
  std::vector<std::pair<std::string, pugi::xml_node>> groups;
  for (const tei::StandOffSpan& s : spans) {
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const auto& g) { return g.first == s.group; });
    if (group == groups.end()) {
      pugi::xml_node grp = stand_off.append_child("spanGrp");
      grp.append_attribute("type") = s.group.c_str();
      groups.emplace_back(s.group, grp);
      group = groups.end() - 1;
    }
    pugi::xml_node span = group->second.append_child("span");
    for (const auto& [name, value] : s.attributes) {
      span.append_attribute(name.c_str()) = value.c_str();
    }
    for (const auto& [name, value] : s.notes) {
      pugi::xml_node note = span.append_child("note");
      note.append_attribute("type") = "attribute";
      note.append_attribute("n") = tei::XmlSafe(name).c_str();
      tei::AppendText(note, value);
    }
  }
}

void SetBox(pugi::xml_node element, const Box& box) {
  element.append_attribute("ulx") = tei::FormatNumber(box.x0).c_str();
  element.append_attribute("uly") = tei::FormatNumber(box.y0).c_str();
  element.append_attribute("lrx") = tei::FormatNumber(box.x1).c_str();
  element.append_attribute("lry") = tei::FormatNumber(box.y1).c_str();
}

const char* FwType(Furniture::Kind kind) {
  switch (kind) {
    case Furniture::Kind::kHeader:
      return "header";
    case Furniture::Kind::kFooter:
      return "footer";
    case Furniture::Kind::kPageNumber:
      return "pageNum";
    case Furniture::Kind::kMargin:
      return "margin";
    case Furniture::Kind::kLineNumber:
      return "lineNum";
  }
  return "header";
}

// One <surface> per page, its furniture as <fw> in a <zone> with its box: kept
// out of <text> (OUTPUT.md rule 1) but not lost.
void BuildSourceDoc(const Document& doc, pugi::xml_node source_doc) {
  for (size_t i = 0; i < doc.pages().size(); ++i) {
    const Page& page = doc.pages()[i];
    pugi::xml_node surface = source_doc.append_child("surface");
    surface.append_attribute("xml:id") = tei::SurfaceId(i).c_str();
    surface.append_attribute("n") = page.number;
    SetBox(surface, Box{0, 0, page.width, page.height});
    for (const Furniture& f : page.furniture) {
      pugi::xml_node zone = surface.append_child("zone");
      SetBox(zone, f.box);
      pugi::xml_node fw = zone.append_child("fw");
      fw.append_attribute("type") = FwType(f.kind);
      tei::AppendText(fw, f.text);
    }
  }
}

struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override {
    out.append(static_cast<const char*>(data), size);
  }
};

// <revisionDesc>: what the machine produced, so that an annotation a person
// deleted can be told from one never made (glossator/edits.h).
void RecordMachineAnnotations(const std::vector<std::string>& ids, pugi::xml_node header) {
  if (ids.empty()) return;
  std::string list;
  for (const std::string& id : ids) {
    if (!list.empty()) list += ' ';
    list += id;
  }
  pugi::xml_node change = tei::RevisionChanges(header).append_child("change");
  change.append_attribute("who") = "#glossator";
  change.append_attribute("type") = tei::kMachineAnnotationsChange;
  tei::AppendText(change, list);
}

Result<std::string> Render(const Document& doc, const Annotations& annotations,
                           std::vector<std::string>* warnings) {
  pugi::xml_document xml;
  if (Status s = tei::RenderTree(doc, annotations, warnings, xml); !s.ok()) return s;
  return tei::SerializeTree(xml);
}

}  // namespace

namespace tei {

pugi::xml_node RevisionChanges(pugi::xml_node header) {
  pugi::xml_node revision = header.child("revisionDesc");
  if (!revision) revision = header.append_child("revisionDesc");
  pugi::xml_node list = revision.child("listChange");
  if (!list) list = revision.append_child("listChange");
  return list;
}

Status RenderTree(const Document& doc, const Annotations& annotations,
                  std::vector<std::string>* warnings, pugi::xml_document& xml) {
  pugi::xml_node tei = xml.append_child("TEI");
  tei.append_attribute("xmlns") = kTeiNamespace;
  // Ids in order of precedence: the body's, the header's, the annotations'.
  tei::IdSet ids;
  tei::ClaimStructuralIds(doc, ids);
  pugi::xml_node header = tei.append_child("teiHeader");
  BuildHeader(doc, annotations, header, ids);
  if (!doc.pages().empty()) BuildSourceDoc(doc, tei.append_child("sourceDoc"));
  Result<tei::AnnotationLayout> layout = tei::LayOutAnnotations(doc, annotations, ids);
  if (!layout.ok()) return layout.status();
  pugi::xml_node text = tei.append_child("text");
  if (Status s = tei::BuildBody(doc, layout->body, text.append_child("body")); !s.ok()) return s;
  tei::MoveFrontMatter(doc, text);
  tei::MoveReferenceListToBack(text);
  BuildStandOff(layout->spans, tei);
  RecordMachineAnnotations(layout->machine_ids, header);
  tei::ResolveTargets(tei, layout->renamed, doc.source().file_name, warnings);
  return Status::Ok();
}

std::string SerializeTree(pugi::xml_document& xml) {
  tei::IndentElementOnly(xml.document_element());
  StringWriter writer;
  writer.out = kDeclaration;
  // Raw: the only whitespace between elements is what IndentElementOnly put
  // where the content is element-only.
  xml.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  writer.out += '\n';
  return std::move(writer.out);
}

}  // namespace tei

Result<std::string> RenderTei(const Document& doc) { return RenderTei(doc, Annotations{}); }

Result<std::string> RenderTei(const Document& doc, const Annotations& annotations,
                              std::vector<std::string>* warnings) {
  try {
    return Render(doc, annotations, warnings);
  } catch (const std::bad_alloc&) {
    return Status::ResourceLimit(doc.source().file_name + ": out of memory writing the TEI");
  }
}

Status WriteTeiFile(const Document& doc, const std::string& path) {
  return WriteTeiFile(doc, Annotations{}, path);
}

Status WriteTeiFile(const Document& doc, const Annotations& annotations, const std::string& path,
                    std::vector<std::string>* warnings) {
  Result<std::string> xml = RenderTei(doc, annotations, warnings);
  if (!xml.ok()) return Status(xml.status().code(), path + ": " + xml.status().message());
  return WriteFileAtomically(path, *xml);
}

}  // namespace glossator
