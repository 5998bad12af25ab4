// The whole tagger (cues, the shipped model, the span decision) on short
// passages written for the test: a vignette that goes on over paragraphs, one
// that ends when the argument returns, one inside a paragraph, and each kind
// of passage that is not a vignette.
#include "tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_passages.h"

namespace vignettes {
namespace {

using testing::TestPassage;

const char kStory1[] =
    "A retired pilot in his late sixties came to see me after his wife left him. He sat by the "
    "window and told me, before I had asked anything, that he was only there to please his "
    "daughter. In the second session he brought a photograph of the aircraft he had flown.";
const char kStory2[] =
    "The following week he arrived early and waited in the corridor. When I asked him about "
    "the photograph, he said, \"That was the last time anyone needed me.\" He cried for the "
    "rest of the hour, and at the door he thanked me for not saying anything.";
const char kArgument[] =
    "Patients often arrive with a reason that protects them from the real one. The therapist "
    "who accepts the stated reason may miss the other. Such patients tend to test whether the "
    "therapist can tolerate their need before they name it.";

TEST(Tagger, AVignetteGoesOnOverParagraphsAndEndsWhereTheArgumentReturns) {
  TestPassage t({kStory1, kStory2, kArgument});
  std::vector<Vignette> found = t.Find();
  ASSERT_EQ(found.size(), 1u);
  // Whole paragraphs: the span can point to their ids.
  EXPECT_EQ(found[0].range.begin, t.passage.blocks[0].begin);
  EXPECT_EQ(found[0].range.end, t.passage.blocks[1].end);
  ASSERT_TRUE(found[0].person.has_value());
  EXPECT_EQ(t.TextOf(*found[0].person), "A retired pilot in his late sixties");
  EXPECT_NE(std::find(found[0].cues.begin(), found[0].cues.end(), Cue::kPastTense),
            found[0].cues.end());
  EXPECT_GT(found[0].run.confidence, 0.5);
}

TEST(Tagger, AVignetteInsideAParagraphStartsAtItsFirstSentence) {
  std::string paragraph =
      std::string("Not every rupture takes months to show itself. Some are over in minutes. ") +
      "Mrs. W., a librarian in her fifties, began her fourth session by saying that she had "
      "decided to stop. I asked her what had happened since we last met. She said that I had "
      "looked at the clock while she spoke of her son, and I told her she was right.";
  TestPassage t({kArgument, paragraph});
  std::vector<Vignette> found = t.Find();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].range.begin, t.At("Mrs. W."));
  EXPECT_EQ(found[0].range.end, t.passage.blocks[1].end);
  ASSERT_TRUE(found[0].person.has_value());
  EXPECT_EQ(t.TextOf(*found[0].person), "Mrs. W., a librarian in her fifties");
}

TEST(Tagger, ACaseCreditedToAnAuthor) {
  TestPassage t(
      {"Marlowe (1988) describes a treatment in which a young teacher stopped "
       "speaking for three sessions. In the fourth she brought a letter and asked "
       "Marlowe to read it aloud. He did, and she said that it was the first time "
       "anyone had read her words back to her."});
  std::vector<Vignette> found = t.Find();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(std::find(found[0].cues.begin(), found[0].cues.end(), Cue::kCreditedCase),
            found[0].cues.end());
}

TEST(Tagger, TwoCasesInAdjacentParagraphsAreTwoVignettes) {
  TestPassage t({kStory1,
                 "Last winter a client in her forties said to me, as she put on her coat, "
                 "\"You never ask about my brother.\" I had not known she had one. The next "
                 "week she spoke about him for the whole hour."});
  std::vector<Vignette> found = t.Find();
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].range.begin, t.passage.blocks[1].begin);
}

// Written for the test: one patient, another, then the first again.
const char kFirstPatient[] =
    "Dr. Halden's patient was a clerk of thirty who had lost her voice after her brother's "
    "death. She wrote him notes for a month and would not sit facing him. In the sixth session "
    "she whispered her brother's name, and after that she spoke a little each week.";
const char kTheoryBetween[] =
    "Symptoms of this kind are common in grief. They tend to yield when the patient can say "
    "what has been lost, and they return when the loss is denied again.";
const char kFirstPatientAgain[] =
    "Halden's patient, meanwhile, had begun to speak at work as well. She told him that she "
    "had kept her brother's letters in a locked drawer, and in the spring she brought them to "
    "a session and read one aloud. She cried when she had finished, and said that she had not "
    "heard his words for a year.";

