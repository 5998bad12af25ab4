// The matcher on a small test thesaurus: every variant form, ambiguous
// labels and their cues, quotation marks, and the everyday traps.
#include "matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "certainty.h"
#include "document_tagger.h"
#include "test_thesaurus.h"

namespace concepts {
namespace {

class MatcherTest : public ::testing::Test {
 protected:
  MatcherTest() {
    thesaurus_.AddText(testing::TestThesaurus(), "test.xml");
    thesaurus_.Validate();
    matcher_ = std::make_unique<Matcher>(thesaurus_);
  }

  // "text of the mention=category id" for each cued mention, in order.
  std::vector<std::string> Find(const std::string& text) {
    std::vector<std::string> out;
    for (const Mention& m : matcher_->Match(text)) {
      if (m.cued()) out.push_back(Show(text, m));
    }
    return out;
  }
  // The same over a document of several blocks, as the plugin does it (the
  // field gate open: these are blocks of a reading in the field).
  std::vector<std::string> FindInDocument(const std::vector<std::string>& blocks) {
    std::vector<std::string_view> views(blocks.begin(), blocks.end());
    DocumentTagger tagger(*matcher_);
    std::vector<std::string> out;
    for (const DocumentTag& t : tagger.Tag(views, nullptr, /*assume_in_field=*/true)) {
      out.push_back(blocks[t.block].substr(t.begin, t.end - t.begin) + "=" +
                    thesaurus_.categories()[t.category].id);
    }
    return out;
  }
  std::string Show(const std::string& text, const Mention& m) {
    return text.substr(m.begin, m.end - m.begin) + "=" + thesaurus_.categories()[m.category].id;
  }
  // The @cert of the one tag of a one-block document in the field, or -1.
  double Confidence(const std::string& text) {
    std::vector<std::string_view> views{text};
    DocumentTagger tagger(*matcher_);
    std::vector<DocumentTag> t = tagger.Tag(views, nullptr, /*assume_in_field=*/true);
    return t.size() == 1 ? t[0].cert : -1;
  }

