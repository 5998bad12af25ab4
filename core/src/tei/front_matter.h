// Front matter in the TEI (OUTPUT.md rule 10): the blocks the layout found
// before the text proper (Document::front) move from <body> to <front>, as
// <docTitle>, <docAuthor> and <div type="abstract">; the header repeats the
// title, the authors, the abstract and the keywords.
#ifndef GLOSSATOR_TEI_FRONT_MATTER_H_
#define GLOSSATOR_TEI_FRONT_MATTER_H_

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "glossator/document.h"

namespace glossator::tei {

// Moves the front matter's elements from text's <body> into a new <front>
// before it (nothing when the Document has none). Page breaks and anchors
// before them move with them; the text's order is kept.
void MoveFrontMatter(const Document& doc, pugi::xml_node text);

// The authors named in a byline: "Ann Quist1,2 & Bo Berg*" gives "Ann
// Quist", "Bo Berg" (note marks and affiliation numbers dropped).
std::vector<std::string> BylineAuthors(const std::string& byline);

// <author>s in titleStmt, and <profileDesc> with <abstract> and
// <textClass><keywords> in header, from the Document's front matter.
void AppendHeaderFrontMatter(const Document& doc, pugi::xml_node title_stmt, pugi::xml_node header);

}  // namespace glossator::tei

#endif  // GLOSSATOR_TEI_FRONT_MATTER_H_
