#include "text/boundaries.h"

#include <gtest/gtest.h>

namespace glossator::text {
namespace {

Document Doc(const std::string& text, std::vector<Block> blocks) {
  DocumentParts parts;
  parts.text = text;
  parts.blocks = std::move(blocks);
  return Document(std::move(parts));
}

TEST(Boundaries, SentencesStayInsideBlocksAndWordsHoldLetters) {
  std::string text =
      "THE SELFOBJECT\nMIRRORING ANSWERS THE CHILD\n\nIt failed. Dr. Quist (1990) saw “repair”.";
  size_t p = text.find("It failed");
  Document doc = Doc(text, {{BlockKind::kHeading, 0, 14, 1, 1, 1, 1},
                            {BlockKind::kLine, 15, p - 2, 1, 1, 1, 0},
                            {BlockKind::kParagraph, p, text.size(), 1, 1, 0, 0}});
  Result<TextBoundaries> b = FindBoundaries(doc);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  std::vector<std::string> sentences;
  for (auto [s, e] : b->sentences) sentences.push_back(text.substr(s, e - s));
  EXPECT_EQ(sentences, (std::vector<std::string>{"THE SELFOBJECT", "MIRRORING ANSWERS THE CHILD",
                                                 "It failed.", "Dr. Quist (1990) saw “repair”."}));
  std::vector<std::string> words;
  for (auto [s, e] : b->Words()) words.push_back(text.substr(s, e - s));
  EXPECT_EQ(words.size(), 13u);
  EXPECT_EQ(words.back(), "repair");  // quotes are not words, and offsets are UTF-8 bytes
}

}  // namespace
}  // namespace glossator::text
