// The <body> of the TEI: the Document's blocks as divisions, heads,
// paragraphs, lists and page breaks (OUTPUT.md rules 1 and 2).
//
// Divisions: a heading of level L closes the open <div>s of level >= L and
// opens a <div> with the heading as its <head>; blocks before the first
// heading go in a <div> without a head. In a slide deck each slide is a
// <div type="slide" n="N">, its first heading is the slide's <head>, and a
// later heading on the same slide opens a <div> inside it.
//
// Blocks: heading -> <head>, paragraph -> <p>, line -> <p rend="line">,
// caption -> <p rend="caption">, footnote -> <note place="foot">, and a run of
// list items -> <list> holding one <item> per item.
//
// Page breaks: one <pb n="N" facs="#pageK"/> per page, where the page's text
// begins (Page::text_begin): inside the block's text when the page begins
// inside a block (with break="no" when that splits a word), else just before
// the outermost element that the next block opens (its <div> or <list>), and
// at the end of the body for pages after the last text.
//
// Each block's content is built from a list of pieces (text ranges and
// milestones), so inline elements can join later without touching the rest.
//
// Thread safety: BuildBody only reads the Document.
#ifndef GLOSSATOR_TEI_BODY_BUILDER_H_
#define GLOSSATOR_TEI_BODY_BUILDER_H_

#include <pugixml.hpp>
#include <string>

#include "glossator/document.h"
#include "glossator/status.h"

namespace glossator::tei {

// The xml:id of the <surface> of the page at page_index (0-based) in
// Document::pages(): "page1", "page2", ...; <pb facs> points to it.
std::string SurfaceId(size_t page_index);

// Fills body, an empty <body> element, from doc. Returns Internal, leaving
// body partly filled, when a block's text is not valid UTF-8 or holds a
// character XML 1.0 forbids; the message names the block, page and range.
Status BuildBody(const Document& doc, pugi::xml_node body);

}  // namespace glossator::tei

#endif  // GLOSSATOR_TEI_BODY_BUILDER_H_
