// Reference records as BibTeX: one entry per record, its type chosen by the
// kind (@article, @book, @incollection, @techreport, else @misc), its fields
// in braces, TeX's special characters escaped.
//
// Thread safety: keeps no state.
#ifndef GLOSSATOR_BIBLIOGRAPHY_BIBTEX_H_
#define GLOSSATOR_BIBLIOGRAPHY_BIBTEX_H_

#include <string>
#include <string_view>
#include <vector>

#include "bibliography/reference_record.h"

namespace glossator::bibliography {

// The entry type of a kind: article; book (edited books too); incollection
// (chapter); techreport (report); misc (talk, personal communication, web
// page, other).
const char* BibtexType(Kind kind);

// s fit for a braced BibTeX field: # $ % & _ { } as \# \$ \% \& \_ \{ \},
// \ ~ ^ as \textbackslash{} \textasciitilde{} \textasciicircum{}; line breaks
// as spaces; the rest (UTF-8 included) as it is.
std::string BibtexText(std::string_view s);

// A title as BibTeX field text (BibtexText), each word whose capitals a
// style must keep in braces: BibTeX styles lower-case a title but for its
// first letter and the letter after a colon, so "Freud" in "Notes on Freud"
// becomes "{Freud}", "DSM-5" anywhere "{DSM-5}"; a word capitalised only as
// the title's first word or after a colon is left as it is. Only ASCII
// capitals are seen.
std::string BibtexTitle(std::string_view s);

// A URL or DOI as a field: as it is, but for the characters that would end
// or break the field ({ } \ and spaces), percent-encoded.
std::string BibtexUrl(std::string_view s);

// People as "Family, Given and Family, Given"; an organisation in braces
// ({Linden Centre}), so that BibTeX reads it as one name.
std::string BibtexNames(const std::vector<Person>& people);

// The entries, separated by blank lines, each field followed by a comma; ""
// for none.
std::string RenderBibtex(const std::vector<ReferenceRecord>& records);

}  // namespace glossator::bibliography

#endif  // GLOSSATOR_BIBLIOGRAPHY_BIBTEX_H_
