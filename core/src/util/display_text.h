// Text from outside our control (a plugin's log lines and error messages, a
// settings file's lines, Poppler's messages about a PDF) made safe to print on
// a terminal and to quote in a message, and C strings read with a bound.
//
// A terminal acts on control bytes: ESC starts a sequence that can clear the
// screen, retitle the window or move the cursor, CR overwrites the line, and
// a C1 control (U+0080..U+009F) is an escape of its own on some terminals.
// Invalid UTF-8 is binary that no reader of a message can use. All of these
// are written out as visible escapes instead: "\x1b", "\u009b".
//
// Thread safety: the functions keep no state; call them from any thread.
#ifndef GLOSSATOR_UTIL_DISPLAY_TEXT_H_
#define GLOSSATOR_UTIL_DISPLAY_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace glossator {

// Whether a line break in the text stays a line break (a multi-line message
// of our own) or is escaped too (one log line of a plugin, which must not
// forge a line of its own).
enum class LineBreaks { kEscape, kKeep };

// text with C0 controls (but a kept '\n') and DEL as "\xNN", C1 controls as
// "\uNNNN" and each byte of invalid UTF-8 as "\xNN". Printable text, and any
// valid UTF-8 beyond U+009F, comes back unchanged; so the function is
// idempotent, and text escaped once can be escaped again at the terminal.
std::string EscapeForDisplay(std::string_view text, LineBreaks breaks = LineBreaks::kEscape);

// The C string s read up to max_bytes: s may come from a plugin that left it
// unterminated (a buffer filled to its end). *terminated says whether a NUL
// was found within the bound. nullptr reads as "".
std::string_view BoundedCString(const char* s, size_t max_bytes, bool* terminated = nullptr);

}  // namespace glossator

#endif  // GLOSSATOR_UTIL_DISPLAY_TEXT_H_
