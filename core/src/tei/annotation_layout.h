// Where each annotation goes in the TEI (OUTPUT.md rules 3 to 8): inline, as
// an element around its text inside one block, or stand-off, as a <span> in
// <standOff> whose from/to point to <anchor/>s in the text (or to the blocks
// it covers whole).
//
// The element of an annotation is its type's tei_element (a type nobody
// declared, or declared without an element, is a <seg type="TYPE">), its
// attributes the type's tei_attributes template ("ref=#{category}"; one whose
// key the annotation lacks is left out), then resp="#glossator-PLUGIN" and
// cert="CONFIDENCE" (a number in [0, 1]); a person's annotation
// (Annotation::by_person) has its own resp (Annotation::resp) instead. A
// machine annotation inline gets its machine id as xml:id, after the rest.
//
// Reference entries (tei/reference_list.h) come first: an annotation whose
// element is bibl and that covers whole blocks (or tiles one) is written as
// the block-level <bibl> itself, with its template's attributes (the
// template's xml:id when it is valid and free, else the id of its first
// block: "p82"; "p82_2" for a second entry in that block), resp and cert.
// The other annotations are laid out around the entries, which stand for the
// blocks they cover.
//
// Inline when all of these hold, else stand-off:
//   - the range is not empty and lies within one block's text (or one
//     entry's, which may run over several blocks);
//   - the element is one TEI allows inline (tei/schema.h), with these
//     attributes (names and values valid for it, any xml:id unique);
//   - it nests with the inline annotations placed before it: the annotations
//     of a block are taken by begin, then longest first, then (for equal
//     ranges) parents before children, then in the order given; one that
//     crosses an annotation already inline goes stand-off;
//   - TEI allows its element inside the element it nests in (author only
//     inside bibl, for example; an entry's <bibl> holds its parts).
//
// Stand-off: <span xml:id="ID" type="TYPE" from="#X" to="#Y" resp cert>, ID
// the annotation's machine id (edits/machine_id.h; "sN" for a person's, N its
// 1-based position in Annotations::items). X and Y are the
// xml:ids of the first and last block (or entry) when the range starts at a
// block's start and ends at a block's end (rule 6), else the anchors "aN.b" and
// "aN.e" placed at its begin and end ("aN" for both when it is empty). The
// template's attributes that mean the same on a span (att.global ones and
// subtype) go on the span when valid there; the others are
// <note type="attribute" n="NAME">VALUE</note> inside it; a template's xml:id,
// when valid and unique, becomes the span's. An anchor at an offset between two
// blocks (inside their "\n\n" separator) stands between their elements.
//
// Renamed ids: when a template's xml:id X cannot be given because structure
// or the header already has it (not another annotation: then X points to
// that one), the element gets another id Y and renamed maps X to Y, so that
// pointers to X can follow (tei/pointers.h).
//
// Thread safety: LayOutAnnotations only reads its arguments (and the IdSet
// it is given, which it also fills).
#ifndef GLOSSATOR_TEI_ANNOTATION_LAYOUT_H_
#define GLOSSATOR_TEI_ANNOTATION_LAYOUT_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "glossator/annotation.h"
#include "glossator/document.h"
#include "glossator/status.h"
#include "tei/reference_list.h"

namespace glossator::tei {

// The xml:ids of one file, so that each is given once.
class IdSet {
 public:
  bool Contains(const std::string& id) const { return ids_.count(id) > 0; }
  // Adds id; false when it was already there.
  bool Claim(const std::string& id) { return ids_.insert(id).second; }
  // base, or base with "_2", "_3", ... appended: the first not yet given; claimed.
  std::string ClaimUnique(const std::string& base);

 private:
  std::set<std::string> ids_;
  std::map<std::string, size_t> next_suffix_;  // base -> the first suffix not yet tried
};

// Something placed at an offset inside a block's content.
struct InlineMark {
  enum class Kind { kEnd, kAnchor, kStart };
  Kind kind = Kind::kAnchor;
  size_t offset = 0;
  // Order among marks at one offset: ends (innermost first), anchors, the
  // page breaks of the body builder, starts (outermost first).
  int rank = 0;
  size_t order = 0;
  std::string name;       // kStart: the element; kAnchor: the anchor's xml:id
  Attributes attributes;  // kStart
};

// What the body builder adds to the blocks.
struct BodyMarkup {
  // per block, sorted; an entry's marks are in the lists of the blocks it covers
  std::vector<std::vector<InlineMark>> in_block;
  std::vector<std::vector<InlineMark>> before;  // per block: anchors just before it, sorted
  std::vector<InlineMark> after_last;           // anchors after the last block, sorted
  ReferenceEntries entries;                     // blocks written as <bibl>s
};

struct StandOffSpan {
  std::string group;      // the spanGrp's @type (the annotation type as a word)
  Attributes attributes;  // of the <span>, in order: xml:id, type, from, to, resp, cert, ...
  Attributes notes;       // <note type="attribute" n="NAME">VALUE</note>
};

struct AnnotationLayout {
  BodyMarkup body;
  std::vector<StandOffSpan> spans;             // in annotation order
  std::map<std::string, std::string> renamed;  // a template's xml:id -> the id given instead
  // The xml:id of each machine annotation (Annotation::resp empty), in
  // annotation order: the record of what the machine produced (revisionDesc).
  std::vector<std::string> machine_ids;
};

// The rank of a page break at an offset (see InlineMark::rank).
constexpr int kPageBreakRank = 2;

// The application ident, xml:id and @resp target of a plugin: "glossator-"
// and its name made an XML Name ("glossator-concepts", as OUTPUT.md's
// example has it), so that it cannot take an id the plugin itself declares
// (the concepts taxonomy is "concepts").
std::string PluginIdent(const std::string& plugin);

// The xml:ids the body builder may give: one set per block, whatever its kind
// (its listBibl's too), the surfaces of sourceDoc and the references <div> of
// a slide deck's back.
void ClaimStructuralIds(const Document& doc, IdSet& ids);

// Lays out annotations over doc, claiming the ids it gives in ids (which must
// already hold the structural and header ids). Returns InvalidArgument naming
// the annotation when its range is outside the text, reversed, or splits a
// UTF-8 character.
Result<AnnotationLayout> LayOutAnnotations(const Document& doc, const Annotations& annotations,
                                           IdSet& ids);

}  // namespace glossator::tei

#endif  // GLOSSATOR_TEI_ANNOTATION_LAYOUT_H_
