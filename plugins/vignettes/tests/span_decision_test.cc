// The span decision on given probabilities (no model): where runs begin,
// bridge, cross paragraphs and stop, and the ranges they give.
#include "span_decision.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_passages.h"

namespace vignettes {
namespace {

using testing::TestPassage;

// Paragraphs of one-word sentences "S0. S1. ..." so that sentence i is easy to name.
std::vector<std::string> Paragraphs(const std::vector<size_t>& sentences_per_paragraph) {
  std::vector<std::string> out;
  size_t n = 0;
  for (size_t count : sentences_per_paragraph) {
    std::string p;
    for (size_t i = 0; i < count; ++i)
      p += (p.empty() ? "" : " ") + ("Word" + std::to_string(n++) + ".");
    out.push_back(p);
  }
  return out;
}

std::vector<SentenceEvidence> Evidence(const std::vector<double>& p) {
  std::vector<SentenceEvidence> out;
  for (double x : p) {
    SentenceEvidence e;
    e.probability = x;
    e.anchor = true;
    out.push_back(e);
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> Runs(const Passage& passage,
                                            const std::vector<SentenceEvidence>& evidence) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const SentenceRun& r : DecideSpans(passage, evidence, SpanOptions{})) {
    out.emplace_back(r.first, r.last);
  }
  return out;
}

using Pairs = std::vector<std::pair<size_t, size_t>>;

TEST(SpanDecision, TheSentencesAreThoseOfTheParagraphs) {
  TestPassage t(Paragraphs({3, 2}));
  ASSERT_EQ(t.passage.sentences.size(), 5u);
  EXPECT_EQ(t.passage.sentences[3].block, 1u);
}

TEST(SpanDecision, ARunNeedsOneStrongSentenceAndTwoSentences) {
  TestPassage t(Paragraphs({5}));
  EXPECT_EQ(Runs(t.passage, Evidence({0.1, 0.6, 0.65, 0.1, 0.1})), Pairs{})
      << "none reaches start_threshold";
  EXPECT_EQ(Runs(t.passage, Evidence({0.1, 0.9, 0.7, 0.1, 0.1})), (Pairs{{1, 2}}));
  EXPECT_EQ(Runs(t.passage, Evidence({0.1, 0.1, 0.95, 0.1, 0.1})), Pairs{}) << "one sentence";
}

TEST(SpanDecision, ReachesBackOverTheLeadInAndBridgesOneGap) {
  TestPassage t(Paragraphs({6}));
  // 0.4 leads in; 0.15 between two strong sentences is bridged; two weak ones end it.
  EXPECT_EQ(Runs(t.passage, Evidence({0.4, 0.95, 0.15, 0.95, 0.1, 0.1})), (Pairs{{0, 3}}));
}

TEST(SpanDecision, GoesOnIntoTheNextParagraphWhileTheStoryDoes) {
  TestPassage t(Paragraphs({3, 3, 3}));
  // The second paragraph goes on (mean above continue_threshold), the third
  // returns to argument.
  EXPECT_EQ(Runs(t.passage, Evidence({0.9, 0.8, 0.7, 0.3, 0.9, 0.8, 0.1, 0.1, 0.1})),
            (Pairs{{0, 5}}));
}

TEST(SpanDecision, ANewCaseStartsANewRun) {
  TestPassage t(Paragraphs({3, 3}));
  std::vector<SentenceEvidence> e = Evidence({0.9, 0.8, 0.7, 0.9, 0.8, 0.7});
  e[3].opens_case = true;
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 2}, {3, 5}}));
}

TEST(SpanDecision, ACommentaryParagraphHoldsNoRun) {
  TestPassage t(Paragraphs({3, 3}));
  std::vector<SentenceEvidence> e = Evidence({0.9, 0.8, 0.7, 0.6, 0.95, 0.9});
  e[3].comments = true;
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 2}}));
}

TEST(SpanDecision, ARunWithoutACaseAnchorIsNoVignette) {
  TestPassage t(Paragraphs({3}));
  std::vector<SentenceEvidence> e = Evidence({0.9, 0.9, 0.9});
  for (SentenceEvidence& x : e) x.anchor = false;
  EXPECT_EQ(Runs(t.passage, e), Pairs{});
}

TEST(SpanDecision, NonProseBlocksHoldNoRunAndEndOne) {
  TestPassage t(Paragraphs({2, 2}));
  Passage p = t.passage;
  p.blocks[1].prose = false;  // a heading or a slide line
  EXPECT_EQ(Runs(p, Evidence({0.9, 0.9, 0.9, 0.9})), (Pairs{{0, 1}}));
  p.blocks[0].prose = false;
  EXPECT_EQ(Runs(p, Evidence({0.9, 0.9, 0.9, 0.9})), Pairs{});
}

