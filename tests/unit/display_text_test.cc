// Text from outside made safe for a terminal: controls and binary escaped,
// everything printable (any script) kept; C strings read with a bound.
#include "util/display_text.h"

#include <gtest/gtest.h>

#include <cstring>

namespace glossator {
namespace {

TEST(DisplayText, ControlBytesAndBinaryAreEscaped) {
  EXPECT_EQ(EscapeForDisplay("screen \x1b[2J cleared\a"), "screen \\x1b[2J cleared\\x07");
  EXPECT_EQ(EscapeForDisplay("back\rwritten\tand\x7f"), "back\\x0dwritten\\x09and\\x7f");
  EXPECT_EQ(EscapeForDisplay("forged\nline"), "forged\\x0aline");
  EXPECT_EQ(EscapeForDisplay("forged\nline", LineBreaks::kKeep), "forged\nline");
  // A C1 control (CSI, U+009B) in UTF-8, and bytes that are not UTF-8: a
  // lone continuation byte, a truncated sequence, an encoded surrogate.
  EXPECT_EQ(EscapeForDisplay("\xc2\x9b"
                             "31m"),
            "\\u009b31m");
  EXPECT_EQ(EscapeForDisplay("a\xff\xfe"
                             "b"),
            "a\\xff\\xfeb");
  EXPECT_EQ(EscapeForDisplay("cut \xe2\x80"), "cut \\xe2\\x80");
  EXPECT_EQ(EscapeForDisplay("\xed\xa0\x80"), "\\xed\\xa0\\x80");
  EXPECT_EQ(EscapeForDisplay(std::string("nul\0here", 8)), "nul\\x00here");
}

TEST(DisplayText, PrintableTextOfAnyScriptIsKeptAndEscapingTwiceChangesNothing) {
  const std::string text =
      "Freud’s « Traumdeutung » — ψυχή, \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d 🙂 \\x1b";
  EXPECT_EQ(EscapeForDisplay(text), text);
  const std::string once = EscapeForDisplay("\x1b]0;title\x07\xff");
  EXPECT_EQ(EscapeForDisplay(once), once);
}

TEST(DisplayText, ACStringIsReadNoFurtherThanItsBound) {
  char buffer[16];
  std::memset(buffer, 'X', sizeof buffer);  // no NUL anywhere
  bool terminated = true;
  EXPECT_EQ(BoundedCString(buffer, 8, &terminated), "XXXXXXXX");
  EXPECT_FALSE(terminated);
  EXPECT_EQ(BoundedCString("ab", 8, &terminated), "ab");
  EXPECT_TRUE(terminated);
  EXPECT_EQ(BoundedCString(nullptr, 8, &terminated), "");
  EXPECT_TRUE(terminated);
}

}  // namespace
}  // namespace glossator
