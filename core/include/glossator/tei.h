// TEI P5 output: a Document as one TEI document (the contract is OUTPUT.md).
//
// The TEI holds:
//   teiHeader  the title, the source file's name, SHA-256 and page count, and
//              the application (Glossator and its version) that wrote it;
//   sourceDoc  one <surface> per page (its size in PDF points), holding the
//              running headers, footers and page numbers set aside from the
//              text as <fw> inside a <zone> with their box;
//   text/body  the Document's blocks in reading order: headings open <div>s
//              nested by level, paragraphs are <p>, runs of list items are
//              <list><item>, slide decks have one <div type="slide" n="N"> per
//              slide, and every page has one <pb n="N"/> where its text starts.
//   text/back  the reference list, when annotations make one (below).
//   standOff   the annotations that cannot be inline (below).
// The text nodes under <text>, read in document order, are exactly the
// Document's text (blocks are not joined by their "\n\n" separators, which
// are not text, except inside a reference entry that runs over several
// blocks); annotations add elements there, never text. Every division
// and block-level element carries an xml:id derived from the index of its
// (first) block, so ids are stable across runs over the same Document: "d12"
// (div), "h12" (head), "p12" (p), "list12", "li12" (item), "n12" (note);
// surfaces are "page3".
//
// Annotations (OUTPUT.md rules 3 to 8). Each is written with its type's
// tei_element and tei_attributes (Annotations::types; a type without a
// declaration is a <seg type="TYPE">), plus resp="#glossator-PLUGIN" (the
// xml:id of the plugin's <application> in the header) and, when it has a
// confidence, cert="0.85" (the confidence itself: TEI's cert takes a number
// in [0, 1]). Nothing is dropped:
//   inline     <term ref="#c.x" resp="#glossator-concepts">text</term> around its text
//              when the range lies in one block, nests with the annotations
//              already inline there (by begin, longest first, parents first,
//              then as given) and TEI allows the element there with those
//              attributes (author only inside bibl, a valid @when, ...).
//              Elements follow range containment; <pb/>s stay where they fall.
//   stand-off  otherwise (crossing another, across blocks, empty, or not
//              allowed inline): <standOff><spanGrp type="TYPE"><span
//              xml:id="gl.…" type="TYPE" from="#X" to="#Y" resp cert>, its
//              machine id (below) as its id. X and Y are
//              the first and last blocks' ids when the range covers whole
//              blocks (rule 6: from is where it starts, to where it ends),
//              else <anchor/>s in the text at its begin and end ("aN.b" and
//              "aN.e"; "aN" alone for an empty range; an anchor between two
//              blocks stands for the offset inside their separator). The
//              element's other attributes are on the span when a span has
//              them with the same meaning (n, rend, corresp, ana, ...), else
//              <note type="attribute" n="NAME">VALUE</note> inside it.
//   entries    an annotation whose type declares the element bibl (a
//              reference entry) and covers whole paragraphs, list items or
//              slide lines (or tiles one, leaving only spaces) is written
//              as <bibl xml:id="bib.3" ...> in place of their <p>s or
//              <item>s, with its parts (author, date, title, ...) inline in
//              it; consecutive entries share one <listBibl>. The <div> that
//              holds the first entry (the one whose heading begins the list)
//              and all after it move to <text><back>, as
//              <div type="references"> (see tei/reference_list.h).
//   pointers   each "#ID" in an annotation's @target that names no xml:id in
//              the file is dropped from it (with a warning); one that names an
//              id the writer had to give another element follows it.
//   header     the plugins as <application>s in appInfo and the taxonomies'
//              categories in classDecl (see tei/annotation_header.h).
//   ids        each machine annotation (not Annotation::by_person) whose
//              template gives no xml:id has its machine id as xml:id, last
//              among its attributes: "gl." and 48 bits of the SHA-256 of its
//              plugin, type, words and 32 characters of context each side
//              (edits/machine_id.h), stable while its passage is; a repeat
//              gets "_2", "_3". revisionDesc/listChange/<change who=
//              "#glossator" type="machine-annotations"> lists the ids of all
//              machine annotations, so that a person's deletion can be told
//              from an annotation never made (glossator/edits.h).
// Anchor ids ("aN.b") follow the order of the annotations; all ids are
// unique in the file.
//
// Thread safety: both functions only read the Document; call them from any
// number of threads at once, on the same Document or on different ones.
#ifndef GLOSSATOR_TEI_H_
#define GLOSSATOR_TEI_H_

#include <string>
#include <vector>

#include "glossator/annotation.h"
#include "glossator/document.h"
#include "glossator/export.h"
#include "glossator/status.h"

namespace glossator {

// Renders doc as a complete TEI P5 document: UTF-8, with an XML declaration,
// indented where the content is element-only (never inside <p>, <head> and
// other mixed content, so no whitespace is added to the text).
//
// Returns an Internal error, and no text, when a block's text is not valid
// UTF-8 or holds a character XML 1.0 forbids (the Document promises neither
// happens, so this is a bug upstream); the message names the block, its page
// and its byte range. Header strings (title, file name) and furniture that are
// not valid UTF-8 are repaired instead (invalid bytes become U+FFFD).
//
// Example:
//   Result<std::string> xml = RenderTei(doc);
//   if (!xml.ok()) return xml.status();
GLOSSATOR_EXPORT Result<std::string> RenderTei(const Document& doc);

// Renders doc with its annotations (as above). Returns InvalidArgument naming
// the annotation (its index, id, type, plugin and range) when an annotation's
// range is reversed, goes past the end of the text or splits a UTF-8
// character; else as RenderTei(doc). With empty annotations the output is
// the same, byte for byte, as RenderTei(doc). What was written but is worth
// a word (a target naming no id, dropped) is appended to warnings when it is
// not null, one line each, beginning with the source's file name.
//
// Example:
//   std::vector<std::string> warnings;
//   Result<std::string> xml = RenderTei(doc, pipeline_result.annotations, &warnings);
GLOSSATOR_EXPORT Result<std::string> RenderTei(const Document& doc, const Annotations& annotations,
                                               std::vector<std::string>* warnings = nullptr);

// Renders doc (as RenderTei) and writes it to path atomically: readers of path
// see the old file or the whole new one, never a part. An existing file at
// path is replaced.
//
// On failure returns a non-OK Status whose message begins with path: the
// rendering's Internal error, or an IoError when the file cannot be written
// (e.g. its directory does not exist). Then path is left as it was and no
// temporary file remains.
GLOSSATOR_EXPORT Status WriteTeiFile(const Document& doc, const std::string& path);

// Renders doc with its annotations (as RenderTei, warnings too) and writes it
// to path atomically, failing as WriteTeiFile(doc, path) does.
GLOSSATOR_EXPORT Status WriteTeiFile(const Document& doc, const Annotations& annotations,
                                     const std::string& path,
                                     std::vector<std::string>* warnings = nullptr);

}  // namespace glossator

#endif  // GLOSSATOR_TEI_H_
