// One reference entry read from its annotation's attributes (the citations
// contract), with its citation key: what the CSL-JSON and BibTeX writers
// share.
//
// Thread safety: plain values; ReadReferenceRecords only reads its argument.
#ifndef GLOSSATOR_BIBLIOGRAPHY_REFERENCE_RECORD_H_
#define GLOSSATOR_BIBLIOGRAPHY_REFERENCE_RECORD_H_

#include <string>
#include <string_view>
#include <vector>

#include "glossator/annotation.h"

namespace glossator::bibliography {

// A person ("Family|Given") or an organisation ("Name|": family holds the
// name, given is empty).
struct Person {
  std::string family, given;
  bool organisation = false;
};

// The contract's entry kinds.
enum class Kind {
  kArticle,
  kBook,
  kEditedBook,
  kChapter,
  kReport,
  kTalk,
  kPersonalCommunication,
  kWebPage,
  kOther,  // "other", and any kind the contract does not name
};

// The kind a reference's type names ("article", "edited-book", ...: the
// values of OUTPUT.md's reference kinds), kOther for any other.
Kind KindOf(std::string_view kind);

// All strings are valid UTF-8 (invalid bytes became U+FFFD); "" when absent.
struct ReferenceRecord {
  std::string key;  // unique among the records: "tessaro1987a"
  Kind kind = Kind::kOther;
  std::vector<Person> authors, editors;
  std::string year, year_suffix, date;
  std::string title, container, collection, number, volume, issue, pages;
  std::string publisher, place, url, doi, event;
  // The entry as printed, when the plugin could not read it with confidence
  // (then it gives no other field): written as a note.
  std::string text;
};

// The "reference" annotations of annotations, in order, with unique keys.
std::vector<ReferenceRecord> ReadReferenceRecords(const Annotations& annotations);

// "Family|Given" lines as people; blank lines are skipped, and a line without
// '|' is a family name alone.
std::vector<Person> ParsePeople(std::string_view lines);

// The parts of a date: "1981-04-03" -> {1981, 4, 3}, "1987-06" -> {1987, 6},
// else (with year "1987") {1987}; {} when neither gives a year.
std::vector<int> DateParts(const ReferenceRecord& record);

// s with invalid UTF-8 bytes replaced by U+FFFD.
std::string ValidUtf8(std::string_view s);

}  // namespace glossator::bibliography

#endif  // GLOSSATOR_BIBLIOGRAPHY_REFERENCE_RECORD_H_
