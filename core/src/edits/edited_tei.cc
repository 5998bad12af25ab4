#include "edits/edited_tei.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>

#include "edits/machine_id.h"
#include "tei/render_tree.h"
#include "tei/tei_namespace.h"
#include "tei/xml_util.h"

namespace glossator::edits {
namespace {

// Elements an editor may add or change as annotations (docs/EDITING.md).
bool IsAnnotationElement(std::string_view name) {
  static const char* const kNames[] = {"term",      "ref",      "seg",      "rs",      "bibl",
                                       "author",    "editor",   "date",     "title",   "biblScope",
                                       "publisher", "pubPlace", "persName", "surname", "forename",
                                       "name",      "orgName",  "placeName"};
  return std::any_of(std::begin(kNames), std::end(kNames),
                     [&](const char* n) { return name == n; });
}

// Elements whose start and end separate words even where no space is
// written (block-level ones): the Document separates their blocks.
bool SeparatesWords(pugi::xml_node node) {
  static const char* const kNames[] = {"p",        "head",      "item",      "note",   "div",
                                       "list",     "listBibl",  "body",      "front",  "back",
                                       "docTitle", "docAuthor", "titlePart", "byline", "docImprint",
                                       "docDate",  "figure",    "figDesc",   "table",  "row",
                                       "cell",     "label",     "ab",        "lg",     "l"};
  std::string_view name = node.name();
  if (name == "bibl") return std::strcmp(node.parent().name(), "listBibl") == 0;
  return std::any_of(std::begin(kNames), std::end(kNames),
                     [&](const char* n) { return name == n; });
}

bool IsMachineResp(std::string_view resp) {
  return resp.substr(0, std::strlen(kMachineRespPrefix)) == kMachineRespPrefix;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The text of every descendant of node, in order.
std::string TextOf(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node n = node.first_child(); n;) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
    if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n != node && !n.next_sibling()) n = n.parent();
    if (n == node) break;
    n = n.next_sibling();
  }
  return out;
}

