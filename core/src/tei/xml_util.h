// Small XML helpers for the TEI writer: text fit for XML 1.0, numbers for
// coordinates, and indentation that never touches mixed content.
//
// Thread safety: the functions keep no state; call them from any thread.
#ifndef GLOSSATOR_TEI_XML_UTIL_H_
#define GLOSSATOR_TEI_XML_UTIL_H_

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace glossator::tei {

// text made fit for an XML 1.0 document: each invalid UTF-8 byte becomes
// U+FFFD and characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF)
// are dropped. Valid, allowed text comes back unchanged.
std::string XmlSafe(std::string_view text);

// The byte offset of the first character XML 1.0 forbids in valid UTF-8 text,
// or std::string_view::npos when there is none.
size_t FindXmlForbidden(std::string_view utf8);

// A coordinate as TEI's data.numeric wants it: "612", "43.05", "-1.5"; at
// most two decimals, no exponent.
std::string FormatNumber(double value);

// The element after node in document order among root's descendants, or an
// empty node when there is none; NextElementUnder(root, root) is the first.
// For walks over a tree of any depth without recursion: a TEI nests as deep
// as a plugin's annotations nest (a chain of parents), which would overflow
// the stack of a recursive walk.
pugi::xml_node NextElementUnder(pugi::xml_node root, pugi::xml_node node);

// True when node is an element of that name.
bool IsNamed(pugi::xml_node node, const char* name);
// A page break or an anchor: an empty milestone that goes where the text is.
bool IsMilestone(pugi::xml_node node);
// Appends text, made XML-safe (XmlSafe), as a text node of element.
void AppendText(pugi::xml_node element, const std::string& text);

// Adds newlines and two-space indentation between the children of node and of
// its descendants, but only in elements whose TEI content is element-only
// (TEI, teiHeader, body, div, list, listBibl, ...), and only where two
// children touch: white space already between them (the spaces between
// reference entries that shared a block) stays as it is. So the entries of
// two blocks of one reference list never touch. Mixed content (p, head, item,
// fw, title, bibl, ...) is left exactly as it is, so no whitespace enters text.
void IndentElementOnly(pugi::xml_node node, int depth = 0);

}  // namespace glossator::tei

#endif  // GLOSSATOR_TEI_XML_UTIL_H_
