#include "pack/reading_summary.h"

#include <cctype>
#include <cstring>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace glossator::pack {
namespace {

// How much of a vignette's text the pack lists it by.
constexpr size_t kExcerptBytes = 160;

bool Is(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// The nearest element, node itself or around it, that has an xml:id.
std::string BlockId(pugi::xml_node node) {
  for (; node; node = node.parent()) {
    if (const char* id = node.attribute("xml:id").value(); *id) return id;
  }
  return "";
}

// s cut at a word boundary within max bytes (never inside a UTF-8 character),
// with "…" when cut.
std::string Excerpt(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = s.rfind(' ', max);
  if (cut == std::string::npos || cut < max / 2) {
    cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  }
  return s.substr(0, cut) + "\u2026";
}

EntryPerson PersonOf(const pugi::xml_node& person) {
  EntryPerson p;
  pugi::xml_node surname = person.find_node([](pugi::xml_node n) { return Is(n, "surname"); });
  pugi::xml_node forename = person.find_node([](pugi::xml_node n) { return Is(n, "forename"); });
  p.surname = surname ? CollapsedText(surname) : CollapsedText(person);
  if (forename) p.forename = CollapsedText(forename);
  return p;
}

// The parts of a bibl in order: its element children, and the parts inside
// another plugin's inline mark around them (a quotation's <q> round an
// article's title), never those of a nested <bibl>.
void CollectBiblParts(const pugi::xml_node& node, std::vector<pugi::xml_node>* parts) {
  static const std::set<std::string> kParts = {"author",    "editor",    "date",    "title",
                                               "biblScope", "publisher", "pubPlace"};
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (kParts.count(child.name())) {
      parts->push_back(child);
    } else if (!Is(child, "bibl")) {
      CollectBiblParts(child, parts);
    }
  }
}

std::vector<pugi::xml_node> BiblParts(const pugi::xml_node& bibl) {
  std::vector<pugi::xml_node> parts;
  CollectBiblParts(bibl, &parts);
  return parts;
}

BiblEntry EntryOf(const pugi::xml_node& bibl) {
  static const std::regex kDoi(R"((10\.\d{4,9}/[^\s<>"]+[^\s<>".,;]))");
  BiblEntry e;
  e.xml_id = bibl.attribute("xml:id").value();
  e.kind = bibl.attribute("type").value();
  e.text = CollapsedText(bibl);
  std::string monograph;
  for (pugi::xml_node part : BiblParts(bibl)) {
    std::string text = CollapsedText(part);
    if (Is(part, "author")) {
      e.authors.push_back(PersonOf(part));
    } else if (Is(part, "editor")) {
      e.editors.push_back(PersonOf(part));
    } else if (Is(part, "date") && e.year.empty()) {
      std::string when = part.attribute("when").value();
      e.year = when.size() >= 4 ? when.substr(0, 4) : text;
      // "2004a": the letter that tells an author's works of one year apart.
      size_t at = text.find(e.year);
      if (at != std::string::npos && at + 4 < text.size() &&
          std::islower(static_cast<unsigned char>(text[at + 4])) &&
          (at + 5 == text.size() || !std::isalpha(static_cast<unsigned char>(text[at + 5])))) {
        e.year_suffix = text.substr(at + 4, 1);
      }
    } else if (Is(part, "title")) {
      std::string level = part.attribute("level").value();
      if (level == "a" && e.title.empty()) e.title = text;
      if (level == "m" && monograph.empty()) monograph = text;
      if (level == "j" && e.container.empty()) e.container = text;
      if (level == "s" && e.series.empty()) e.series = text;
      if (level.empty() && e.title.empty()) e.title = text;
    } else if (Is(part, "biblScope")) {
      std::string unit = part.attribute("unit").value();
      if (unit == "volume") e.volume = text;
      if (unit == "issue") e.issue = text;
      if (unit == "page") {
        std::string from = part.attribute("from").value(), to = part.attribute("to").value();
        e.pages = !from.empty() && !to.empty() ? from + "-" + to : text;
      }
    } else if (Is(part, "publisher")) {
      e.publisher = text;
    } else if (Is(part, "pubPlace")) {
      e.place = text;
    }
  }
  // A chapter's book is its container; a book's title is its own.
  if (e.title.empty()) {
    e.title = monograph;
  } else if (e.container.empty()) {
    e.container = monograph;
  }
  std::ostringstream xml;
  bibl.print(xml, "", pugi::format_raw);
  e.xml = xml.str();
  std::smatch doi;
  if (std::regex_search(e.text, doi, kDoi)) e.doi = doi[1];
  return e;
}

// Walks the <text> in document order, keeping the page.
class TextWalker {
 public:
  explicit TextWalker(ReadingSummary* out) : out_(out) {}
  std::map<std::string, std::string> page_of_block;  // xml:id -> page where it starts

