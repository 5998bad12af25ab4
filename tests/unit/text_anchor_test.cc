// Finding an edit's passage again in a changed text (edits/text_anchor.h),
// and the quotes and machine ids it relies on (edits/text_quote.h,
// edits/machine_id.h).
#include "edits/text_anchor.h"

#include <gtest/gtest.h>

#include <string>

#include "edits/machine_id.h"
#include "edits/text_quote.h"

namespace glossator::edits {
namespace {

const std::string kOld =
    "The transference deepens, as Halloran observed, once the frame is secure. "
    "Later the transference weakens when the frame is broken by a missed session.";

// The quote of the n-th occurrence (from 0) of words in text.
TextQuote QuoteOfWords(const std::string& text, const std::string& words, int n = 0) {
  size_t at = text.find(words);
  while (n-- > 0) at = text.find(words, at + 1);
  return QuoteOf(text, at, at + words.size());
}

std::string Found(const std::string& text, const Anchored& a) {
  return text.substr(a.begin, a.end - a.begin);
}

TEST(TextQuote, CollapsesWhiteSpaceAndKeepsThirtyTwoCharactersEachSide) {
  std::string text = "one two\n\nthree  four five six seven eight nine ten eleven twelve";
  TextQuote q = QuoteOfWords(text, "four");
  EXPECT_EQ(q.exact, "four");
  EXPECT_EQ(q.prefix, "one two three ");
  EXPECT_EQ(q.suffix, " five six seven eight nine ten e");
  EXPECT_EQ(q.suffix.size(), kQuoteContextChars);
}

TEST(TextAnchor, ExactWithItsContextPicksTheRightOccurrence) {
  TextQuote second = QuoteOfWords(kOld, "transference", 1);
  Anchored a = AnchorQuote(kOld, second, 0.5);
  EXPECT_EQ(a.match, AnchorMatch::kExact);
  EXPECT_EQ(a.begin, kOld.find("transference", kOld.find("transference") + 1));
}

TEST(TextAnchor, NewLineBreaksAndAPageBeforeStillMatchExactly) {
  std::string moved = "A cover page with other words.\n\n" + kOld;
  for (size_t at = moved.find(' ', 60); at < moved.size(); at = moved.find(' ', at + 25)) {
    moved[at] = '\n';
  }
  CollapsedText c = Collapse(moved);
  Anchored a = AnchorQuote(c.text, QuoteOfWords(kOld, "the frame is broken"), 0.7);
  EXPECT_EQ(a.match, AnchorMatch::kExact);
  EXPECT_EQ(Found(c.text, a), "the frame is broken");
}

TEST(TextAnchor, ChangedContextFindsTheWordsWithTheBestContext) {
  TextQuote q = QuoteOfWords(kOld, "Halloran observed");
  std::string changed = "The transference deepens, so Halloran observed, once it is secure.";
  Anchored a = AnchorQuote(changed, q, 0.3);
  EXPECT_EQ(a.match, AnchorMatch::kWords);
  EXPECT_EQ(Found(changed, a), "Halloran observed");
}

TEST(TextAnchor, ANewHyphenationIsFoundNormalised) {
  TextQuote q = QuoteOfWords(kOld, "transference deepens");
  std::string hyphenated =
      "The transfer- ence deepens, as Halloran observed, once the frame is secure.";
  Anchored a = AnchorQuote(hyphenated, q, 0);
  EXPECT_EQ(a.match, AnchorMatch::kNormalised);
  EXPECT_EQ(Found(hyphenated, a), "transfer- ence deepens");
}

TEST(TextAnchor, ALongPassageWithAChangedMiddleIsFoundByItsEnds) {
  TextQuote q = QuoteOfWords(kOld, kOld.substr(0, kOld.size() - 1));
  std::string changed = kOld;
  changed.replace(changed.find("once the frame"), 14,
                  "after some months of work, once the setting");
  Anchored a = AnchorQuote(changed, q, 0);
  EXPECT_EQ(a.match, AnchorMatch::kEnds);
  EXPECT_EQ(a.begin, 0u);
  EXPECT_EQ(a.end, changed.size() - 1);
}

TEST(TextAnchor, AMisreadLetterIsFoundFuzzily) {
  TextQuote q = QuoteOfWords(kOld, "missed session");
  std::string misread = kOld;
  misread.replace(misread.find("missed session"), 14, "mlssed session");
  Anchored a = AnchorQuote(misread, q, 0.9);
  EXPECT_EQ(a.match, AnchorMatch::kFuzzy);
  EXPECT_EQ(Found(misread, a), "mlssed session");
}

TEST(TextAnchor, APassageThatIsGoneIsOrphanedNotMovedToAnotherMention) {
  // "frame" occurs elsewhere, but not with this context: a short quote needs
  // its context (or to be the only occurrence) to be found.
  TextQuote q = QuoteOf("Nothing else holds the frame here at all.", 23, 28);
  ASSERT_EQ(q.exact, "frame");
  EXPECT_EQ(AnchorQuote(kOld, q, 0.5).match, AnchorMatch::kNone);
  TextQuote gone = QuoteOfWords(kOld, "Halloran observed");
  EXPECT_EQ(AnchorQuote("A wholly different reading about something else.", gone, 0.3).match,
            AnchorMatch::kNone);
}

TEST(TextAnchor, AnInsertionPointIsFoundBetweenItsPrefixAndSuffix) {
  size_t at = kOld.find(" observed");
  TextQuote q = QuoteOf(kOld, at, at);
  EXPECT_EQ(q.exact, "");
  std::string moved = "Cover. " + kOld;
  Anchored a = AnchorQuote(moved, q, 0.3);
  EXPECT_EQ(a.match, AnchorMatch::kExact);
  EXPECT_EQ(a.begin, at + 7);
  EXPECT_EQ(a.end, a.begin);
}

Annotation Concept(size_t begin, size_t end, const std::string& plugin = "concepts") {
  Annotation a;
  a.begin = begin;
  a.end = end;
  a.type = "concept";
  a.plugin = plugin;
  return a;
}

TEST(MachineId, StaysWhenOffsetsAndLineBreaksChangeAndDiffersOtherwise) {
  std::string moved = "A cover page.\n\n" + kOld;
  moved[moved.find(" is secure")] = '\n';
  // A passage more than kQuoteContextChars into the text: its context is the
  // reading's own, not the cover page's.
  size_t a = kOld.find("secure"), b = moved.find("secure");
  std::string id = MachineId(kOld, Concept(a, a + 6));
  EXPECT_TRUE(IsMachineId(id)) << id;
  EXPECT_EQ(id.size(), 15u);  // "gl." and 12 hex digits: 48 bits
  EXPECT_EQ(MachineId(moved, Concept(b, b + 6)), id);
  EXPECT_NE(MachineId(kOld, Concept(a, a + 6, "other")), id) << "the plugin is part of it";
  std::string other_context = kOld;
  other_context.replace(other_context.find("frame is secure"), 5, "setting");
  EXPECT_NE(MachineId(other_context, Concept(a, a + 6)), id) << "so is the context";
  EXPECT_TRUE(IsMachineId(id + "_2"));
  EXPECT_FALSE(IsMachineId("gl.notanid"));
  EXPECT_FALSE(IsMachineId("p12"));
}

}  // namespace
}  // namespace glossator::edits
