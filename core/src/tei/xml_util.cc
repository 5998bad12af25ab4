#include "tei/xml_util.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace glossator::tei {
namespace {

// Decodes the UTF-8 sequence at s[i] into cp; returns its length in bytes, or
// 0 when it is invalid (truncated, overlong, a surrogate, beyond U+10FFFF).
size_t DecodeUtf8(std::string_view s, size_t i, char32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  size_t n;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    n = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, cp = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// The Char production of XML 1.0.
bool XmlAllows(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// TEI elements whose content model has no text: whitespace between their
// children is insignificant, so they may be indented.
bool IsElementOnly(const char* name) {
  static const char* const kNames[] = {
      "TEI",          "teiHeader",  "fileDesc",    "titleStmt", "publicationStmt", "sourceDesc",
      "encodingDesc", "appInfo",    "application", "classDecl", "taxonomy",        "category",
      "sourceDoc",    "surface",    "zone",        "text",      "front",           "body",
      "back",         "div",        "list",        "listBibl",  "standOff",        "spanGrp",
      "revisionDesc", "listChange", "figure"};
  for (const char* n : kNames) {
    if (std::strcmp(n, name) == 0) return true;
  }
  return false;
}

}  // namespace

std::string XmlSafe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    size_t n = DecodeUtf8(text, i, cp);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    if (XmlAllows(cp)) out.append(text.substr(i, n));
    i += n;
  }
  return out;
}

size_t FindXmlForbidden(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp;
    size_t n = DecodeUtf8(utf8, i, cp);
    if (n == 0 || !XmlAllows(cp)) return i;
    i += n;
  }
  return std::string_view::npos;
}

pugi::xml_node NextElementUnder(pugi::xml_node root, pugi::xml_node node) {
  pugi::xml_node n = node;
  while (true) {
    if (pugi::xml_node child = n.first_child()) {
      n = child;
    } else {
      while (n != root && !n.next_sibling()) n = n.parent();
      if (n == root) return pugi::xml_node();
      n = n.next_sibling();
    }
    if (n.type() == pugi::node_element) return n;
  }
}

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return "0";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

namespace {

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

void IndentElementOnly(pugi::xml_node node, int depth) {
  if (node.type() != pugi::node_element || !IsElementOnly(node.name())) return;
  std::vector<pugi::xml_node> children;
  for (pugi::xml_node child : node.children()) {
    bool blank = child.type() == pugi::node_pcdata && IsBlank(child.value());
    if (child.type() != pugi::node_element && !blank) return;  // holds text after all: leave it
    children.push_back(child);
  }
  if (children.empty()) return;
  // White space already there (between reference entries that shared a
  // block) stays; every other gap between children gets the indentation.
  std::string inner = "\n" + std::string(2 * (depth + 1), ' ');
  bool after_space = false;
  for (pugi::xml_node child : children) {
    if (child.type() == pugi::node_pcdata) {
      after_space = true;
      continue;
    }
    if (!after_space) node.insert_child_before(pugi::node_pcdata, child).set_value(inner.c_str());
    after_space = false;
    IndentElementOnly(child, depth + 1);
  }
  if (!after_space) {
    std::string outer = "\n" + std::string(2 * depth, ' ');
    node.append_child(pugi::node_pcdata).set_value(outer.c_str());
  }
}

bool IsNamed(pugi::xml_node node, const char* name) {
  return node.type() == pugi::node_element && std::strcmp(node.name(), name) == 0;
}

bool IsMilestone(pugi::xml_node node) { return IsNamed(node, "pb") || IsNamed(node, "anchor"); }

void AppendText(pugi::xml_node element, const std::string& text) {
  std::string safe = XmlSafe(text);
  element.append_child(pugi::node_pcdata).set_value(safe.c_str(), safe.size());
}

}  // namespace glossator::tei