class Reader {
 public:
  Reader(EditedTei& out, const std::string& buffer) : out_(out) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < buffer.size(); ++i) {
      if (buffer[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  size_t LineOf(pugi::xml_node node) const {
    ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return 0;
    return std::upper_bound(line_starts_.begin(), line_starts_.end(), static_cast<size_t>(offset)) -
           line_starts_.begin();
  }

  void ReadHeader(pugi::xml_node tei);
  void ReadText(pugi::xml_node text);
  void ReadStandOff(pugi::xml_node stand_off);
  void FindDeletions(pugi::xml_node tei);

 private:
  struct Open {
    pugi::xml_node node;
    size_t begin;
  };
  void Append(std::string_view text);
  void Separate() {
    if (!out_.text.empty() && out_.text.back() != ' ') out_.text += ' ';
  }
  void Enter(pugi::xml_node node);
  void Leave(pugi::xml_node node, size_t begin);
  std::pair<size_t, size_t> Trimmed(size_t begin, size_t end) const;
  // Fills an edit's element, attributes, resp and cert from node.
  Edit EditFrom(pugi::xml_node node, size_t begin, size_t end);
  // The quote is taken once the whole text is read (Finish): the suffix
  // is text not read yet.
  void AddEdit(Edit e, size_t begin, size_t end) { pending_.push_back({std::move(e), begin, end}); }

  EditedTei& out_;
  std::vector<size_t> line_starts_;
  std::map<std::string, std::pair<size_t, size_t>> ranges_;  // xml:id -> its text
  struct Pending {
    Edit edit;
    size_t begin, end;
  };
  std::vector<Pending> pending_;

 public:
  void Finish() {
    if (!out_.text.empty() && out_.text.back() == ' ') out_.text.pop_back();
    for (const auto& [id, range] : ranges_) out_.id_ranges.emplace(id, range);
    double size = std::max<size_t>(1, out_.text.size());
    for (Pending& p : pending_) {
      p.edit.quote = QuoteIn(out_.text, p.begin, p.end);
      p.edit.position = static_cast<double>(p.begin) / size;
      out_.edits.push_back(std::move(p.edit));
    }
  }
};

void Reader::Append(std::string_view text) {
  for (char c : text) {
    if (IsFoldedSpace(c)) {
      Separate();
    } else {
      out_.text += c;
    }
  }
}

std::pair<size_t, size_t> Reader::Trimmed(size_t begin, size_t end) const {
  end = std::min(end, out_.text.size());
  while (begin < end && out_.text[begin] == ' ') ++begin;
  while (end > begin && out_.text[end - 1] == ' ') --end;
  return {begin, end};
}

Edit Reader::EditFrom(pugi::xml_node node, size_t, size_t) {
  Edit e;
  e.element = node.name();
  e.line = LineOf(node);
  for (pugi::xml_attribute a : node.attributes()) {
    std::string_view name = a.name();
    if (name == "resp") {
      e.resp = a.value();
    } else if (name == "cert") {
      e.cert = a.value();
    } else {
      if (name == "xml:id" && IsMachineId(a.value())) e.machine_id = a.value();
      e.attributes.emplace_back(a.name(), a.value());
    }
  }
  if (e.cert == kRejectedCert) {
    e.kind = EditKind::kRejected;
  } else if (!e.machine_id.empty()) {
    e.kind = EditKind::kCorrected;
  }
  return e;
}

void Reader::Enter(pugi::xml_node node) {
  if (SeparatesWords(node)) Separate();
}

void Reader::Leave(pugi::xml_node node, size_t begin) {
  if (SeparatesWords(node)) Separate();
  size_t end = out_.text.size();
  if (const char* id = node.attribute("xml:id").value(); *id) ranges_[id] = {begin, end};
  std::string_view name = node.name();
  std::string_view resp = node.attribute("resp").value();
  if (name == "sic" || name == "corr") return;
  if (name == "choice") {
    pugi::xml_node sic = node.child("sic"), corr = node.child("corr");
    if (!corr) return;
    Edit e = EditFrom(node, begin, end);
    e.kind = EditKind::kText;
    e.correction = TextOf(corr);
    if (const char* r = corr.attribute("resp").value(); *r) e.resp = r;
    auto [b, en] = Trimmed(begin, end);
    (void)sic;
    AddEdit(std::move(e), b, en);
    return;
  }
  if (!IsAnnotationElement(name) || IsMachineResp(resp)) return;
  auto [b, e] = Trimmed(begin, end);
  AddEdit(EditFrom(node, b, e), b, e);
}

void Reader::ReadText(pugi::xml_node text) {
  // Walked with a stack, not recursion: annotations nest as deep as a
  // plugin's chain of parents.
  struct Frame {
    pugi::xml_node node;
    size_t begin;
    pugi::xml_node next;  // the next child to visit
  };
  std::vector<Frame> stack;
  Enter(text);
  stack.push_back({text, out_.text.size(), text.first_child()});
  while (!stack.empty()) {
    if (!stack.back().next) {
      Frame done = stack.back();
      stack.pop_back();
      Leave(done.node, done.begin);
      continue;
    }
    pugi::xml_node c = stack.back().next;
    stack.back().next = c.next_sibling();
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      Append(c.value());
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    bool corr = std::strcmp(c.name(), "corr") == 0;
    if (corr && std::strcmp(c.parent().name(), "choice") != 0) {
      // A lone <corr>: text a person inserted where the Document has none.
      Edit e = EditFrom(c, 0, 0);
      e.kind = EditKind::kText;
      e.correction = TextOf(c);
      AddEdit(std::move(e), out_.text.size(), out_.text.size());
    }
    Enter(c);
    // The text of a <corr> is the editor's, not the Document's.
    stack.push_back({c, out_.text.size(), corr ? pugi::xml_node() : c.first_child()});
  }
}

void Reader::ReadStandOff(pugi::xml_node stand_off) {
  for (pugi::xml_node group : stand_off.children()) {
    if (std::strcmp(group.name(), "note") == 0 &&
        std::strcmp(group.attribute("type").value(), "orphaned-edit") == 0) {
      out_.other_additions = true;
    }
    for (pugi::xml_node span : group.children("span")) {
      std::string from = span.attribute("from").value(), to = span.attribute("to").value();
      if (to.empty()) to = from;
      auto f = ranges_.find(from.empty() ? "" : from.substr(1));
      auto t = ranges_.find(to.empty() ? "" : to.substr(1));
      if (const char* id = span.attribute("xml:id").value();
          *id && f != ranges_.end() && t != ranges_.end()) {
        out_.id_ranges[id] = {f->second.first, t->second.second};
      }
      if (IsMachineResp(span.attribute("resp").value())) continue;
      Edit e = EditFrom(span, 0, 0);
      if (f == ranges_.end() || t == ranges_.end()) continue;  // points nowhere: nothing to anchor
      Attributes kept;
      for (auto& kv : e.attributes) {
        if (kv.first == "from" || kv.first == "to") continue;
        // The writer's own span ids (sN) are made again; a person's stay.
        if (kv.first == "xml:id" && !IsMachineId(kv.second) && kv.second[0] == 's') continue;
        kept.push_back(std::move(kv));
      }
      for (pugi::xml_node note : span.children("note")) {
        if (std::strcmp(note.attribute("type").value(), "attribute") == 0) {
          kept.emplace_back(note.attribute("n").value(), TextOf(note));
        }
      }
      e.attributes = std::move(kept);
      auto [b, en] = Trimmed(f->second.first, t->second.second);
      AddEdit(std::move(e), b, en);
    }
  }
}

void Reader::ReadHeader(pugi::xml_node tei) {
  pugi::xml_node header = tei.child("teiHeader");
  for (pugi::xml_node idno :
       header.child("fileDesc").child("sourceDesc").child("bibl").children("idno")) {
    if (std::strcmp(idno.attribute("type").value(), "sha256") == 0) {
      out_.source_sha256 = TextOf(idno);
      out_.source_line = LineOf(idno);
    }
  }
  for (pugi::xml_node change :
       header.child("revisionDesc").child("listChange").children("change")) {
    std::string_view type = change.attribute("type").value();
    std::set<std::string>* into = type == tei::kMachineAnnotationsChange ? &out_.machine_ids
                                  : type == kRejectedAnnotationsChange   ? &out_.rejected_ids
                                                                         : nullptr;
    if (std::strcmp(change.attribute("who").value(), "#glossator") != 0) {
      out_.other_additions = true;  // a person's own record of a change
      continue;
    }
    if (!into) continue;
    for (std::string& id : Words(TextOf(change))) {
      if (into == &out_.machine_ids) out_.machine_order.push_back(id);
      into->insert(std::move(id));
    }
  }
  if (header.child("fileDesc").child("titleStmt").child("respStmt")) out_.other_additions = true;
}

void Reader::FindDeletions(pugi::xml_node tei) {
  std::set<std::string> present;
  for (pugi::xml_node n = tei; n; n = tei::NextElementUnder(tei, n)) {
    if (const char* id = n.attribute("xml:id").value(); *id) present.insert(id);
  }
  for (const std::string& id : out_.machine_ids) {
    if (!present.count(id)) {
      out_.rejected_ids.insert(id);
      out_.deleted_ids.insert(id);
    }
  }
  // Recorded as rejected, then made again by a person: no longer rejected.
  for (auto it = out_.rejected_ids.begin(); it != out_.rejected_ids.end();) {
    it = present.count(*it) ? out_.rejected_ids.erase(it) : std::next(it);
  }
}

}  // namespace

bool EditedTei::HoldsEdits() const {
  return !edits.empty() || !rejected_ids.empty() || other_additions;
}

Result<std::unique_ptr<EditedTei>> ReadEditedTei(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open the edited TEI for reading");
  std::string buffer((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(path + ": cannot read the edited TEI");
  auto out = std::make_unique<EditedTei>();
  out->path = path;
  Reader reader(*out, buffer);
  pugi::xml_parse_result parsed =
      out->xml.load_buffer(buffer.data(), buffer.size(),
                           pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed) {
    size_t line =
        1 + std::count(buffer.begin(),
                       buffer.begin() + std::min<size_t>(parsed.offset, buffer.size()), '\n');
    return Status::InvalidArgument(path + ":" + std::to_string(line) +
                                   ": not well-formed XML: " + parsed.description());
  }
  pugi::xml_node tei = out->xml.document_element();
  if (std::strcmp(tei.name(), "TEI") != 0 ||
      std::strcmp(tei.attribute("xmlns").value(), kTeiNamespace) != 0) {
    return Status::InvalidArgument(path + ":" + std::to_string(reader.LineOf(tei)) +
                                   ": not a TEI file: the root is <" + tei.name() +
                                   "> and not <TEI xmlns=\"" + kTeiNamespace + "\">");
  }
  reader.ReadHeader(tei);
  reader.ReadText(tei.child("text"));
  reader.ReadStandOff(tei.child("standOff"));
  reader.FindDeletions(tei);
  reader.Finish();
  return out;
}

}  // namespace glossator::edits
