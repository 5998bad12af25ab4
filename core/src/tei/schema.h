// What tei_all (TEI P5 4.10) allows, as far as the annotation writer needs to
// know: which elements may sit inline in a block's content and inside each
// other, which attributes they take and the datatypes of those attributes, and
// the XML name rules. Everything here was checked with jing against
// schemas/tei_all.rng (plus the Schematron rules embedded in it that concern
// these attributes); an element or attribute not known here is treated as not
// allowed, so the writer falls back to stand-off.
//
// Thread safety: the functions keep no mutable state; call them from any thread.
#ifndef GLOSSATOR_TEI_SCHEMA_H_
#define GLOSSATOR_TEI_SCHEMA_H_

#include <string>
#include <string_view>

#include "glossator/annotation.h"

namespace glossator::tei {

// True for the phrase-level elements the writer may put inline (term, ref,
// seg, bibl, author, date, title, persName, ...): each allows text, <pb/> and
// <anchor/> inside it.
bool IsInlineElement(std::string_view name);
// Those elements, comma-separated in name order, for messages.
std::string InlineElementList();

// True when child (an inline element) may appear directly inside parent, which
// is a block element (p, head, item, note) or an inline element. For example
// author, editor, biblScope, publisher and pubPlace only inside bibl; bibl
// inside blocks and the paragraph-like phrases (seg, ref, title, q, quote, hi,
// emph) but not inside term or persName.
bool CanContain(std::string_view parent, std::string_view child);

// Why attributes cannot go on element as they are, or "" when they can: an
// attribute the element does not have, a value outside the attribute's
// datatype, a name given twice, or a combination the schema's rules forbid
// (e.g. when with from). resp and cert are the writer's own and never allowed
// here. xml:id values are only checked to be NCNames, not for uniqueness.
std::string CheckAttributes(std::string_view element, const Attributes& attributes);

// True when a <span> in <standOff> takes the attribute with the same meaning
// it has on an inline element: the att.global ones (n, rend, corresp, ana,
// ...) but xml:id, and subtype; and value is valid for it.
bool SpanTakes(std::string_view name, std::string_view value);

// The attribute values XML 1.0 can hold as they are: valid UTF-8 without
// forbidden characters.
bool IsXmlText(std::string_view value);

// XML names: Name (may hold ':'), NCName (xml:id values).
bool IsXmlName(std::string_view s);
bool IsNcName(std::string_view s);
// teidata.word: one or more characters, none of them a control, format,
// private-use, unassigned or separator (space) character.
bool IsTeiWord(std::string_view s);
// teidata.versionNumber: "1", "0.1.0", "2b3.4".
bool IsVersionNumber(std::string_view s);

// Valid values made from any string (deterministic; the identity on valid
// input): characters that may not appear become '_'; an NCName or Name that
// would start with a character that may not begin one gets a leading '_'; an
// empty string becomes fallback.
std::string ToNcName(std::string_view s, std::string_view fallback);
std::string ToXmlName(std::string_view s, std::string_view fallback);
std::string ToTeiWord(std::string_view s, std::string_view fallback);

// A confidence as @cert (teidata.probCert: a double in [0, 1]): the shortest
// decimal that reads back as the same double, clamped to [0, 1]; "" for NaN.
std::string FormatCertainty(double confidence);

}  // namespace glossator::tei

#endif  // GLOSSATOR_TEI_SCHEMA_H_
