// Numeric citations: forms, ranges, locators, and what is not one.
#include "numeric_citations.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace citations {
namespace {

NumberedList ListOf(int count, bool parentheses) {
  NumberedList list;
  for (int n = 1; n <= count; ++n) list.entries[n] = static_cast<size_t>(n - 1);
  list.parentheses = parentheses;
  return list;
}

std::vector<std::string> Found(const std::string& text, const NumberedList& list,
                               std::vector<std::vector<size_t>>* targets = nullptr) {
  std::vector<std::string> out;
  for (const Citation& c : FindNumericCitations(text, Span{0, text.size()}, list)) {
    out.push_back(text.substr(c.span.begin, c.span.size()));
    if (targets != nullptr) targets->push_back(c.targets);
  }
  return out;
}

TEST(NumericCitations, FormsAndRanges) {
  std::vector<std::vector<size_t>> targets;
  std::string text = "as shown [12], and [3, 7\u20139] and [2-4; 6] (see [1, p.18]).";
  EXPECT_EQ(Found(text, ListOf(12, false), &targets),
            (std::vector<std::string>{"[12]", "[3, 7\u20139]", "[2-4; 6]", "[1, p.18]"}));
  EXPECT_EQ(targets[0], (std::vector<size_t>{11}));
  EXPECT_EQ(targets[1], (std::vector<size_t>{2, 6, 7, 8}));
  EXPECT_EQ(targets[2], (std::vector<size_t>{1, 2, 3, 5}));
  EXPECT_EQ(targets[3], (std::vector<size_t>{0}));
}

TEST(NumericCitations, NotCitations) {
  NumberedList list = ListOf(12, true);
  // Numbers not in the list, years, code indexes, text in brackets.
  EXPECT_TRUE(Found("[13] [0] [1990] x[3]) pictures[2].Draw [sic] [3a]", list).empty());
  // Parentheses only when the list does not bracket its numbers.
  EXPECT_EQ(Found("the chair (4) again", list), (std::vector<std::string>{"(4)"}));
  EXPECT_TRUE(Found("the chair (4) again", ListOf(12, false)).empty());
  // After a word, only where prose goes on.
  EXPECT_EQ(Found("HotDraw[4] is a framework", list), (std::vector<std::string>{"[4]"}));
}

}  // namespace
}  // namespace citations
