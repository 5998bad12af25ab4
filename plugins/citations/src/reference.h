// reference: one parsed entry of a reference list, the fields the contract
// (README.md) names, each with its value and where it stands in the entry.
//
// Thread safety: plain data.
#ifndef GLOSSATOR_CITATIONS_REFERENCE_H_
#define GLOSSATOR_CITATIONS_REFERENCE_H_

#include <string>
#include <utility>
#include <vector>

#include "person_names.h"
#include "text_scan.h"

namespace citations {

enum class Kind {
  kArticle,
  kBook,
  kEditedBook,
  kChapter,
  kReport,
  kTalk,
  kPersonalCommunication,
  kWebPage,
  kOther
};

// "article", "book", "edited-book", "chapter", "report", "talk",
// "personal-communication", "web-page", "other".
const char* KindName(Kind kind);

// A field's value (normalised where the contract says so) and its span in
// the entry as printed (empty when the value has no single place).
struct Field {
  std::string value;
  Span span;
  bool present() const { return !value.empty(); }
};

struct ParsedReference {
  Span entry;  // the entry without a leading bullet, dash or number
  Kind kind = Kind::kOther;
  std::vector<Person> authors, editors;
  Span authors_span, editors_span;  // the lists as printed
  bool authors_et_al = false;
  Field year;  // "1987" or "n.d."; span: the date as printed
  std::string year_suffix;
  std::string date;  // ISO, when fuller than the year
  Field title;
  char title_level = 'a';  // 'a' article or chapter, 'm' book or report
  Field container;         // journal or book
  char container_level = 'j';
  Field collection, number, volume, issue, pages, publisher, place, url, doi, event;
  std::string pages_from, pages_to;  // of a page range
  // Read without confidence (parse_confidence.h): every field above is
  // empty, and the entry is given as its text.
  bool unparsed = false;

  // The people the entry is filed under: its authors, else its editors.
  const std::vector<Person>& Creators() const { return authors.empty() ? editors : authors; }
  // The contract's attributes (id excepted), in a fixed order; absent fields
  // are left out.
  std::vector<std::pair<std::string, std::string>> Attributes() const;
};

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_REFERENCE_H_
