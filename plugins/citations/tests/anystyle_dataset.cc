#include "anystyle_dataset.h"

#include <pugixml.hpp>

namespace citations::testing {

std::vector<AnyStyleSequence> ReadAnyStyleDataset(const std::string& path, std::string* error) {
  std::vector<AnyStyleSequence> out;
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_file(path.c_str());
  if (!parsed) {
    *error = path + ": offset " + std::to_string(parsed.offset) + ": " + parsed.description();
    return out;
  }
  for (pugi::xml_node seq : doc.child("dataset").children("sequence")) {
    AnyStyleSequence s;
    for (pugi::xml_node f : seq.children()) {
      if (f.type() != pugi::node_element) continue;
      std::string value = f.text().get();
      if (!s.text.empty()) s.text += ' ';
      s.spans.emplace_back(s.text.size(), s.text.size() + value.size());
      s.text += value;
      s.fields.emplace_back(f.name(), value);
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace citations::testing
