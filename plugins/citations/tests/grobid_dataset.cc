#include "grobid_dataset.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>

namespace citations::testing {
namespace {

// A GROBID element's field under AnyStyle's name ("" for none: its text
// belongs to no field, as text between elements does).
std::string FieldOf(const pugi::xml_node& e, bool after_article_title) {
  std::string name = e.name();
  if (name == "author" || name == "editor" || name == "date" || name == "publisher") return name;
  if (name == "pubPlace" || name == "pubplace") return "location";
  if (name == "title") {
    std::string level = e.attribute("level").value();
    if (level == "a") return "title";
    if (level == "m") return after_article_title ? "container-title" : "title";
    if (level == "j") return "journal";
    if (level == "s") return "collection-title";
    return "title";
  }
  if (name == "biblScope") {
    std::string unit = e.attribute("unit").value();
    if (unit.empty()) unit = e.attribute("type").value();
    if (unit == "volume" || unit == "vol") return "volume";
    if (unit == "issue") return "issue";
    if (unit == "page" || unit == "pp" || unit == "pages") return "pages";
    return "note";
  }
  return "note";
}

// Appends e's text to *out, white space runs folded to one space.
void AppendFolded(const pugi::xml_node& node, std::string* out) {
  for (pugi::xml_node n : node.children()) {
    if (n.type() == pugi::node_element) {
      AppendFolded(n, out);
      continue;
    }
    if (n.type() != pugi::node_pcdata && n.type() != pugi::node_cdata) continue;
    for (const char* p = n.value(); *p != '\0'; ++p) {
      bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
      if (space) {
        if (!out->empty() && out->back() != ' ') out->push_back(' ');
      } else {
        out->push_back(*p);
      }
    }
  }
}

AnyStyleSequence ReadBibl(const pugi::xml_node& bibl) {
  AnyStyleSequence s;
  bool article_title = false;
  size_t volume_field = static_cast<size_t>(-1);
  for (pugi::xml_node n : bibl.children()) {
    if (n.type() != pugi::node_element) {
      for (const char* p = n.value(); *p != '\0'; ++p) {
        bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
        if (space) {
          if (!s.text.empty() && s.text.back() != ' ') s.text.push_back(' ');
        } else {
          s.text.push_back(*p);
        }
      }
      continue;
    }
    std::string field = FieldOf(n, article_title);
    if (field == "title" && std::string(n.attribute("level").value()) == "a") article_title = true;
    size_t begin = s.text.size();
    AppendFolded(n, &s.text);
    size_t end = s.text.size();
    // The field without the spaces at its ends.
    size_t b = begin, e = end;
    while (b < e && s.text[b] == ' ') ++b;
    while (e > b && s.text[e - 1] == ' ') --e;
    if (b == e) continue;
    std::string value = s.text.substr(b, e - b);
    if (field == "issue" && volume_field < s.fields.size()) {
      // AnyStyle's volume holds the issue: "12(3)".
      s.fields[volume_field].second += "(" + value + ")";
      s.spans[volume_field].second = e;
      continue;
    }
    if (field == "issue") field = "volume";
    if (field == "volume") volume_field = s.fields.size();
    s.fields.emplace_back(field, value);
    s.spans.emplace_back(b, e);
  }
  while (!s.text.empty() && s.text.back() == ' ') s.text.pop_back();
  return s;
}

void Collect(const pugi::xml_node& node, std::vector<AnyStyleSequence>* out) {
  for (pugi::xml_node n : node.children()) {
    if (n.type() != pugi::node_element) continue;
    if (std::string(n.name()) == "bibl") {
      AnyStyleSequence s = ReadBibl(n);
      if (!s.fields.empty()) out->push_back(std::move(s));
    } else {
      Collect(n, out);
    }
  }
}

}  // namespace

std::vector<AnyStyleSequence> ReadGrobidCitations(const std::string& path, std::string* error) {
  std::vector<AnyStyleSequence> out;
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_file(path.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed) {
    *error = path + ": offset " + std::to_string(parsed.offset) + ": " + parsed.description();
    return out;
  }
  Collect(doc, &out);
  return out;
}

std::vector<std::string> ReadFileList(const std::string& path, std::string* error) {
  std::vector<std::string> out;
  std::ifstream in(path);
  if (!in) {
    *error = path + ": cannot be read";
    return out;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    out.push_back(line);
  }
  return out;
}

std::vector<AnyStyleSequence> ReadGrobidDirectory(const std::string& dir,
                                                  const std::vector<std::string>& list,
                                                  bool held_out, std::string* error) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  if (ec) {
    *error = dir + ": " + ec.message();
    return {};
  }
  std::sort(names.begin(), names.end());
  std::vector<AnyStyleSequence> out;
  for (const std::string& name : names) {
    bool listed = std::find(list.begin(), list.end(), name) != list.end();
    if (listed != held_out) continue;
    std::vector<AnyStyleSequence> file = ReadGrobidCitations(dir + "/" + name, error);
    if (!error->empty()) return {};
    for (AnyStyleSequence& s : file) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace citations::testing
