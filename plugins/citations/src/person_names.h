// person_names: splits a printed list of people ("Abernathy, L. K., Birchall,
// S., & Coyle, T.", "M. Farrow & B. Ilse", "Teng, Edmond and Larry R. Squire",
// "Kilbride S.", "World Health Organization") into persons, each with its
// family and given names as printed and where they stand.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_PERSON_NAMES_H_
#define GLOSSATOR_CITATIONS_PERSON_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "text_scan.h"

namespace citations {

struct Person {
  std::string family;  // as printed ("Quarrington", "Martin-Facklam")
  std::string given;   // as printed ("M. J.", "Ruth"); "" when none
  Span span;           // the whole name
  Span family_span;
  Span given_span;  // empty when there is no given name
  bool organisation = false;
};

struct PersonList {
  std::vector<Person> persons;
  bool et_al = false;  // the list ends with "et al." (or "..." / "etc.")
};

// Parses the people of text[span] (the author or editor part of an entry,
// without the date or an "(Eds.)" marker). Spans in the result are offsets
// into text. Never fails: a list it cannot read becomes one person whose
// family name is the whole span.
PersonList ParsePersonList(std::string_view text, Span span);

// True when token (a word as printed) is one or more initials: "M.", "MJ",
// "E.E.", "J.-P.", "Th.".
bool IsInitials(std::string_view token);

// Where a marker that makes the people before it editors ("(Eds.)", "(Ed.)",
// ", eds.", "editors") starts at the end of text[span], or span.end when
// there is none.
size_t EditorMarkerAtEnd(std::string_view text, Span span);

// The names in an editor part as printed: without a leading "In", "ed." or
// "edited by" and a trailing marker ("In M. Farrow & B. Ilse (Eds.)," ->
// "M. Farrow & B. Ilse").
Span EditorNames(std::string_view text, Span span);

// "Family|Given" lines, one per person (the form of the authors attribute).
std::string PersonLines(const std::vector<Person>& persons);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_PERSON_NAMES_H_
