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
// footnote -> <note place="foot">, a run of list items -> <list> holding one
// <item> per item, and a caption with the figure text beside it (a table's
// rows, a chart's labels) -> one <figure> holding the caption as <head> and
// each block of figure text as <ab>.

// Reference entries (markup.entries, tei/reference_list.h): the blocks they
// cover are written as one <bibl> per entry (with its attributes), and a run
// of such blocks as one <listBibl xml:id="listBiblN"> holding them. An entry
// over several blocks holds their text and the separators between them; the
// spaces around the entries that tile a block are text of the <listBibl>.
// Marks and page breaks at an entry's edge go inside it (an element that
// starts where one entry ends goes into the next).
//
// Page breaks: one <pb n="N" facs="#pageK"/> per page, where the page's text
// begins (Page::text_begin): inside the block's text when the page begins
// inside a block (with break="no" when that splits a word), else just before
// the outermost element that the next block opens (its <div> or <list>), and
// at the end of the body for pages after the last text.
//
// Annotations (tei/annotation_layout.h): each block's content is built from a
// list of pieces in text order (text ranges, page breaks, and the markup's
// element starts and ends and anchors); at one offset, elements that end come
// first, then anchors, then page breaks, then elements that start. The
// markup's anchors between blocks go just before the outermost element the
// next block opens (before its page breaks), or at the end of the body.
//
// Thread safety: BuildBody only reads the Document.
#ifndef GLOSSATOR_TEI_BODY_BUILDER_H_
#define GLOSSATOR_TEI_BODY_BUILDER_H_

#include <pugixml.hpp>
#include <string>
#include <utility>

#include "glossator/document.h"
#include "glossator/status.h"
#include "tei/annotation_layout.h"

namespace glossator::tei {

// The xml:id of the <surface> of the page at page_index (0-based) in
// Document::pages(): "page1", "page2", ...; <pb facs> points to it.
std::string SurfaceId(size_t page_index);

// The range of block i of doc, clamped to the text.
std::pair<size_t, size_t> BlockRange(const Document& doc, size_t i);

// The xml:id of the element that holds block i's text: "h12" (head), "li12"
// (item), "n12" (note) or "p12" (p).
std::string BlockElementId(const Document& doc, size_t i);
// The xml:id of the <cell> of row `row` that starts in grid column
// `column` (both 0-based) of the table of block i: "t12.r2c3".
std::string TableCellId(const Document& doc, size_t i, size_t row, size_t column);

// The name of that element: head, item, note or p.
const char* BlockElementName(const Document& doc, size_t i);

// Fills body, an empty <body> element, from doc and markup (which may be
// empty, or hold what LayOutAnnotations made for doc). Returns Internal,
// leaving body partly filled, when a block's text is not valid UTF-8 or holds
// a character XML 1.0 forbids; the message names the block, page and range.
Status BuildBody(const Document& doc, const BodyMarkup& markup, pugi::xml_node body);

}  // namespace glossator::tei

#endif  // GLOSSATOR_TEI_BODY_BUILDER_H_
