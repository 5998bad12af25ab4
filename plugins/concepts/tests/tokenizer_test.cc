// The tokenizer: word boundaries, what separates tokens, and case folding on
// both of its paths (ASCII by table, anything else through ICU).
#include "tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concepts {
namespace {

std::vector<std::string> FoldedWords(std::string_view text) {
  Tokens tokens;
  Tokenize(text, &tokens);
  std::vector<std::string> out;
  for (size_t i = 0; i < tokens.tokens.size(); ++i) out.emplace_back(tokens.Folded(i));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, AsciiWordsAreLowerCased) {
  EXPECT_EQ(FoldedWords("The TRANSFERENCE, of 1987"), (V{"the", "transference", "of", "1987"}));
}

TEST(Tokenizer, NonAsciiWordsAreCaseFoldedByIcu) {
  EXPECT_EQ(FoldedWords("ÜBERTRAGUNG Straße naïve"), (V{"übertragung", "strasse", "naïve"}));
  // A word that begins in ASCII and goes on in non-ASCII takes the ICU path.
  EXPECT_EQ(FoldedWords("NAÏVE"), (V{"naïve"}));
}

TEST(Tokenizer, ApostrophesInsideWordsAreKeptAndWrittenStraight) {
  EXPECT_EQ(FoldedWords("Winnicott's DON\u2019T 'quoted'"), (V{"winnicott's", "don't", "quoted"}));
}

TEST(Tokenizer, GapsRecordWhatSeparatesTokens) {
  Tokens tokens;
  Tokenize("counter-transference counter - transference; self\u2010object", &tokens);
  std::vector<Gap> gaps;
  for (const Token& t : tokens.tokens) gaps.push_back(t.gap_before);
  EXPECT_EQ(gaps, (std::vector<Gap>{Gap::kOther, Gap::kHyphen, Gap::kSpace, Gap::kHyphen,
                                    Gap::kOther, Gap::kHyphen}));
}

TEST(Tokenizer, OffsetsAreBytesAndFoldedFormsLieBackToBack) {
  std::string text = "Ü ab\u00A0Cd";
  Tokens tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens.tokens[2].begin, tokens.tokens[2].end - tokens.tokens[2].begin),
            "Cd");
  EXPECT_EQ(tokens.tokens[2].gap_before, Gap::kSpace);  // a no-break space is a space
  for (size_t i = 0; i + 1 < tokens.tokens.size(); ++i) {
    EXPECT_EQ(tokens.tokens[i].folded_end, tokens.tokens[i + 1].folded_begin);
  }
  EXPECT_EQ(tokens.folded, "üabcd");
}

}  // namespace
}  // namespace concepts
