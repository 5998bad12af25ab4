#include "bibliography/csl_json.h"

#include <utility>

#include "bibliography/json_text.h"

namespace glossator::bibliography {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;  // name, JSON value

// [{"family": ..., "given": ...}, ...]; an organisation is {"literal": ...}.
std::string People(const std::vector<Person>& people) {
  std::string out = "[";
  for (const Person& p : people) {
    if (out.size() > 1) out += ", ";
    if (p.organisation) {
      out += "{\"literal\": " + JsonString(p.family) + "}";
    } else if (p.given.empty()) {
      out += "{\"family\": " + JsonString(p.family) + "}";
    } else {
      out += "{\"family\": " + JsonString(p.family) + ", \"given\": " + JsonString(p.given) + "}";
    }
  }
  return out + "]";
}

// {"date-parts": [[1981, 4, 3]]}, or {"literal": YEAR} for a year that is not
// a number ("" when there is no date, or the year is "n.d.").
std::string Issued(const ReferenceRecord& r) {
  std::vector<int> parts = DateParts(r);
  if (parts.empty()) {
    if (r.year.empty() || r.year == "n.d.") return "";
    return "{\"literal\": " + JsonString(r.year) + "}";
  }
  std::string out = "{\"date-parts\": [[";
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + std::to_string(parts[i]);
  return out + "]]}";
}

Fields ItemFields(const ReferenceRecord& r) {
  Fields f = {{"id", JsonString(r.key)}, {"type", JsonString(CslType(r.kind))}};
  if (!r.authors.empty()) f.emplace_back("author", People(r.authors));
  if (!r.editors.empty()) f.emplace_back("editor", People(r.editors));
  if (std::string issued = Issued(r); !issued.empty()) f.emplace_back("issued", issued);
  const std::pair<const char*, const std::string*> kStrings[] = {
      {"title", &r.title},
      {"container-title", &r.container},
      {"collection-title", &r.collection},
      {"collection-number", &r.number},
      {"volume", &r.volume},
      {"issue", &r.issue},
      {"page", &r.pages},
      {"publisher", &r.publisher},
      {"publisher-place", &r.place},
      {"URL", &r.url},
      {"DOI", &r.doi},
      // CSL 1.0.2 names the meeting event-title; "event" is deprecated.
      {"event-title", &r.event},
      {"note", &r.text},
  };
  for (const auto& [name, value] : kStrings) {
    if (!value->empty()) f.emplace_back(name, JsonString(*value));
  }
  return f;
}

}  // namespace

const char* CslType(Kind kind) {
  switch (kind) {
    case Kind::kArticle:
      return "article-journal";
    case Kind::kBook:
    case Kind::kEditedBook:
      return "book";
    case Kind::kChapter:
      return "chapter";
    case Kind::kReport:
      return "report";
    case Kind::kTalk:
      return "speech";
    case Kind::kPersonalCommunication:
      return "personal_communication";
    case Kind::kWebPage:
      return "webpage";
    case Kind::kOther:
      return "document";
  }
  return "document";
}

std::string RenderCslJson(const std::vector<ReferenceRecord>& records) {
  if (records.empty()) return "[]\n";
  std::string out = "[\n";
  for (size_t i = 0; i < records.size(); ++i) {
    out += "  {\n";
    Fields fields = ItemFields(records[i]);
    for (size_t k = 0; k < fields.size(); ++k) {
      out += "    \"" + fields[k].first + "\": " + fields[k].second;
      out += k + 1 < fields.size() ? ",\n" : "\n";
    }
    out += i + 1 < records.size() ? "  },\n" : "  }\n";
  }
  return out + "]\n";
}

}  // namespace glossator::bibliography
