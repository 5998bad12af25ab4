// JSON strings: text quoted and escaped as RFC 8259 requires.
//
// Thread safety: keeps no state.
#ifndef GLOSSATOR_BIBLIOGRAPHY_JSON_TEXT_H_
#define GLOSSATOR_BIBLIOGRAPHY_JSON_TEXT_H_

#include <string>
#include <string_view>

namespace glossator::bibliography {

// s as a JSON string, quotes included: '"' and '\' escaped, control
// characters as \n, \t, ... or \u00XX, invalid UTF-8 bytes as \ufffd; all
// other characters as they are (UTF-8).
// Example: JsonString("a \"b\"\n") == "\"a \\\"b\\\"\\n\"".
std::string JsonString(std::string_view s);

}  // namespace glossator::bibliography

#endif  // GLOSSATOR_BIBLIOGRAPHY_JSON_TEXT_H_
