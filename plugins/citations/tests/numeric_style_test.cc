// A document cites its numbered list one way: in brackets ("[2]"), or, when
// neither the list nor the text brackets a number, in parentheses ("(2)").
// A text that cites "[2]" means by "(2)" an equation or an item of its own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document_citations.h"

namespace citations {
namespace {

struct Built {
  std::string text;
  std::vector<TextBlock> blocks;
  void Add(const std::string& s, BlockType type = BlockType::kParagraph, int level = 0) {
    if (!text.empty()) text += "\n\n";
    TextBlock b;
    b.span = Span{text.size(), text.size() + s.size()};
    b.type = type;
    b.level = level;
    b.first_page = b.last_page = 1;
    blocks.push_back(b);
    text += s;
  }
};

Built WithList(const std::string& prose) {
  Built d;
  d.Add(prose);
  d.Add("References", BlockType::kHeading, 1);
  d.Add("1. Abel, R. Silence in brief work; Harbour Press: Leeds, 2001.", BlockType::kListItem);
  d.Add("2. Brand, T.; Cole, M. Ruptures and their repair. Journal of Rooms 2004, 12, 3-19.",
        BlockType::kListItem);
  d.Add("3. Dunn, S. The chair of the analyst. Journal of Rooms 2010, 18, 40-52.",
        BlockType::kListItem);
  return d;
}

std::vector<std::string> Cited(const Built& d) {
  std::vector<std::string> out;
  for (const Citation& c : ProcessDocument(d.text, d.blocks).citations) {
    out.push_back(d.text.substr(c.span.begin, c.span.end - c.span.begin));
  }
  return out;
}

TEST(NumericStyle, ParenthesesCiteWhenNothingIsBracketed) {
  Built d = WithList("Repair follows a rupture (2), and the chair matters (3).");
  EXPECT_EQ(Cited(d), (std::vector<std::string>{"(2)", "(3)"}));
}

TEST(NumericStyle, ATextCitingInBracketsMeansNoCitationByParentheses) {
  Built d = WithList("Repair follows a rupture [2]; its measure (3) is the ratio of (1) to time.");
  EXPECT_EQ(Cited(d), (std::vector<std::string>{"[2]"}));
}

}  // namespace
}  // namespace citations
