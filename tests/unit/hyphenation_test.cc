#include "layout/hyphenation.h"

#include <gtest/gtest.h>

namespace glossator::layout {
namespace {

class Hyphens : public ::testing::Test {
 protected:
  HyphenResolver resolver_{""};
};

TEST_F(Hyphens, DictionaryIsThere) { ASSERT_TRUE(resolver_.has_dictionary()); }

TEST_F(Hyphens, SoftBreakBecomesOneWord) {
  EXPECT_EQ(resolver_.Join("in-", "tense"), "intense");
  EXPECT_EQ(resolver_.Join("thera-", "pist's."), "therapist's.");
  EXPECT_EQ(resolver_.Join("(psycho-", "analytic)"), "(psychoanalytic)");
}

TEST_F(Hyphens, RealCompoundKeepsItsHyphen) {
  EXPECT_EQ(resolver_.Join("self-", "esteem"), "self-esteem");
  EXPECT_EQ(resolver_.Join("two-", "person"), "two-person");
  EXPECT_EQ(resolver_.Join("non-", "Freudian"), "non-Freudian");
}

TEST_F(Hyphens, DomainWordsAreWords) {
  EXPECT_TRUE(resolver_.IsWord("countertransference"));
  EXPECT_EQ(resolver_.Join("intersub-", "jectivity"), "intersubjectivity");
}

TEST_F(Hyphens, NumbersKeepWhatWasPrinted) {
  EXPECT_EQ(resolver_.Join("1990-", "1995"), "1990-1995");
}

TEST(HyphensWithoutDictionary, JoinsOnShapeAlone) {
  HyphenResolver none("/nonexistent/dictionary");
  EXPECT_FALSE(none.has_dictionary());
  EXPECT_EQ(none.Join("in-", "tense"), "intense");
  EXPECT_EQ(none.Join("non-", "Freudian"), "non-Freudian");
}

}  // namespace
}  // namespace glossator::layout
