#include "text/normalize.h"

#include <gtest/gtest.h>

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
  EXPECT_EQ(NormalizeText("a\x01"
                          "b\x7F"),
            "ab");  // control characters
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
  EXPECT_EQ(out, "ok( end");
}

}  // namespace
}  // namespace glossator::text