  Thesaurus thesaurus_;
  std::unique_ptr<Matcher> matcher_;
};

using V = std::vector<std::string>;

TEST_F(MatcherTest, PlainTermWithConfidenceOne) {
  EXPECT_EQ(Find("Freud described the transference early."), V{"transference=c.transference"});
  EXPECT_DOUBLE_EQ(Confidence("the transference"), kCertUnambiguous);
}

TEST_F(MatcherTest, AllCapitals) {
  EXPECT_EQ(Find("PROJECTIVE IDENTIFICATION AND COUNTERTRANSFERENCE"),
            (V{"PROJECTIVE IDENTIFICATION=c.projective-identification",
               "COUNTERTRANSFERENCE=c.countertransference"}));
}

TEST_F(MatcherTest, NonAsciiIsCaseFolded) {
  EXPECT_EQ(Find("Die ÜBERTRAGUNG ist"), V{"ÜBERTRAGUNG=c.transference"});
}

TEST_F(MatcherTest, CompoundWithHyphenSpaceOrNothing) {
  for (std::string form : {"countertransference", "counter-transference", "counter transference",
                           "Counter-Transference", "counter\u2010transference"}) {
    EXPECT_EQ(Find("her " + form + " grew"), V{form + "=c.countertransference"}) << form;
  }
  for (std::string form : {"selfobject", "self-object", "self object", "self-objects"}) {
    EXPECT_EQ(Find("a " + form + " need"), V{form + "=c.selfobject"}) << form;
  }
  for (std::string form : {"co-construction", "co construction", "coconstruction"}) {
    EXPECT_EQ(Find("the " + form + " of meaning"), V{form + "=c.co-construction"}) << form;
  }
  EXPECT_EQ(Find("a good enough mother"), V{"good enough mother=c.good-enough-mother"});
}

TEST_F(MatcherTest, ThreeWordLabelWithTwoOfItsWordsWrittenAsOne) {
  EXPECT_EQ(Find("a goodenough mother"), V{"goodenough mother=c.good-enough-mother"});
  EXPECT_EQ(Find("a good enoughmother"), V{"good enoughmother=c.good-enough-mother"});
}

TEST_F(MatcherTest, LineBreakInsideTermIsJoinedText) {
  EXPECT_EQ(Find("projective\nidentification"),
            V{"projective\nidentification=c.projective-identification"});
}

TEST_F(MatcherTest, Inflections) {
  EXPECT_EQ(Find("repeated projective identifications"),
            V{"projective identifications=c.projective-identification"});
  EXPECT_EQ(Find("several empathic failures"), V{"empathic failures=c.empathic-failure"});
  EXPECT_EQ(Find("she introjected the critic"), V{"introjected=c.introjection"});
  EXPECT_EQ(Find("an internalized voice"), V{"internalized=c.internalisation"});
  EXPECT_EQ(Find("she internalises it"), V{"internalises=c.internalisation"});
  EXPECT_EQ(Find("introjects"), V{"introjects=c.introjection"});
  EXPECT_EQ(Find("the introject's voice"), V{"introject's=c.introjection"});
  EXPECT_EQ(Find("two transference neuroses"), V{"transference neuroses=c.transference-neurosis"});
}

// Inflections only (inflections.h): no derived word of another class.
TEST_F(MatcherTest, NoDerivationAcrossWordClasses) {
  EXPECT_EQ(Find("Amnesty International"), V{});
  EXPECT_EQ(Find("the transferred funds"), V{});
  EXPECT_EQ(Find("an objective measure of the patient"), V{});
  EXPECT_EQ(Find("the resistant strain of the patient"), V{});
}

TEST_F(MatcherTest, StemsOfOtherWordsAreNotTaken) {
  EXPECT_EQ(Find("her internal world"), V{});
  EXPECT_EQ(Find("a project identification"), V{});
  EXPECT_EQ(Find("hold environment"), V{});
  EXPECT_EQ(Find("to transfer"), V{});
}

TEST_F(MatcherTest, BritishAndAmericanSpellingsThroughAlts) {
  EXPECT_EQ(Find("internalisation"), V{"internalisation=c.internalisation"});
  EXPECT_EQ(Find("internalization"), V{"internalization=c.internalisation"});
  EXPECT_EQ(Find("internalisations"), V{"internalisations=c.internalisation"});
}

TEST_F(MatcherTest, LongestMatchWins) {
  EXPECT_EQ(Find("a transference neurosis formed"),
            V{"transference neurosis=c.transference-neurosis"});
  EXPECT_EQ(Find("the good object returns"), V{"good object=c.object"});
}

TEST_F(MatcherTest, TermsDoNotContinueOverPunctuation) {
  EXPECT_EQ(Find("the transference. Neurosis"), V{"transference=c.transference"});
  EXPECT_EQ(Find("projective, identification"), V{});
}

TEST_F(MatcherTest, AmbiguousLabelAcceptedByCueInWindow) {
  EXPECT_EQ(Find("the patient's resistance to the interpretation"), V{"resistance=c.resistance"});
  EXPECT_DOUBLE_EQ(Confidence("the patient's resistance to the interpretation"), kCertCued);
  EXPECT_EQ(Find("the frame of the interpretation"), V{"frame=c.frame"});
  EXPECT_EQ(Find("splitting, as the infant saw it"), V{"splitting=c.splitting"});
}

TEST_F(MatcherTest, CueOutsideWindowDoesNotCount) {
  EXPECT_EQ(Find("resistance one two three four five six seven eight nine infant"), V{});
  EXPECT_EQ(Find("resistance one two three four five six seven infant"),
            V{"resistance=c.resistance"});
}

TEST_F(MatcherTest, QuotationMarksRescueAmbiguousLabel) {
  EXPECT_EQ(Find("what he called \u201csplitting\u201d at home"), V{"splitting=c.splitting"});
  EXPECT_EQ(Find("what he called \"resistance\" at work"), V{"resistance=c.resistance"});
  EXPECT_EQ(Find("the \u2018frame\u2019 again"), V{"frame=c.frame"});
  EXPECT_DOUBLE_EQ(Confidence("the \u2018frame\u2019 again"), kCertQuoted);
}

TEST_F(MatcherTest, EverydayTrapsAreNotTagged) {
  EXPECT_EQ(Find("There was resistance to a new cancellation policy among the staff."), V{});
  EXPECT_EQ(Find("The frame of a picture is inert."), V{});
  EXPECT_EQ(Find("On the desk: one odd object, a brass paperweight."), V{});
  EXPECT_EQ(Find("She sat holding a cup of tea."), V{});
  EXPECT_EQ(Find("We ended up splitting the bill at a caf\u00e9."), V{});
}

TEST_F(MatcherTest, AmbiguousLabelWithoutCueIsReturnedUncued) {
  std::vector<Mention> m = matcher_->Match("Resistance as a Concept");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_FALSE(m[0].cued());
  EXPECT_EQ(m[0].evidence, Evidence::kNone);
}

TEST_F(MatcherTest, OneSensePerDiscourse) {
  // A heading without a cue counts where the document uses the same label with one.
  EXPECT_EQ(FindInDocument({"Resistance as a Concept", "The infant's resistance grew."}),
            (V{"Resistance=c.resistance", "resistance=c.resistance"}));
  EXPECT_EQ(FindInDocument({"Resistance as a Concept", "Nothing else here."}), V{});
}

// Only a confirmed mention of the same label licenses: not another label of
// the category, nor its broader concept (issue 13).
TEST_F(MatcherTest, OnlyTheSameLabelConfirmedByACueLicenses) {
  EXPECT_EQ(FindInDocument({"THE THERAPEUTIC IMPASSE", "THE WORK SETTLES INTO A STALEMATE"}),
            V{"THERAPEUTIC IMPASSE=c.impasse"});
  // A longer label of the category holding the label's words confirms it.
  EXPECT_EQ(FindInDocument({"The holding environment.", "Holding and Its Limits"}),
            (V{"holding environment=c.holding", "Holding=c.holding"}));
  EXPECT_EQ(FindInDocument({"The good object.", "Holding and Its Limits"}),
            V{"good object=c.object"});
}

// The licence decays with distance and ends at kDiscourseReachWords.
TEST_F(MatcherTest, OneSensePerDiscourseDecaysWithDistance) {
  auto filler = [](size_t words) {
    std::string s;
    for (size_t i = 0; i < words; ++i) s += "word ";
    return s;
  };
  std::vector<std::string> near{"The infant's resistance grew.", "Resistance again"};
  std::vector<std::string> mid{"The infant's resistance grew.", filler(2500), "Resistance"};
  std::vector<std::string> far{"The infant's resistance grew.", filler(6000), "Resistance"};
  EXPECT_EQ(FindInDocument(far), V{"resistance=c.resistance"});
  std::vector<std::string_view> views(mid.begin(), mid.end());
  DocumentTagger tagger(*matcher_);
  std::vector<DocumentTag> tags = tagger.Tag(views, nullptr, /*assume_in_field=*/true);
  ASSERT_EQ(tags.size(), 2u);
  EXPECT_DOUBLE_EQ(tags[0].cert, kCertCued);
  EXPECT_GT(tags[1].cert, kCertDiscourseFar);
  EXPECT_LT(tags[1].cert, kCertDiscourseNear);
  std::vector<std::string_view> near_views(near.begin(), near.end());
  tags = tagger.Tag(near_views, nullptr, /*assume_in_field=*/true);
  ASSERT_EQ(tags.size(), 2u);
  EXPECT_NEAR(tags[1].cert, kCertDiscourseNear, 0.001);
}

// A rule never cues on its own label nor on the words of every clinical text.
TEST_F(MatcherTest, GenericWordsAndOwnLabelsAreNoCues) {
  EXPECT_EQ(Find("the patient's resistance in the session"), V{});
  EXPECT_EQ(Find("the defence of the defence"), V{});
  EXPECT_EQ(Find("the infant's defence"), V{"defence=c.defence"});
}

// Outside the field (too few unambiguous mentions) uncued and quoted
// ambiguous mentions are dropped; unambiguous and cued ones stay.
TEST_F(MatcherTest, FieldGateKeepsOnlyUnambiguousAndCuedTags) {
  std::vector<std::string> blocks{"The infant's resistance grew.", "Resistance as a Concept",
                                  "what he called \"resistance\" at work", "the transference"};
  std::vector<std::string_view> views(blocks.begin(), blocks.end());
  DocumentTagger tagger(*matcher_);
  FieldEvidence field;
  std::vector<DocumentTag> tags = tagger.Tag(views, &field);
  EXPECT_FALSE(field.in_field);
  EXPECT_EQ(field.unambiguous, 1u);
  ASSERT_EQ(tags.size(), 2u);
  EXPECT_EQ(tags[0].evidence, Evidence::kCue);
  EXPECT_EQ(tags[1].evidence, Evidence::kUnambiguous);
  EXPECT_TRUE(InField(10000, 30, 3));
  EXPECT_FALSE(InField(10000, 29, 3));
  EXPECT_FALSE(InField(10000, 300, 2));
}

TEST_F(MatcherTest, EverydayWordVetoesEvenALicensedLabel) {
  EXPECT_EQ(FindInDocument({"the frame of the interpretation", "The frame of a picture is inert.",
                            "a crooked picture frame"}),
            V{"frame=c.frame"});
}

TEST_F(MatcherTest, WordFollowedByADeterminerIsAVerb) {
  EXPECT_EQ(FindInDocument({"the infant's holding, as Winnicott saw", "holding a cup of tea",
                            "holding, in the mother's sense"}),
            (V{"holding=c.holding", "holding=c.holding"}));
  EXPECT_EQ(Find("the infant was splitting the bill"), V{});
}

TEST_F(MatcherTest, ExcludedWordIsNeverTaken) {
  EXPECT_EQ(Find("the infant's defences"), V{"defences=c.defence"});
  EXPECT_EQ(Find("the patient was defensive"), V{});
}

TEST_F(MatcherTest, UnambiguousLabelOfACategoryWithAmbiguousOnes) {
  EXPECT_EQ(Find("a holding environment"), V{"holding environment=c.holding"});
  EXPECT_DOUBLE_EQ(Confidence("a holding environment"), kCertUnambiguous);
}

TEST_F(MatcherTest, OffsetsAreBytesIntoTheBlock) {
  std::string text = "\u00c9tude: la countertransference";
  std::vector<Mention> m = matcher_->Match(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].begin, text.find("counter"));
  EXPECT_EQ(m[0].end, text.size());
}

TEST_F(MatcherTest, EmptyAndWordlessBlocks) {
  EXPECT_EQ(Find(""), V{});
  EXPECT_EQ(Find(" -- ... \u201c\u201d"), V{});
}

TEST(MatcherUserThesaurus, AddsAConceptAndReplacesOne) {
  Thesaurus t;
  t.AddText(testing::TestThesaurus(), "ours.xml");
  size_t before = t.categories().size();
  t.AddText(testing::Taxonomy(
                "<category xml:id=\"c.mentalization\"><catDesc><term>mentalization</term>"
                "<term type=\"alt\">mentalisation</term></catDesc></category>\n"
                "<category xml:id=\"c.transference\"><catDesc><term>transference love</term>"
                "</catDesc></category>\n"),
            "user.xml");
  t.Validate();
  EXPECT_EQ(t.categories().size(), before + 1);
  Matcher m(t);
  std::vector<Mention> found = m.Match("mentalisation and transference love");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(t.categories()[found[0].category].id, "c.mentalization");
  EXPECT_EQ(t.categories()[found[1].category].id, "c.transference");
  EXPECT_TRUE(m.Match("the transference").empty());  // ours was replaced
}

// A label of several words written as separate words is judged word by word,
// not through its joined form: "describeme" stems to "describem", which is
// the joined label, but "me" is not the word "M".
TEST(MatcherJoinedForms, WordsAsWrittenAreNotTakenForTheJoinedLabel) {
  Thesaurus t;
  t.AddText(testing::Taxonomy("<category xml:id=\"c.x\"><catDesc><term>describe M</term>"
                              "</catDesc></category>\n"),
            "user.xml");
  t.Validate();
  Matcher m(t);
  EXPECT_EQ(m.Match("they describe M as").size(), 1u);
  EXPECT_EQ(m.Match("they describeM as").size(), 1u);
  EXPECT_TRUE(m.Match("they describe me as").empty());
}

// The longest term the thesaurus takes (kMaxTermBytes: 128 one-letter
// words), met over and over in a text of 20,000 such words: the matcher
// follows it token by token, one call deeper per token, as deep as the term
// and no deeper.
TEST(MatcherLimits, TheLongestTermInALongTextIsFollowedToItsEnd) {
  std::string term;
  while (term.size() + 2 <= kMaxTermBytes) term += term.empty() ? "a" : " a";
  Thesaurus thesaurus;
  thesaurus.AddText(testing::Taxonomy("<category xml:id=\"c.long\"><catDesc><term>" + term +
                                      "</term></catDesc></category>\n"),
                    "long.xml");
  thesaurus.Validate();
  Matcher matcher(thesaurus);
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "a ";
  std::vector<Mention> found = matcher.Match(text);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].begin, 0u);
  EXPECT_EQ(found[0].end, term.size());
}

}  // namespace
}  // namespace concepts
