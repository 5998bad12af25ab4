#include "layout/text_blocks.h"

#include <gtest/gtest.h>

namespace glossator::layout {
namespace {

TEST(MostlyLetters, HeadingsHaveWordsNumbersAndFormulasDoNot) {
  EXPECT_TRUE(MostlyLetters("Transference"));
  EXPECT_TRUE(MostlyLetters("2 Method"));
  EXPECT_TRUE(MostlyLetters("3.1. Übertragung"));
  EXPECT_FALSE(MostlyLetters("0.46"));
  EXPECT_FALSE(MostlyLetters("\u0398 = {"));
  EXPECT_FALSE(MostlyLetters("}"));
  EXPECT_FALSE(MostlyLetters("(12) 2013"));
}

}  // namespace
}  // namespace glossator::layout
