#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace glossator::text {
namespace {

TEST(NormalizeText, SpellsOutLigatures) {
  EXPECT_EQ(NormalizeText("\xEF\xAC\x81rst \xEF\xAC\x82ow e\xEF\xAC\x83"
                          "cient"),
            "first flow efficient");
}

TEST(NormalizeText, ComposesToNfc) {
  EXPECT_EQ(NormalizeText("Bre\x75\xCC\x88"
                          "er"),
            "Bre\xC3\xBC"
            "er");  // u + combining diaeresis
}

TEST(NormalizeText, FoldsOddSpacesAndDropsInvisibles) {
  EXPECT_EQ(NormalizeText("a\xC2\xA0"
                          "b\xE2\x80\x89"
                          "c"),
            "a b c");  // no-break, thin space
  EXPECT_EQ(NormalizeText("in\xC2\xAD"
                          "tense\xE2\x80\x8B"),
            "intense");  // soft hyphen, ZWSP
}

// A glyph mapped to a control character, U+FFFD or bytes that are no UTF-8
// was drawn but stands for no character: it is U+FFFD, counted, never
// dropped unseen (issue 19: every glyph Poppler reads is in the TEI or named
// in a warning). Tab, newline and carriage return are spacing.
TEST(NormalizeText, ControlsAndInvalidBytesBecomeReplacementCharactersCounted) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(NormalizeText("a\x01"
                          "b\x7F"),
            "a" + fffd + "b" + fffd);
  EXPECT_EQ(CountUnrepresentable("a\x01"
                                 "b\x7F"),
            2u);
  EXPECT_EQ(NormalizeText("\xC2\x9B"
                          "2J"),
            fffd + "2J");  // C1 control (CSI)
  EXPECT_EQ(NormalizeText("a\rb"), "a b");
  EXPECT_EQ(CountUnrepresentable("a\tb\nc\rd"), 0u);
  EXPECT_EQ(NormalizeText("a" + fffd + "b"), "a" + fffd + "b");
  EXPECT_EQ(CountUnrepresentable("a" + fffd + "b"), 1u);
}

TEST(NormalizeText, ATabSeparatesWords) { EXPECT_EQ(NormalizeText("a\tb"), "a b"); }

TEST(NormalizeText, KeepsQuotesAndDashesAsTyped) {
  std::string s = "\xE2\x80\x9Cquoted\xE2\x80\x9D \"straight\" \xE2\x80\x94 \xE2\x80\x93";
  EXPECT_EQ(NormalizeText(s), s);
}

TEST(NormalizeText, InvalidUtf8NeverReachesTheOutput) {
  std::string out = NormalizeText(
      "ok\xC3\x28 \xFF"
      "end\xE2\x82");
  EXPECT_TRUE(IsValidUtf8(out));
  // Each invalid sequence is one U+FFFD (it was dropped before issue 19).
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(out, "ok" + fffd + "( " + fffd + "end" + fffd);
  EXPECT_EQ(CountUnrepresentable("ok\xC3\x28 \xFF"
                                 "end\xE2\x82"),
            3u);
}

// Noncharacters and lone surrogates are no text and XML 1.0 forbids them:
// each becomes U+FFFD (kept, so that the reader sees where one was), and
// CountUnrepresentable counts exactly these.
TEST(NormalizeText, NoncharactersAndLoneSurrogatesBecomeReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  const std::vector<std::pair<std::string, const char*>> cases = {
      {"\xEF\xBF\xBE", "U+FFFE"},
      {"\xEF\xBF\xBF", "U+FFFF"},
      {"\xEF\xB7\x90", "U+FDD0"},
      {"\xEF\xB7\xAF", "U+FDEF"},
      {"\xF0\x9F\xBF\xBE", "U+1FFFE"},
      {"\xF4\x8F\xBF\xBF", "U+10FFFF"},
      {"\xED\xA0\x80", "lone lead surrogate U+D800"},
      {"\xED\xBF\xBF", "lone trail surrogate U+DFFF"}};
  for (const auto& [bad, what] : cases) {
    const std::string word = "ab" + bad + "cd";
    EXPECT_EQ(NormalizeText(word), "ab" + fffd + "cd") << what;
    EXPECT_EQ(CountUnrepresentable(word), 1u) << what;
  }
  // Their neighbours are characters like any other, and stay.
  for (const std::string ok :
       {"\xEF\xB7\x8F", "\xEF\xB7\xB0", "\xEF\xBF\xBC", "\xF0\x9F\xBF\xBD"}) {
    EXPECT_EQ(NormalizeText("a" + ok), "a" + ok);
    EXPECT_EQ(CountUnrepresentable("a" + ok), 0u);
  }
  EXPECT_EQ(CountUnrepresentable("\xEF\xBF\xBE\xEF\xBF\xBE x \xED\xA0\x80"), 3u);
}

}  // namespace
}  // namespace glossator::text
