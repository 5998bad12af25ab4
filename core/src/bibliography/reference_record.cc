#include "bibliography/reference_record.h"

#include <unicode/utf8.h>

#include <charconv>
#include <map>
#include <utility>

#include "bibliography/citation_key.h"

namespace glossator::bibliography {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// A whole number made of digits alone, or -1.
int Number(std::string_view s) {
  int value = -1;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && end == s.data() + s.size() && !s.empty() ? value : -1;
}

ReferenceRecord Read(const Annotation& a) {
  auto get = [&](const char* key) { return ValidUtf8(Trim(a.Attribute(key))); };
  ReferenceRecord r;
  r.kind = KindOf(Trim(a.Attribute("kind")));
  r.authors = ParsePeople(ValidUtf8(a.Attribute("authors")));
  r.editors = ParsePeople(ValidUtf8(a.Attribute("editors")));
  r.year = get("year");
  r.year_suffix = get("year_suffix");
  r.date = get("date");
  r.title = get("title");
  r.container = get("container");
  r.collection = get("collection");
  r.number = get("number");
  r.volume = get("volume");
  r.issue = get("issue");
  r.pages = get("pages");
  r.publisher = get("publisher");
  r.place = get("place");
  r.url = get("url");
  r.doi = get("doi");
  r.event = get("event");
  r.text = get("text");
  return r;
}

}  // namespace

Kind KindOf(std::string_view kind) {
  static const std::map<std::string_view, Kind> kKinds = {
      {"article", Kind::kArticle},
      {"book", Kind::kBook},
      {"edited-book", Kind::kEditedBook},
      {"chapter", Kind::kChapter},
      {"report", Kind::kReport},
      {"talk", Kind::kTalk},
      {"personal-communication", Kind::kPersonalCommunication},
      {"web-page", Kind::kWebPage},
  };
  auto it = kKinds.find(kind);
  return it == kKinds.end() ? Kind::kOther : it->second;
}

std::vector<ReferenceRecord> ReadReferenceRecords(const Annotations& annotations) {
  std::vector<ReferenceRecord> records;
  for (const Annotation& a : annotations.items) {
    if (a.type == "reference") records.push_back(Read(a));
  }
  AssignKeys(records);
  return records;
}

std::vector<Person> ParsePeople(std::string_view lines) {
  std::vector<Person> people;
  size_t pos = 0;
  while (pos <= lines.size()) {
    size_t newline = std::min(lines.find('\n', pos), lines.size());
    std::string_view line = Trim(lines.substr(pos, newline - pos));
    pos = newline + 1;
    if (line.empty()) continue;
    size_t bar = line.find('|');
    Person p;
    p.family = std::string(Trim(line.substr(0, bar)));
    if (bar != std::string_view::npos) {
      p.given = std::string(Trim(line.substr(bar + 1)));
      p.organisation = p.given.empty();
    }
    if (!p.family.empty()) people.push_back(std::move(p));
  }
  return people;
}

std::vector<int> DateParts(const ReferenceRecord& record) {
  std::string_view date = record.date;
  std::vector<int> parts;
  // YYYY-MM-DD or YYYY-MM.
  if (date.size() >= 7 && date[4] == '-' && Number(date.substr(0, 4)) > 0) {
    int month = Number(date.substr(5, 2));
    int day = date.size() == 10 && date[7] == '-' ? Number(date.substr(8, 2)) : -1;
    if (month >= 1 && month <= 12 && (date.size() == 7 || (day >= 1 && day <= 31))) {
      parts = {Number(date.substr(0, 4)), month};
      if (day > 0) parts.push_back(day);
      return parts;
    }
  }
  if (int year = Number(record.year); year > 0) return {year};
  if (date.size() == 4 && Number(date) > 0) return {Number(date)};
  return {};
}

std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace glossator::bibliography