TEST(Tagger, ReturningToAPatientAfterAnotherIsAVignetteThatPointsBack) {
  TestPassage t({kFirstPatient, kTheoryBetween, kStory1, kTheoryBetween, kFirstPatientAgain});
  std::vector<Vignette> found = t.Find();
  ASSERT_EQ(found.size(), 3u);
  EXPECT_FALSE(found[0].returns_to.has_value());
  EXPECT_FALSE(found[1].returns_to.has_value()) << "the pilot is another patient";
  ASSERT_TRUE(found[2].returns_to.has_value());
  EXPECT_EQ(*found[2].returns_to, 0u);
  ASSERT_TRUE(found[0].person.has_value());
  EXPECT_EQ(t.TextOf(*found[0].person), "Dr. Halden's patient");
}

TEST(Tagger, TwoPatientsInOneParagraphAreTwoVignettes) {
  TestPassage t({std::string(kFirstPatient) + " " +
                 "A retired pilot in his late sixties came to see me after his wife left him. He "
                 "told me that he was only there to please his daughter, and in the second "
                 "session he brought a photograph of the aircraft he had flown."});
  std::vector<Vignette> found = t.Find();
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].range.begin, t.At("A retired pilot"));
}

TEST(Tagger, APresentTenseCaseReport) {
  TestPassage t({kArgument,
                 "Mrs. K., a teacher in her forties, comes to her first session in tears. She "
                 "tells me that her husband has left and that she cannot sleep. When I ask about "
                 "her mother, she laughs and says that her mother never cried."});
  std::vector<Vignette> found = t.Find();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].range.begin, t.At("Mrs. K."));
}

// The same story told without a treatment: a life, not a case.
TEST(Tagger, AStoryWithoutAClinicalFrameIsNoVignette) {
  TestPassage t(
      {"The old captain had sailed from the harbour every spring for forty years. He "
       "told the crew that the sea had taken his brother, and he never spoke of it "
       "again. One winter he stayed ashore, sold his boat and moved inland.",
       "His neighbours said that he walked to the river every evening. When his "
       "daughter visited him she found the house full of maps, and he asked her to "
       "take them away."});
  EXPECT_TRUE(t.Find().empty());
}

struct NotAVignette {
  const char* kind;
  std::vector<std::string> paragraphs;
};

class NotVignettes : public ::testing::TestWithParam<NotAVignette> {};

TEST_P(NotVignettes, AreNotTaken) {
  TestPassage t(GetParam().paragraphs);
  std::vector<Vignette> found = t.Find();
  EXPECT_TRUE(found.empty()) << GetParam().kind << ": "
                             << (found.empty() ? "" : t.TextOf(found[0].range));
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, NotVignettes,
    ::testing::Values(
        NotAVignette{"generalisation", {kArgument}},
        NotAVignette{"generalisation",
                     {"The patient may hear a cancelled session as a verdict. Clients who were "
                      "left as children often say nothing about it and arrive late the next "
                      "week. The therapist usually learns of the injury only later."}},
        NotAVignette{"hypothetical",
                     {"Suppose a client arrives twenty minutes late and apologises at length. "
                      "The therapist might accept the apology, or might wonder aloud what the "
                      "client expected her to feel. Imagine a patient who had, the week before, "
                      "seen the therapist yawn: the lateness would then mean something else."}},
        NotAVignette{"anecdote",
                     {"My grandmother ran a small shop at the end of our street. As a child I "
                      "spent my afternoons behind her counter, watching her weigh sweets and "
                      "listen to her customers. She rarely gave advice. I remember thinking that "
                      "the people came for the listening, not the sweets."}},
        NotAVignette{"type",
                     {"A woman whose husband leaves her every spring finds herself unable to "
                      "sleep. She fears the empty house and avoids her friends. Such a woman "
                      "rarely speaks of it before she is ill."}},
        NotAVignette{"statistics",
                     {"Forty-one therapists were interviewed about their most difficult "
                      "endings. Twenty-six described an ending they had not seen coming, and 38 "
                      "per cent said they had never discussed it in supervision. The response "
                      "rate was 52 per cent."}}),
    [](const ::testing::TestParamInfo<NotAVignette>& param) {
      return std::string(param.param.kind) + std::to_string(param.index);
    });

}  // namespace
}  // namespace vignettes
