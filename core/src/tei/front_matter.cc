#include "tei/front_matter.h"

#include <algorithm>
#include <set>

#include "edits/machine_id.h"
#include "tei/body_builder.h"
#include "tei/xml_util.h"

namespace glossator::tei {
namespace {

std::string BlockText(const Document& doc, size_t i) {
  const Block& b = doc.blocks()[i];
  return std::string(doc.text(b.begin, b.end));
}

// How many of the block elements under node are front matter, and how many not.
std::pair<size_t, size_t> FrontAndNot(pugi::xml_node node, const std::set<std::string>& front) {
  size_t in = 0, out = 0;
  for (pugi::xml_node n = node.first_child(); n;) {
    // Annotations' machine ids name no block: only the blocks count.
    if (pugi::xml_attribute id = n.attribute("xml:id");
        id && !IsNamed(n, "div") && !edits::IsMachineId(id.value())) {
      (front.count(id.value()) ? in : out) += 1;
    }
    // Depth first, without recursion.
    if (n.first_child()) {
      n = n.first_child();
    } else {
      while (n != node && !n.next_sibling()) n = n.parent();
      if (n == node) break;
      n = n.next_sibling();
    }
  }
  return {in, out};
}

// The nodes of body, in order, that hold front matter only: whole
// divisions, or blocks of a division that goes on with the text.
std::vector<pugi::xml_node> FrontNodes(pugi::xml_node body, const std::set<std::string>& front) {
  std::vector<pugi::xml_node> moving, pending;
  pugi::xml_node container = body;
  for (pugi::xml_node n = container.first_child(); n;) {
    pugi::xml_node next = n.next_sibling();
    if (IsMilestone(n)) {
      pending.push_back(n);
    } else if (IsNamed(n, "div")) {
      auto [in, out] = FrontAndNot(n, front);
      if (in == 0) break;
      moving.insert(moving.end(), pending.begin(), pending.end());
      pending.clear();
      if (out == 0) {
        moving.push_back(n);
      } else {
        next = n.first_child();  // the text goes on in this division
      }
    } else {
      pugi::xml_attribute id = n.attribute("xml:id");
      if (!id || !front.count(id.value())) break;
      moving.insert(moving.end(), pending.begin(), pending.end());
      pending.clear();
      moving.push_back(n);
    }
    n = next;
  }
  return moving;
}

// Replaces every <div> under front by its children.
void Flatten(pugi::xml_node front) {
  for (pugi::xml_node div = front.find_node([](pugi::xml_node n) { return IsNamed(n, "div"); });
       div; div = front.find_node([](pugi::xml_node n) { return IsNamed(n, "div"); })) {
    while (pugi::xml_node child = div.first_child()) div.parent().insert_move_before(child, div);
    div.parent().remove_child(div);
  }
}

pugi::xml_node ById(pugi::xml_node root, const std::string& id) {
  return root.find_child_by_attribute("xml:id", id.c_str());
}

// The bytes of an affiliation or note mark at byline[at] (†, ‡, ◦, ∗, §,
// superscript digits), 0 when there is none.
size_t MarkBytes(const std::string& byline, size_t at) {
  static const char* kMarks[] = {"†", "‡", "◦", "∗", "§", "¶", "‖", "⋆", "¹",
                                 "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"};
  for (const char* m : kMarks) {
    size_t n = std::char_traits<char>::length(m);
    if (byline.compare(at, n, m) == 0) return n;
  }
  return 0;
}

// <docTitle> and <docAuthor> hold phrases: a block the annotations made
// more of (an entry, a list) keeps its own element.
bool PhraseOnly(pugi::xml_node node) {
  static const std::set<std::string> kPhrases = {"pb", "anchor", "term", "ref",
                                                 "rs", "seg",    "hi",   "lb"};
  return !node.find_node(
      [](pugi::xml_node n) { return n.type() == pugi::node_element && !kPhrases.count(n.name()); });
}

// In <front>, after the title and byline, a <head> opens a division (it is a
// division's first element), and after the first division only divisions
// follow. A head above the title (a column's masthead) stays as it is.
void Divide(pugi::xml_node front) {
  int made = 0;
  bool after_div = false;
  pugi::xml_node start = front.first_child();
  for (pugi::xml_node c = front.first_child(); c; c = c.next_sibling()) {
    if (IsNamed(c, "docTitle") || IsNamed(c, "docAuthor")) start = c.next_sibling();
  }
  for (pugi::xml_node c = start; c;) {
    if (IsNamed(c, "div")) after_div = true;
    if (IsNamed(c, "div") || IsMilestone(c) || (!after_div && !IsNamed(c, "head"))) {
      c = c.next_sibling();
      continue;
    }
    pugi::xml_node div = front.insert_child_before("div", c);
    div.append_attribute("xml:id") = ("front-d" + std::to_string(++made)).c_str();
    div.append_move(c);
    for (pugi::xml_node n = div.next_sibling(); n && !IsNamed(n, "div") && !IsNamed(n, "head");
         n = div.next_sibling()) {
      div.append_move(n);
    }
    after_div = true;
    c = div.next_sibling();
  }
}

}  // namespace

void MoveFrontMatter(const Document& doc, pugi::xml_node text) {
  const FrontMatter& fm = doc.front();
  if (fm.end == 0 || doc.is_slide_deck()) return;
  std::set<std::string> front_ids;
  for (size_t i = 0; i < fm.end; ++i) front_ids.insert(BlockElementId(doc, i));
  pugi::xml_node body = text.child("body");
  std::vector<pugi::xml_node> moving = FrontNodes(body, front_ids);
  if (moving.empty()) return;
  pugi::xml_node front = text.insert_child_before("front", body);
  for (pugi::xml_node n : moving) front.append_move(n);
  // A reading that is all front matter keeps it in its body, which needs text.
  if (!body.find_child([](pugi::xml_node c) { return !IsMilestone(c); })) {
    while (pugi::xml_node n = front.last_child()) body.prepend_move(n);
    text.remove_child(front);
    return;
  }
  Flatten(front);
  for (size_t i : fm.title) {
    pugi::xml_node t = ById(front, BlockElementId(doc, i));
    if (t && PhraseOnly(t)) {
      pugi::xml_node title = front.insert_child_before("docTitle", t);
      title.append_move(t).set_name("titlePart");
    }
  }
  // Consecutive title parts are one <docTitle>.
  if (pugi::xml_node title = front.child("docTitle")) {
    for (pugi::xml_node next = title.next_sibling(); IsNamed(next, "docTitle");
         next = title.next_sibling()) {
      while (pugi::xml_node part = next.first_child()) title.append_move(part);
      front.remove_child(next);
    }
  }
  if (fm.byline != FrontMatter::kNone) {
    pugi::xml_node b = ById(front, BlockElementId(doc, fm.byline));
    if (b && PhraseOnly(b)) b.set_name("docAuthor");
  }
  // The abstract (and keywords right after it) as one division.
  std::vector<size_t> in_abstract = fm.abstract;
  if (fm.keywords != FrontMatter::kNone && !fm.abstract.empty() &&
      fm.keywords > fm.abstract.back()) {
    in_abstract.push_back(fm.keywords);
  }
  pugi::xml_node abstract;
  for (size_t i : in_abstract) {
    pugi::xml_node n = ById(front, BlockElementId(doc, i));
    if (!n) continue;
    if (!abstract) {
      abstract = front.insert_child_before("div", n);
      abstract.append_attribute("type") = "abstract";
      abstract.append_attribute("xml:id") = "front-abstract";
    }
    // Milestones between its blocks go with them.
    while (abstract.next_sibling() != n) abstract.append_move(abstract.next_sibling());
    abstract.append_move(n);
  }
  Divide(front);
}

std::vector<std::string> BylineAuthors(const std::string& byline) {
  std::vector<std::string> names;
  std::string current;
  auto flush = [&] {
    size_t b = current.find_first_not_of(' '), e = current.find_last_not_of(' ');
    if (b != std::string::npos) names.push_back(current.substr(b, e - b + 1));
    current.clear();
  };
  for (size_t i = 0; i < byline.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(byline[i]);
    if (c == ',' || c == '&' || c == ';' || c == '\n') {
      flush();
    } else if (byline.compare(i, 5, " and ") == 0) {
      flush();
      i += 3;
    } else if ((c >= '0' && c <= '9') || c == '*') {
      // affiliation numbers and note marks
    } else if (size_t n = MarkBytes(byline, i); n > 0) {
      i += n - 1;
    } else {
      current += static_cast<char>(c);
    }
  }
  flush();
  // A name has a letter and at most a few words (not "University of ...").
  std::vector<std::string> kept;
  for (const std::string& n : names) {
    size_t words = 1 + std::count(n.begin(), n.end(), ' ');
    if (words <= 5 && n.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) {
      kept.push_back(n);
    }
  }
  return kept;
}

void AppendHeaderFrontMatter(const Document& doc, pugi::xml_node title_stmt,
                             pugi::xml_node header) {
  const FrontMatter& fm = doc.front();
  if (fm.byline != FrontMatter::kNone) {
    const Block& b = doc.blocks()[fm.byline];
    std::string names(doc.text(b.begin, std::max(b.begin, fm.byline_names_end)));
    for (const std::string& name : BylineAuthors(names)) {
      AppendText(title_stmt.append_child("author").append_child("persName"), name);
    }
  }
  // The abstract's paragraphs, without a heading that stands alone.
  auto is_text = [](const std::string& t) { return t.size() > std::string("Abstract.").size(); };
  bool has_abstract = false;
  for (size_t i : fm.abstract) has_abstract |= is_text(BlockText(doc, i));
  if (!has_abstract && fm.keywords == FrontMatter::kNone) return;
  pugi::xml_node profile = header.append_child("profileDesc");
  if (has_abstract) {
    pugi::xml_node abstract = profile.append_child("abstract");
    for (size_t i : fm.abstract) {
      std::string t = BlockText(doc, i);
      if (is_text(t)) AppendText(abstract.append_child("p"), t);
    }
  }
  if (fm.keywords != FrontMatter::kNone) {
    std::string line = BlockText(doc, fm.keywords);
    size_t start = line.find_first_of(":—–.");
    if (start == std::string::npos) start = line.find(' ');
    pugi::xml_node keywords = profile.append_child("textClass").append_child("keywords");
    std::string rest = start == std::string::npos ? "" : line.substr(start + 1);
    std::string term;
    auto flush = [&] {
      size_t b = term.find_first_not_of(" \n"), e = term.find_last_not_of(" \n.");
      if (b != std::string::npos && e >= b)
        AppendText(keywords.append_child("term"), term.substr(b, e - b + 1));
      term.clear();
    };
    for (char c : rest) {
      if (c == ',' || c == ';' || c == '\n') {
        flush();
      } else {
        term += c;
      }
    }
    flush();
    if (!keywords.first_child()) AppendText(keywords.append_child("term"), line);
  }
}

}  // namespace glossator::tei
