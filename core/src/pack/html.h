// Small helpers for the pack's static site: escaping, and the frame every
// page shares (its head, the stylesheet, the navigation). Pages are written
// as polyglot HTML5 (well-formed XML as well), so that the tests can read
// them with an XML parser and follow every link.
//
// Thread safety: the functions keep no state.
#ifndef GLOSSATOR_PACK_HTML_H_
#define GLOSSATOR_PACK_HTML_H_

#include <string>
#include <string_view>

namespace glossator::pack {

// s with & < > " escaped, for text and for attribute values.
std::string Html(std::string_view s);

// The start of a page: doctype, head (title, viewport for phones, the
// stylesheet at root + "pack.css"), the navigation bar, and <main> when
// open_main (a reading page opens its own, after its toggles). root is the
// way from the page to the pack folder: "" or "../".
std::string PageStart(const std::string& title, const std::string& course, const std::string& root,
                      bool open_main = true);
// The end of a page: closes <main>, <body> and <html>.
std::string PageEnd();

// The site's stylesheet: readable without JavaScript, one column on a phone,
// page numbers in the left margin, marks switched by the checkboxes.
const char* StyleSheet();

}  // namespace glossator::pack

#endif  // GLOSSATOR_PACK_HTML_H_
