#include "text/boundaries.h"

#include <gtest/gtest.h>

#include <new>
#include <string>
#include <utility>
#include <vector>

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

// Finders that fail as ICU or memory can, counting their calls.
int finder_calls = 0;
Result<std::vector<Range>> IcuFails(const Document&) {
  ++finder_calls;
  return Status::Internal("ICU: U_BRK_INTERNAL_ERROR");
}
Result<std::vector<Range>> MemoryRunsOut(const Document&) {
  ++finder_calls;
  throw std::bad_alloc();
}

Document OneParagraph(const std::string& text) {
  return Doc(text, {{BlockKind::kParagraph, 0, text.size(), 1, 1, 0, 0}});
}

TEST(Boundaries, AnIcuErrorFindingWordsIsReportedNotSwallowed) {
  Document doc = OneParagraph("The child mirrors the analyst.");
  Result<TextBoundaries> found = FindBoundaries(doc);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  TextBoundaries b = std::move(found).value();
  b.find_words = IcuFails;
  finder_calls = 0;
  EXPECT_TRUE(b.Words().empty());
  EXPECT_TRUE(b.Words().empty());
  EXPECT_EQ(finder_calls, 1);  // not tried again within the turn that failed
  Status failure = b.TakeWordsFailure();
  EXPECT_EQ(failure.code(), StatusCode::kInternal);
  EXPECT_EQ(failure.message(), "ICU: U_BRK_INTERNAL_ERROR");
  EXPECT_TRUE(b.TakeWordsFailure().ok());  // taken once
  // The next turn tries again, and finds them when the finder can.
  b.find_words = FindWords;
  EXPECT_EQ(b.Words().size(), 5u);
  EXPECT_TRUE(b.TakeWordsFailure().ok());
}

TEST(Boundaries, MemoryRunningOutFindingWordsIsAResourceLimit) {
  Document doc = OneParagraph("The child mirrors the analyst.");
  Result<TextBoundaries> found = FindBoundaries(doc);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  TextBoundaries b = std::move(found).value();
  b.find_words = MemoryRunsOut;
  finder_calls = 0;
  EXPECT_TRUE(b.Words().empty());  // no exception leaves Words()
  EXPECT_TRUE(b.Words().empty());
  EXPECT_EQ(finder_calls, 1);
  EXPECT_EQ(b.TakeWordsFailure().code(), StatusCode::kResourceLimit);
  EXPECT_TRUE(b.Words().empty());  // tried again after the failure was taken
  EXPECT_EQ(finder_calls, 2);
}

}  // namespace
}  // namespace glossator::text
