#include "layout/footnotes.h"

#include <gtest/gtest.h>

namespace glossator::layout {
namespace {

Line MakeLine(double y, const std::string& text, double size, double x0 = 72) {
  Line l;
  l.page = 1;
  l.words.push_back({text, {x0, y, 500, y + size}});
  l.box = {x0, y, 500, y + size};
  l.font_size = size;
  return l;
}

PageLines PageOf(std::vector<Line> lines) { return {1, 612, 792, std::move(lines)}; }

TEST(LeadingNoteMark, ReadsNumbersSuperscriptsAndSymbols) {
  EXPECT_EQ(LeadingNoteMark("12 See the case of Mr. D."), "12");
  EXPECT_EQ(LeadingNoteMark("² Ibid."), "²");
  EXPECT_EQ(LeadingNoteMark("* An earlier version"), "*");
  EXPECT_EQ(LeadingNoteMark("†† Translator's note"), "††");
  EXPECT_EQ(LeadingNoteMark("3"), "3");
  EXPECT_EQ(LeadingNoteMark("1987 was the year"), "");  // four digits: a year
  EXPECT_EQ(LeadingNoteMark("12. Halloran, M."), "");   // a numbered entry
  EXPECT_EQ(LeadingNoteMark("Figure 2"), "");
  EXPECT_EQ(LeadingNoteMark("1Here we make the simplifying assumption"), "1");
  EXPECT_EQ(LeadingNoteMark("12See Baroni et al."), "12");
  EXPECT_EQ(LeadingNoteMark("3D models of the"), "");  // a capital alone, no word after it
  EXPECT_EQ(LeadingNoteMark("2nd edition"), "");
}

TEST(SplitFootnotes, SmallNumberedLinesBelowTheTextAreNotes) {
  PageLines page =
      PageOf({MakeLine(600, "the sentence runs on to the next", 12),
              MakeLine(680, "1 A first note that wraps", 10),
              MakeLine(692, "12 pp., its second line", 10), MakeLine(704, "2 A second note.", 10)});
  FootnoteSplit split = SplitFootnotes(page, 12);
  ASSERT_EQ(split.flow.size(), 1u);
  ASSERT_EQ(split.notes.size(), 2u);
  EXPECT_EQ(split.notes[0].kind, BlockKind::kFootnote);
  EXPECT_EQ(split.notes[0].lines.size(), 2u);  // "12 pp." is no note 12 after note 1
  EXPECT_EQ(split.notes[1].lines.front()->Text(), "2 A second note.");
}

TEST(SplitFootnotes, AMarkRaisedOnALineOfItsOwnOpensTheNextLine) {
  PageLines page = PageOf({MakeLine(600, "text", 12), MakeLine(660, "1", 7),
                           MakeLine(662, "If you have a question", 10),
                           MakeLine(674, "ask it on the forum.", 10)});
  FootnoteSplit split = SplitFootnotes(page, 12);
  ASSERT_EQ(split.notes.size(), 1u);
  EXPECT_EQ(split.notes[0].lines.size(), 3u);
}

TEST(SplitFootnotes, SmallTypeWithoutAMarkOrBelowAHeadingStays) {
  // A caption in small type under the text.
  PageLines caption = PageOf({MakeLine(600, "text", 12), MakeLine(680, "Figure 1. Sessions", 10)});
  EXPECT_TRUE(SplitFootnotes(caption, 12).notes.empty());
  // A reference list set small under its heading.
  Line heading = MakeLine(500, "References", 12);
  heading.bold = true;
  PageLines list = PageOf({heading, MakeLine(520, "1 Halloran, M. (1987).", 10),
                           MakeLine(532, "2 Quist, A. (1990).", 10)});
  EXPECT_TRUE(SplitFootnotes(list, 12).notes.empty());
  // Small type filling the page from its top is not at the foot.
  PageLines small = PageOf({MakeLine(60, "text", 12), MakeLine(100, "1 a numbered line", 10)});
  EXPECT_TRUE(SplitFootnotes(small, 12).notes.empty());
}

TEST(SplitFootnotes, ANoteRunOnFromThePageBeforeIsANoteWithoutAMark) {
  // The rest of the last page's note, set in under the notes' margin, then
  // this page's note 14.
  PageLines page = PageOf({MakeLine(400, "the sentence runs on to the next", 12),
                           MakeLine(480, "myth, which I repeat in his words", 10, 86),
                           MakeLine(492, "and so the note ends.", 10, 86),
                           MakeLine(504, "14 A note of this page.", 10)});
  FootnoteSplit split = SplitFootnotes(page, 12, /*run_on_size=*/10);
  ASSERT_EQ(split.flow.size(), 1u);
  ASSERT_EQ(split.notes.size(), 2u);
  EXPECT_EQ(split.notes[0].lines.size(), 2u);
  EXPECT_EQ(split.notes[1].lines.front()->Text(), "14 A note of this page.");
  EXPECT_EQ(RunOnNoteSize(split), 0);
  // When the page before ended its notes with a sentence, small type
  // without a mark at the foot stays in the text (a quotation set small),
  // as does type of another size (a code listing under a note that ran on).
  EXPECT_TRUE(SplitFootnotes(page, 12, /*run_on_size=*/0).notes.empty());
  EXPECT_TRUE(SplitFootnotes(page, 12, /*run_on_size=*/8).notes.empty());
  // The rest of a note may fill the foot alone.
  PageLines rest = PageOf({MakeLine(400, "text", 12), MakeLine(480, "the note goes on", 10, 86),
                           MakeLine(492, "and on", 10, 86)});
  FootnoteSplit alone = SplitFootnotes(rest, 12, 10);
  ASSERT_EQ(alone.notes.size(), 1u);
  EXPECT_EQ(RunOnNoteSize(alone), 10);
}

TEST(SplitFootnotes, AFooterUnderASentenceRunningOnIsWrittenAfterIt) {
  // A proceedings footer in small type at the foot of the first page, under
  // a sentence that goes on at the next page's top.
  PageLines page = PageOf({MakeLine(700, "is already in the order of trillions. In", 12),
                           MakeLine(760, "Proceedings of the Annual Meeting, pages 1-9,", 9),
                           MakeLine(770, "June 2014. (c) 2014 Association", 9)});
  FootnoteSplit split = SplitFootnotes(page, 12);
  EXPECT_TRUE(split.notes.empty());
  ASSERT_EQ(split.flow.size(), 1u);
  ASSERT_EQ(split.deferred.size(), 1u);
  EXPECT_EQ(split.deferred[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(split.deferred[0].lines.size(), 2u);
  // Under a sentence that ends, the footer keeps its place in the flow.
  PageLines ended = PageOf({MakeLine(700, "the order of trillions.", 12),
                            MakeLine(760, "Proceedings of the Annual Meeting", 9)});
  FootnoteSplit kept = SplitFootnotes(ended, 12);
  EXPECT_TRUE(kept.deferred.empty());
  EXPECT_EQ(kept.flow.size(), 2u);
}

TEST(SplitFootnotes, NotesAtTheFootOfTheLeftColumnOfTwo) {
  // A two-column page: the left column ends with notes 3 and 4 (first line
  // set in, wrapped lines at the margin, as ACL sets them), then the right
  // column starts at the top of the page.
  Line left = MakeLine(600, "frequent words in our source corpus", 11, 72);
  Line note3 = MakeLine(690, "3 Available at https://code.google.com/p/", 9, 84);
  Line wrapped = MakeLine(700, "word2vec/", 9, 72);
  Line note4 = MakeLine(712, "4 The parameters of both models", 9, 84);
  Line right = MakeLine(100, "required for the training procedures.", 11, 307);
  PageLines page = PageOf({left, note3, wrapped, note4, right});
  FootnoteSplit split = SplitFootnotes(page, 11);
  ASSERT_EQ(split.notes.size(), 2u);
  EXPECT_EQ(split.notes[0].lines.size(), 2u);
  EXPECT_EQ(split.notes[1].lines.front()->Text(), "4 The parameters of both models");
  ASSERT_EQ(split.flow.size(), 2u);
  EXPECT_EQ(split.flow[1]->Text(), "required for the training procedures.");
  // A chart's axis at a column's foot has no words: no notes.
  PageLines axis = PageOf({left, MakeLine(690, "30", 9), MakeLine(700, "20 10", 9), right});
  EXPECT_TRUE(SplitFootnotes(axis, 11).notes.empty());
}

}  // namespace
}  // namespace glossator::layout
