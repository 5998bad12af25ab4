// Code listings: lines set in a monospace font are kept together as one
// block of kind kCode, whatever their indents, over a blank line of their
// own; prose that wraps onto a line of inline code goes on; a document set
// wholly in a typewriter face has no listings.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/line.h"
#include "layout/text_blocks.h"
#include "layout/type_stats.h"
#include "text_blocks_support.h"

namespace glossator::layout {
namespace {

constexpr double kSize = 10;
constexpr double kPitch = 12;  // single-spaced: 2 pt between boxes

Line MakeLine(double y, double x0, double x1, const std::string& text, bool monospace) {
  Line l;
  l.page = 1;
  l.words.push_back({text, {x0, y, x1, y + kSize}});
  l.box = {x0, y, x1, y + kSize};
  l.font_size = kSize;
  l.monospace = monospace;
  return l;
}

// Prose lines fill the column from 72 to 540.
Line Prose(double y, const std::string& text, double x1 = 540) {
  return MakeLine(y, 72, x1, text, false);
}
Line Code(double y, double x0, const std::string& text) {
  return MakeLine(y, x0, x0 + 6 * static_cast<double>(text.size()), text, true);
}

// A page of prose with a listing in the middle (y 100 to 700 is away from
// the edges, where TypeStats counts lines).
PageLines PageWithListing() {
  PageLines page{1, 612, 792, {}};
  double y = 120;
  for (int i = 0; i < 8; ++i, y += kPitch) page.lines.push_back(Prose(y, "prose line"));
  page.lines.push_back(Prose(y, "Consider the method", 300));
  y += kPitch + 8;  // the space set before a listing
  page.lines.push_back(Code(y, 90, "func (g *Game) Play(n int) {"));
  page.lines.push_back(Code(y += kPitch, 102, "g.Init(n)"));
  page.lines.push_back(Code(y += 2 * kPitch, 102, "g.Turn()"));  // after a blank line
  page.lines.push_back(Code(y += kPitch, 90, "}"));
  y += kPitch + 8;
  for (int i = 0; i < 6; ++i, y += kPitch) page.lines.push_back(Prose(y, "more prose"));
  return page;
}

TEST(CodeListings, MonospaceLinesAreOneListingOverIndentsAndABlankLine) {
  PageLines page = PageWithListing();  // the blocks point into its lines
  std::vector<LayoutBlock> blocks = BuildBlocks(page);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].kind, BlockKind::kCode);
  EXPECT_EQ(blocks[1].lines.size(), 4u);
  EXPECT_EQ(blocks[2].kind, BlockKind::kParagraph);
}

TEST(CodeListings, AWiderGapStartsASecondListing) {
  PageLines page{1, 612, 792, {}};
  double y = 120;
  for (int i = 0; i < 8; ++i, y += kPitch) page.lines.push_back(Prose(y, "prose line"));
  page.lines.push_back(Prose(y, "Two listings:", 300));
  page.lines.push_back(Code(y += kPitch + 8, 90, "a := 1"));
  page.lines.push_back(Code(y += kPitch, 90, "b := 2"));
  page.lines.push_back(Code(y += 4 * kPitch, 90, "c := 3"));  // three lines of space
  std::vector<LayoutBlock> blocks = BuildBlocks(page);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].kind, BlockKind::kCode);
  EXPECT_EQ(blocks[1].lines.size(), 2u);
  EXPECT_EQ(blocks[2].kind, BlockKind::kCode);
}

TEST(CodeListings, ProseThatWrapsOntoInlineCodeGoesOn) {
  PageLines page{1, 612, 792, {}};
  double y = 120;
  for (int i = 0; i < 8; ++i, y += kPitch) page.lines.push_back(Prose(y, "prose line"));
  page.lines.push_back(Prose(y, "a document is rendered using"));
  page.lines.push_back(Code(y += kPitch, 72, "render()."));  // at the paragraph's leading
  std::vector<LayoutBlock> blocks = BuildBlocks(page);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[0].lines.size(), 10u);
}

TEST(CodeListings, ATypewrittenDocumentHasNoListings) {
  PageLines page{1, 612, 792, {}};
  double y = 120;
  for (int i = 0; i < 8; ++i, y += kPitch) page.lines.push_back(Code(y, 72, "typed prose line"));
  page.lines.push_back(Code(y, 72, "The end."));
  for (const LayoutBlock& b : BuildBlocks(page)) EXPECT_NE(b.kind, BlockKind::kCode);
}

pdf::RawPage PageInFont(const std::string& font, const std::string& text = "return") {
  pdf::RawPage page;
  page.number = 1;
  page.width = 612;
  page.height = 792;
  pdf::Word w;
  w.text = text;
  w.box = {72, 100, 108, 110};
  w.font = font;
  w.font_size = 10;
  page.words.push_back(w);
  return page;
}

TEST(CodeListings, MonospaceFontsAreKnownByName) {
  for (const char* font : {"CMTT10", "LMMono10-Regular", "NimbusMonL-Regu", "CourierNewPSMT",
                           "DejaVuSansMono", "Consolas", "SourceCodePro-Regular"}) {
    std::vector<Line> lines = BuildLines(PageInFont(font));
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_TRUE(lines[0].monospace) << font;
  }
  for (const char* font :
       {"CMR10", "TimesNewRomanPSMT", "MonotypeCorsiva", "LMRoman12-Regular", "Helvetica"}) {
    std::vector<Line> lines = BuildLines(PageInFont(font));
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_FALSE(lines[0].monospace) << font;
  }
}

TEST(CodeListings, AWebAddressInTypewriterTypeIsNoCode) {
  // LaTeX's \url, in prose and in reference entries, whole or wrapped.
  for (const char* url : {"http://golang.org/doc/effective_go.html", "www.example.org",
                          "com/index.php/content/index.html;"}) {
    std::vector<Line> lines = BuildLines(PageInFont("CMTT10", url));
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_FALSE(lines[0].monospace) << url;
  }
  std::vector<Line> lines = BuildLines(PageInFont("CMTT10", "fmt.Println(\"a/b.c\")"));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].monospace);
}

}  // namespace
}  // namespace glossator::layout
