#include "bibliography/bibtex.h"

#include <cstdio>
#include <utility>

namespace glossator::bibliography {
namespace {

using Fields = std::vector<std::pair<const char*, std::string>>;  // name, field text (escaped)

void Add(Fields& f, const char* name, const std::string& value) {
  if (!value.empty()) f.emplace_back(name, BibtexText(value));
}

void AddNames(Fields& f, const char* name, const std::vector<Person>& people) {
  if (!people.empty()) f.emplace_back(name, BibtexNames(people));
}

// 201-219 -> 201--219.
std::string PageRange(const std::string& pages) {
  size_t dash = pages.find('-');
  if (dash == std::string::npos || pages.find('-', dash + 1) != std::string::npos) return pages;
  return pages.substr(0, dash) + "--" + pages.substr(dash + 1);
}

// year, month and (with a month) the ISO date, which biblatex and pandoc read.
void AddDate(Fields& f, const ReferenceRecord& r) {
  std::vector<int> parts = DateParts(r);
  if (parts.empty()) return;
  f.emplace_back("year", std::to_string(parts[0]));
  if (parts.size() < 2) return;
  f.emplace_back("month", std::to_string(parts[1]));
  f.emplace_back("date", BibtexText(r.date));
}

void AddLinks(Fields& f, const ReferenceRecord& r) {
  if (!r.doi.empty()) f.emplace_back("doi", BibtexUrl(r.doi));
  if (!r.url.empty()) f.emplace_back("url", BibtexUrl(r.url));
}

Fields EntryFields(const ReferenceRecord& r) {
  Fields f;
  AddNames(f, "author", r.authors);
  AddNames(f, "editor", r.editors);
  if (!r.title.empty()) f.emplace_back("title", BibtexTitle(r.title));
  switch (r.kind) {
    case Kind::kArticle:
      Add(f, "journal", r.container);
      break;
    case Kind::kChapter:
      Add(f, "booktitle", r.container);
      break;
    case Kind::kReport:  // "Work in Progress, No. 28": the report's type and number
      Add(f, "type", r.collection);
      break;
    case Kind::kBook:
    case Kind::kEditedBook:
      break;
    default:  // @misc
      Add(f, "howpublished", !r.event.empty() ? r.event : r.container);
      break;
  }
  if (r.kind != Kind::kReport) Add(f, "series", r.collection);
  AddDate(f, r);
  Add(f, "volume", r.volume);
  Add(f, "number", r.kind == Kind::kArticle ? r.issue : r.number);
  if (!r.pages.empty()) f.emplace_back("pages", BibtexText(PageRange(r.pages)));
  Add(f, r.kind == Kind::kReport ? "institution" : "publisher", r.publisher);
  Add(f, "address", r.place);
  if (r.kind == Kind::kPersonalCommunication) Add(f, "note", "Personal communication");
  Add(f, "note", r.text);
  AddLinks(f, r);
  return f;
}

}  // namespace

const char* BibtexType(Kind kind) {
  switch (kind) {
    case Kind::kArticle:
      return "article";
    case Kind::kBook:
    case Kind::kEditedBook:
      return "book";
    case Kind::kChapter:
      return "incollection";
    case Kind::kReport:
      return "techreport";
    default:
      return "misc";
  }
}

std::string BibtexText(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '#':
      case '$':
      case '%':
      case '&':
      case '_':
      case '{':
      case '}':
        out += '\\';
        out += c;
        break;
      case '\\':
        out += "\\textbackslash{}";
        break;
      case '~':
        out += "\\textasciitilde{}";
        break;
      case '^':
        out += "\\textasciicircum{}";
        break;
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Whether a style would change a capital of word (see BibtexTitle).
bool CaseMatters(std::string_view word, bool capital_expected) {
  size_t first_letter = 0;
  while (first_letter < word.size() && !(IsAsciiUpper(word[first_letter]) ||
                                         (word[first_letter] >= 'a' && word[first_letter] <= 'z') ||
                                         static_cast<unsigned char>(word[first_letter]) >= 0x80)) {
    ++first_letter;  // an opening quotation mark or parenthesis
  }
  for (size_t i = first_letter; i < word.size(); ++i) {
    if (!IsAsciiUpper(word[i])) continue;
    if (i == first_letter && capital_expected) continue;
    return true;
  }
  return false;
}

}  // namespace

std::string BibtexTitle(std::string_view s) {
  std::string out;
  bool capital_expected = true;  // the first word, and the word after a colon
  size_t i = 0;
  while (i < s.size()) {
    size_t end = s.find(' ', i);
    if (end == std::string_view::npos) end = s.size();
    std::string_view word = s.substr(i, end - i);
    if (!word.empty()) {
      std::string text = BibtexText(word);
      out += CaseMatters(word, capital_expected) ? "{" + text + "}" : text;
      char last = word.back();
      capital_expected = last == ':';
    }
    if (end < s.size()) out += ' ';
    i = end + 1;
  }
  return out;
}

std::string BibtexUrl(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '{' || c == '}' || c == '\\' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      char escape[4];
      std::snprintf(escape, sizeof escape, "%%%02X", static_cast<unsigned char>(c));
      out += escape;
    } else {
      out += c;
    }
  }
  return out;
}

std::string BibtexNames(const std::vector<Person>& people) {
  std::string out;
  for (const Person& p : people) {
    if (!out.empty()) out += " and ";
    std::string family = BibtexText(p.family);
    // A name BibTeX would split (at a comma or an "and") is kept whole.
    bool whole = p.organisation || p.family.find(',') != std::string::npos ||
                 p.family.find(" and ") != std::string::npos;
    out += whole ? "{" + family + "}" : family;
    if (!p.given.empty()) out += ", " + BibtexText(p.given);
  }
  return out;
}

std::string RenderBibtex(const std::vector<ReferenceRecord>& records) {
  std::string out;
  for (const ReferenceRecord& r : records) {
    if (!out.empty()) out += "\n";
    // A comma after each field, the last too: BibTeX allows it, and an entry
    // without fields ("@misc{key,}") stays readable.
    out += "@" + std::string(BibtexType(r.kind)) + "{" + r.key + ",\n";
    for (const auto& [name, value] : EntryFields(r)) {
      out += "  " + std::string(name) + " = {" + value + "},\n";
    }
    out += "}\n";
  }
  return out;
}

}  // namespace glossator::bibliography
