// A reading's reference list as data for reference managers and pandoc: the
// `reference` annotations (the citations contract, plugins/citations/README.md)
// written as CSL-JSON or BibTeX.
//
// Each annotation of type "reference" is one entry, in annotation order; its
// attributes (all optional) are kind, authors, editors ("Family|Given" per
// line; "Name|" for an organisation), year, year_suffix, date, title,
// container, collection, number, volume, issue, pages, publisher, place, url,
// doi, event and text (the entry as printed, given only for an entry the plugin
// could not read, written as a note). An attribute an entry lacks is left out
// of its record.
//
// Keys (the CSL "id" and the BibTeX key) are made for people to cite with:
// the first author's family name (else the first editor's, else the title's
// first word) in lowercase ASCII, the year ("nd" without one) and its printed
// suffix: "tessaro1987a". A key already given gets "-2", "-3", ...
//
// CSL-JSON: an array of items with id, type (article-journal, book, chapter,
// report, speech, personal_communication, webpage, document), author, editor
// ([{family, given}], or [{literal}] for an organisation), issued
// ({date-parts}), title, container-title, collection-title,
// collection-number, volume, issue, page, publisher, publisher-place, URL,
// DOI, event-title, note.
// BibTeX: @article, @book, @incollection, @techreport or @misc, with the
// usual fields ("Family, Given and Family, Given"; pages 201--219); TeX's
// special characters are escaped; a title's words whose capitals matter are
// braced ("Reading {Winnicott} today").
//
// Thread safety: the functions only read their arguments.
#ifndef GLOSSATOR_BIBLIOGRAPHY_H_
#define GLOSSATOR_BIBLIOGRAPHY_H_

#include <string>
#include <string_view>

#include "glossator/annotation.h"
#include "glossator/export.h"
#include "glossator/status.h"

namespace glossator {

enum class BibliographyFormat {
  kCslJson,  // "csl-json"
  kBibtex,   // "bibtex"
};

// Reads a format's name ("csl-json" or "bibtex") into *format; false, leaving
// *format as it was, for any other name.
GLOSSATOR_EXPORT bool ParseBibliographyFormat(std::string_view name, BibliographyFormat* format);

// The reference entries of annotations in format: valid UTF-8 (invalid bytes
// in attributes become U+FFFD), ending with a newline. No entries: "[]\n"
// (CSL-JSON) or "" (BibTeX).
//
// Example:
//   std::string json = RenderBibliography(annotations, BibliographyFormat::kCslJson);
GLOSSATOR_EXPORT std::string RenderBibliography(const Annotations& annotations,
                                                BibliographyFormat format);

// Renders (as above) and writes to path atomically: readers see the old file
// or the whole new one. On failure returns an IoError whose message begins
// with path, and path is left as it was.
GLOSSATOR_EXPORT Status WriteBibliographyFile(const Annotations& annotations,
                                              BibliographyFormat format, const std::string& path);

}  // namespace glossator

#endif  // GLOSSATOR_BIBLIOGRAPHY_H_