TEST(SpanDecision, RangesUseWholeParagraphsWhenTheRunCoversThem) {
  TestPassage t(Paragraphs({2, 3}));
  const Passage& p = t.passage;
  TextRange whole = RangeOf(p, {0, 4, 0.9});
  EXPECT_EQ(whole.begin, p.blocks[0].begin);
  EXPECT_EQ(whole.end, p.blocks[1].end);
  TextRange part = RangeOf(p, {1, 3, 0.9});
  EXPECT_EQ(part.begin, p.sentences[1].begin);
  EXPECT_EQ(part.end, p.sentences[3].end);
  EXPECT_EQ(t.TextOf(part), "Word1.\n\nWord2. Word3.");
}

TEST(SpanDecision, ANewCaseEndsTheRunInsideAParagraph) {
  TestPassage t(Paragraphs({6}));
  std::vector<SentenceEvidence> e = Evidence({0.9, 0.8, 0.8, 0.9, 0.8, 0.8});
  e[3].opens_case = true;  // another patient introduced
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 2}, {3, 5}}));
}

TEST(SpanDecision, AFootnoteIsPassedOver) {
  TestPassage t(Paragraphs({3, 1, 3}));
  t.passage.blocks[1].prose = false;
  t.passage.blocks[1].note = true;
  std::vector<SentenceEvidence> e = Evidence({0.9, 0.8, 0.8, 0.0, 0.8, 0.9, 0.8});
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 6}}));
  // A heading is not passed over.
  t.passage.blocks[1].note = false;
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 2}, {4, 6}}));
}

// The story (3), the author's aside (3 weak), the story again (3).
std::vector<SentenceEvidence> StoryAsideStory() {
  std::vector<SentenceEvidence> e = Evidence({0.9, 0.8, 0.8, 0.1, 0.1, 0.1, 0.8, 0.9, 0.8});
  e[0].introduces = true;
  e[0].subject_names = {"Halden"};  // "Dr. Halden's patient was a clerk of thirty."
  return e;
}

TEST(SpanDecision, AnAsideIsBridgedWhenTheStoryReturnsToItsPerson) {
  TestPassage t(Paragraphs({3, 3, 3}));
  std::vector<SentenceEvidence> e = StoryAsideStory();
  e[6].names = {"Halden"};  // "Now Dr. Halden did not give up."
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 8}}));
  e[6].names.clear();
  e[6].same_person = true;  // "The same clerk, a year later, ..."
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 8}}));
  e[6].same_person = false;
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 2}, {6, 8}})) << "no return to the person";
}

TEST(SpanDecision, AReturnAfterAnotherCaseIsAVignetteOfItsOwn) {
  TestPassage t(Paragraphs({3, 3, 3}));
  std::vector<SentenceEvidence> e = StoryAsideStory();
  e[3] = e[4] = {};
  e[3].probability = e[4].probability = 0.9;
  e[3].anchor = true;
  e[3].opens_case = true;  // another patient between
  e[6].names = {"Halden"};
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 2}, {3, 4}, {6, 8}}));
}

TEST(SpanDecision, AnAsideLongerThanTheLimitIsNotBridged) {
  size_t aside = kMaxAsideSentences + 1;
  TestPassage t(Paragraphs({3, aside, 3}));
  std::vector<double> p = {0.9, 0.8, 0.8};
  p.insert(p.end(), aside, 0.1);
  p.insert(p.end(), {0.8, 0.9, 0.8});
  std::vector<SentenceEvidence> e = Evidence(p);
  e[0].introduces = true;
  e[0].subject_names = {"Halden"};
  e[3 + aside].names = {"Halden"};
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 2}, {3 + aside, 5 + aside}}));
}

TEST(SpanDecision, AHypotheticalEndsTheStory) {
  TestPassage t(Paragraphs({6}));
  std::vector<SentenceEvidence> e = Evidence({0.9, 0.8, 0.8, 0.6, 0.7, 0.1});
  e[3].hypothetical = true;  // "Suppose that here in this room ..."
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 2}}));
}

TEST(SpanDecision, TwoSentencesToldOutright) {
  TestPassage t(Paragraphs({4}));
  EXPECT_EQ(Runs(t.passage, Evidence({0.1, 0.9, 0.3, 0.1})), Pairs{})
      << "one strong sentence is a mention";
  std::vector<SentenceEvidence> e = Evidence({0.1, 0.9, 0.8, 0.1});
  e[1].conditional = e[2].conditional = true;  // "it would be hailed ... he would speak"
  EXPECT_EQ(Runs(t.passage, e), Pairs{}) << "an imagined scene";
  e[1].conditional = e[2].conditional = false;
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{1, 2}}));
}

TEST(SpanDecision, NoStoryStartsAtACitation) {
  TestPassage t(Paragraphs({3}));
  std::vector<SentenceEvidence> e = Evidence({0.8, 0.6, 0.8});
  e[0].scholarly = e[2].scholarly = true;  // "Her paper (Vos, 1987) went further ..."
  EXPECT_EQ(Runs(t.passage, e), (Pairs{{0, 2}})) << "it may reach back over one";
  e[1].scholarly = true;
  EXPECT_EQ(Runs(t.passage, e), Pairs{});
}

}  // namespace
}  // namespace vignettes
