// OrientPage on pages of synthetic words: each quarter turn of a page's text
// brings it back to left to right, top to bottom.
#include "pdf/page_orientation.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace glossator::pdf {
namespace {

Word MakeWord(const char* text, Box box, int rotation) {
  Word w;
  w.text = text;
  w.box = box;
  w.rotation = rotation;
  return w;
}

RawPage MakePage(double width, double height, int rotation, std::vector<Word> words) {
  RawPage page;
  page.number = 1;
  page.width = width;
  page.height = height;
  page.rotation = rotation;
  page.words = std::move(words);
  return page;
}

void ExpectBox(const Box& b, double x0, double y0, double x1, double y1) {
  EXPECT_DOUBLE_EQ(b.x0, x0);
  EXPECT_DOUBLE_EQ(b.y0, y0);
  EXPECT_DOUBLE_EQ(b.x1, x1);
  EXPECT_DOUBLE_EQ(b.y1, y1);
}

TEST(OrientPage, UprightTextIsLeftAlone) {
  RawPage page = MakePage(600, 800, 0, {MakeWord("one", {10, 20, 40, 30}, 0)});
  OrientPage({Box{35, 20, 40, 30}}, &page);
  ExpectBox(page.words[0].box, 10, 20, 40, 30);
  EXPECT_DOUBLE_EQ(page.words[0].last_glyph_x1, 40);
  EXPECT_EQ(page.width, 600);
  EXPECT_EQ(page.height, 800);
}

// A portrait page (600 x 800) of two words on one line, shown with /Rotate 90:
// 800 x 600 as shown, its line running down near the right edge.
TEST(OrientPage, TextRunningDownIsTurnedBack) {
  RawPage page = MakePage(
      800, 600, 90,
      {MakeWord("first", {770, 100, 780, 150}, 1), MakeWord("second", {770, 160, 780, 220}, 1)});
  OrientPage({Box{770, 140, 780, 150}, Box{}}, &page);
  EXPECT_EQ(page.width, 600);
  EXPECT_EQ(page.height, 800);
  ExpectBox(page.words[0].box, 100, 20, 150, 30);  // near the top: the line was at the right
  ExpectBox(page.words[1].box, 160, 20, 220, 30);
  EXPECT_DOUBLE_EQ(page.words[0].last_glyph_x1, 150);
  EXPECT_DOUBLE_EQ(page.words[1].last_glyph_x1, 220);  // unknown glyph: the word's edge
  EXPECT_EQ(page.words[0].rotation, 0);
  EXPECT_EQ(page.rotation, 90);  // as the PDF asks it to be shown
}

TEST(OrientPage, UpsideDownTextIsTurnedBack) {
  RawPage page = MakePage(600, 800, 180, {MakeWord("first", {450, 770, 500, 780}, 2)});
  OrientPage({Box{450, 770, 460, 780}}, &page);
  ExpectBox(page.words[0].box, 100, 20, 150, 30);
  EXPECT_DOUBLE_EQ(page.words[0].last_glyph_x1, 150);  // the glyph at the left, read last
}

TEST(OrientPage, TextRunningUpIsTurnedBack) {
  RawPage page = MakePage(800, 600, 270, {MakeWord("first", {20, 450, 30, 500}, 3)});
  OrientPage({Box{20, 450, 30, 460}}, &page);
  EXPECT_EQ(page.width, 600);
  EXPECT_EQ(page.height, 800);
  ExpectBox(page.words[0].box, 100, 20, 150, 30);
  EXPECT_DOUBLE_EQ(page.words[0].last_glyph_x1, 150);
}

// Most characters decide; a sideways margin stamp goes to sideways, turned
// to read left to right in its own frame.
TEST(OrientPage, TheDirectionOfMostCharactersWinsAndSidewaysTextIsSetApart) {
  RawPage page = MakePage(
      600, 800, 0,
      {MakeWord("arXiv:2101.00001v1", {10, 300, 20, 400}, 3),
       MakeWord("body", {100, 100, 140, 110}, 0), MakeWord("text", {150, 100, 180, 110}, 0),
       MakeWord("running", {190, 100, 250, 110}, 0),
       MakeWord("paragraph", {260, 100, 330, 110}, 0)});
  EXPECT_EQ(DominantRotation(page.words), 0);
  OrientPage({}, &page);
  ASSERT_EQ(page.words.size(), 4u);
  ExpectBox(page.words[0].box, 100, 100, 140, 110);
  ASSERT_EQ(page.sideways.size(), 1u);
  EXPECT_EQ(page.sideways[0].turns, 3);
  EXPECT_EQ(page.sideways[0].width, 800);  // the page's height: the stamp reads up it
  ASSERT_EQ(page.sideways[0].words.size(), 1u);
  ExpectBox(page.sideways[0].words[0].box, 400, 10, 500, 20);
  EXPECT_EQ(page.sideways[0].words[0].rotation, 0);
  // Turning back gives the box on the page.
  ExpectBox(TurnBox(page.sideways[0].words[0].box, 1, 800, 600), 10, 300, 20, 400);
}

}  // namespace
}  // namespace glossator::pdf