  void Walk(const pugi::xml_node& node) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      if (Is(child, "pb")) {
        page_ = child.attribute("n").value();
        continue;
      }
      if (const char* id = child.attribute("xml:id").value(); *id) page_of_block[id] = page_;
      if (Is(child, "term") && *child.attribute("ref").value() == '#') {
        out_->terms.push_back({child.attribute("ref").value() + 1, BlockId(child), page_});
      } else if (Is(child, "ref") && std::strcmp(child.attribute("type").value(), "bibr") == 0) {
        ++out_->citations;
      } else if (Is(child, "seg") &&
                 std::strcmp(child.attribute("type").value(), "vignette") == 0) {
        out_->vignettes.push_back(
            {BlockId(child), page_, Excerpt(CollapsedText(child), kExcerptBytes)});
      } else if (Is(child, "bibl") && *child.attribute("xml:id").value() &&
                 Is(child.parent(), "listBibl")) {
        out_->entries.push_back(EntryOf(child));
      }
      Walk(child);
    }
  }

 private:
  ReadingSummary* out_;
  std::string page_;
};

}  // namespace

BiblEntry SummariseBibl(const pugi::xml_node& bibl) { return EntryOf(bibl); }

static void AppendText(const pugi::xml_node& node, std::string* raw) {
  if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) *raw += node.value();
  for (pugi::xml_node child : node.children()) AppendText(child, raw);
}

std::string CollapsedText(const pugi::xml_node& node) {
  std::string raw;
  AppendText(node, &raw);
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

ReadingSummary SummariseReading(const pugi::xml_node& tei) {
  ReadingSummary s;
  pugi::xml_node header = tei.child("teiHeader");
  pugi::xml_node title_stmt = header.child("fileDesc").child("titleStmt");
  s.title = CollapsedText(title_stmt.child("title"));
  for (pugi::xml_node a : title_stmt.children("author")) {
    pugi::xml_node name = a.child("persName");
    std::string text = CollapsedText(name ? name : a);
    if (!text.empty()) s.authors.push_back(text);
  }
  pugi::xml_node measure = header.select_node(".//sourceDesc//measure[@unit='pages']").node();
  s.pages = measure.attribute("quantity").as_int();
  for (pugi::xpath_node c : header.select_nodes(".//classDecl/taxonomy/category[@xml:id]")) {
    pugi::xml_node cat = c.node();
    pugi::xml_node desc = cat.child("catDesc");
    CategoryInfo info;
    info.label = CollapsedText(desc.child("term") ? desc.child("term") : desc);
    info.gloss = CollapsedText(desc.child("gloss"));
    for (pugi::xml_node ptr : desc.children("ptr")) {
      std::string target = ptr.attribute("target").value();
      if (std::strcmp(ptr.attribute("type").value(), "broader") == 0 && target.size() > 1) {
        info.broader = target.substr(1);
      }
    }
    s.categories[cat.attribute("xml:id").value()] = info;
  }
  TextWalker walker(&s);
  walker.Walk(tei.child("text"));
  // Vignettes that cross paragraphs stand off: a span from one block to another.
  for (pugi::xpath_node sp : tei.select_nodes("standOff//span[@type='vignette']")) {
    std::string from = sp.node().attribute("from").value();
    if (from.size() < 2) continue;
    std::string id = from.substr(1);
    pugi::xml_node start = tei.find_node([&](pugi::xml_node n) {
      return std::strcmp(n.attribute("xml:id").value(), id.c_str()) == 0;
    });
    s.vignettes.push_back(
        {BlockId(start), walker.page_of_block[id], Excerpt(CollapsedText(start), kExcerptBytes)});
  }
  return s;
}

Result<ReadingSummary> SummariseReadingFile(const std::string& path) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_file(path.c_str());
  if (!parsed) {
    return Status::IoError(path + ": cannot read the reading's TEI: " + parsed.description());
  }
  pugi::xml_node tei = doc.child("TEI");
  if (!tei) return Status::IoError(path + ": not a TEI file (no <TEI> root)");
  return SummariseReading(tei);
}

}  // namespace glossator::pack
