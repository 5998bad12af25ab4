#include "pack/site_reading.h"

#include <cstring>
#include <set>
#include <sstream>
#include <vector>

#include "pack/html.h"

namespace glossator::pack {
namespace {

bool Is(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// The first "#ID" of a pointer attribute, without '#'.
std::string FirstTarget(const char* value) {
  std::istringstream tokens(value);
  std::string t;
  while (tokens >> t) {
    if (t.size() > 1 && t[0] == '#') return t.substr(1);
  }
  return "";
}

class ReadingRenderer {
 public:
  ReadingRenderer(const ReadingPageContext& c, std::set<std::string> vignette_blocks)
      : c_(c), vignette_blocks_(std::move(vignette_blocks)) {}

  std::string out;

  void Children(const pugi::xml_node& node, int depth) {
    for (pugi::xml_node child : node.children()) Node(child, depth);
  }

 private:
  // Opens tag with the element's id and the classes given (and "vignette"
  // when a stand-off vignette covers it).
  void Open(const char* tag, const pugi::xml_node& n, std::string classes = "") {
    std::string id = n.attribute("xml:id").value();
    if (!id.empty() && vignette_blocks_.count(id))
      classes += classes.empty() ? "vignette" : " vignette";
    out += "<";
    out += tag;
    if (!id.empty()) out += " id=\"" + Html(id) + "\"";
    if (!classes.empty()) out += " class=\"" + classes + "\"";
    out += ">";
  }
  void Close(const char* tag) {
    out += "</";
    out += tag;
    out += ">";
  }
  void Wrap(const char* tag, const pugi::xml_node& n, int depth, const std::string& classes = "") {
    Open(tag, n, classes);
    Children(n, depth);
    Close(tag);
    if (std::strcmp(tag, "span") != 0 && std::strcmp(tag, "a") != 0) out += "\n";
  }

  void Node(const pugi::xml_node& n, int depth) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
      out += Html(n.value());
      return;
    }
    if (n.type() != pugi::node_element) return;
    if (Is(n, "pb")) {
      std::string page = n.attribute("n").value();
      out += "<span class=\"pb\" id=\"page-" + Html(page) + "\">" + Html(page) + "</span>";
    } else if (Is(n, "div") || Is(n, "front") || Is(n, "body") || Is(n, "back")) {
      Wrap("section", n, depth + (Is(n, "div") ? 1 : 0),
           Is(n, "div") ? std::string("div ") + Html(n.attribute("type").value()) : "");
    } else if (Is(n, "head") && !Is(n.parent(), "figure")) {
      std::string tag = "h" + std::to_string(std::min(6, std::max(2, depth + 1)));
      Wrap(tag.c_str(), n, depth);
    } else if (Is(n, "docTitle")) {
      Wrap("div", n, depth, "doctitle");
    } else if (Is(n, "titlePart")) {
      Wrap("h2", n, depth);
    } else if (Is(n, "docAuthor")) {
      Wrap("p", n, depth, "byline");
    } else if (Is(n, "p")) {
      Wrap("p", n, depth);
    } else if (Is(n, "ab") && std::strcmp(n.attribute("type").value(), "code") == 0) {
      Wrap("pre", n, depth, "code");  // a listing: its line breaks kept
    } else if (Is(n, "ab")) {         // a table's text, its cells not parsed
      Wrap("p", n, depth, "table-text");
    } else if (Is(n, "list")) {
      Wrap("ul", n, depth);
    } else if (Is(n, "item")) {
      Wrap("li", n, depth);
    } else if (Is(n, "listBibl")) {
      Wrap("div", n, depth, "listbibl");
    } else if (Is(n, "bibl")) {
      Bibl(n, depth);
    } else if (Is(n, "note")) {
      Wrap("span", n, depth, "note");
    } else if (Is(n, "figure")) {
      Wrap("figure", n, depth);
    } else if (Is(n, "head")) {  // a figure's caption
      Wrap("figcaption", n, depth);
    } else if (Is(n, "table")) {
      Wrap("table", n, depth);
    } else if (Is(n, "row")) {
      Wrap("tr", n, depth);
    } else if (Is(n, "cell")) {
      Wrap("td", n, depth);
    } else if (Is(n, "term")) {
      Term(n, depth);
    } else if (Is(n, "ref") && std::strcmp(n.attribute("type").value(), "bibr") == 0) {
      Citation(n, depth);
    } else if (Is(n, "seg") && std::strcmp(n.attribute("type").value(), "vignette") == 0) {
      Wrap("span", n, depth, "vignette");
    } else {
      // Inline parts (rs, hi, title, author, anchor, ...): their text, their id.
      Wrap("span", n, depth, std::string("tei-") + n.name());
    }
  }

  void Term(const pugi::xml_node& n, int depth) {
    std::string id = FirstTarget(n.attribute("ref").value());
    if (id.empty()) return Wrap("span", n, depth, "concept");
    out += "<a class=\"concept\" href=\"../concepts.html#" + Html(id) + "\"";
    // The term's own id (a machine id, issue 16): the concept index links to it.
    if (std::string own = n.attribute("xml:id").value(); !own.empty())
      out += " id=\"" + Html(own) + "\"";
    if (c_.concept_labels) {
      auto it = c_.concept_labels->find(id);
      if (it != c_.concept_labels->end()) out += " title=\"" + Html(it->second) + "\"";
    }
    out += ">";
    Children(n, depth);
    out += "</a>";
  }

  void Citation(const pugi::xml_node& n, int depth) {
    std::string bibl = FirstTarget(n.attribute("target").value());
    auto it = c_.work_of_bibl.find(bibl);
    if (it == c_.work_of_bibl.end()) return Wrap("span", n, depth, "cite");
    out += "<a class=\"cite\" href=\"../bibliography.html#" + Html(it->second) + "\">";
    Children(n, depth);
    out += "</a>";
  }

  void Bibl(const pugi::xml_node& n, int depth) {
    Open("p", n, "bibl");
    Children(n, depth);
    std::string id = n.attribute("xml:id").value();
    auto it = c_.work_of_bibl.find(id);
    if (it != c_.work_of_bibl.end()) {
      out += " <a class=\"work\" href=\"../bibliography.html#" + Html(it->second) +
             "\">[in the pack bibliography]</a>";
    }
    Close("p");
    out += "\n";
  }

  const ReadingPageContext& c_;
  std::set<std::string> vignette_blocks_;
};

// The ids of the blocks that stand-off vignettes span, from their first to
// their last, in document order.
std::set<std::string> StandOffVignetteBlocks(const pugi::xml_node& tei) {
  std::vector<std::string> order;
  for (pugi::xpath_node n : tei.child("text").select_nodes(".//*[@xml:id]")) {
    order.push_back(n.node().attribute("xml:id").value());
  }
  std::set<std::string> blocks;
  for (pugi::xpath_node sp : tei.select_nodes("standOff//span[@type='vignette']")) {
    std::string from = FirstTarget(sp.node().attribute("from").value());
    std::string to = FirstTarget(sp.node().attribute("to").value());
    if (to.empty()) to = from;
    bool inside = false;
    for (const std::string& id : order) {
      if (id == from) inside = true;
      if (inside) blocks.insert(id);
      if (id == to && inside) break;
    }
  }
  return blocks;
}

}  // namespace

std::string RenderReadingPage(const pugi::xml_node& tei, const ReadingPageContext& c) {
  ReadingRenderer r(c, StandOffVignetteBlocks(tei));
  r.out = PageStart(c.title, c.course, "../", /*open_main=*/false);
  for (const char* mark : {"concepts", "citations", "vignettes"}) {
    r.out += "<input type=\"checkbox\" class=\"toggle\" id=\"show-" + std::string(mark) +
             "\" checked=\"checked\"/><label for=\"show-" + mark + "\"> " + mark + "</label>\n";
  }
  r.out += "<main>\n<h1>" + Html(c.title) + "</h1>\n";
  if (!c.byline.empty()) r.out += "<p class=\"byline\">" + Html(c.byline) + "</p>\n";
  r.Children(tei.child("text"), 0);
  r.out += PageEnd();
  return r.out;
}

}  // namespace glossator::pack
