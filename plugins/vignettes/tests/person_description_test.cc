// The words that describe a vignette's person, on sentences written for the test.
#include "person_description.h"

#include <gtest/gtest.h>

#include <string>

#include "test_passages.h"

namespace vignettes {
namespace {

using testing::TestPassage;

std::string Person(const std::string& paragraph) {
  TestPassage t({paragraph});
  SentenceRun run{0, t.passage.sentences.size() - 1, 1.0};
  std::optional<TextRange> r = FindPersonDescription(t.passage, run);
  return r ? t.TextOf(*r) : "-";
}

TEST(PersonDescription, TitleAndInitialWithItsApposition) {
  EXPECT_EQ(Person("Mr. D., a teacher in his forties, began his third session by crying."),
            "Mr. D., a teacher in his forties");
  EXPECT_EQ(Person("Ms. R. asked whether I had read her file."), "Ms. R.");
}

TEST(PersonDescription, AnAgeBeforeAnOccupation) {
  // The age comes in the second sentence; it is preferred to the bare "a patient".
  EXPECT_EQ(Person("Last winter a patient said to me that I looked tired. She was a lawyer in "
                   "her thirties who rarely commented on me."),
            "a lawyer in her thirties");
  EXPECT_EQ(Person("A graduate student in his late twenties came to me in the spring."),
            "A graduate student in his late twenties");
}

TEST(PersonDescription, AnOccupationOrAdjective) {
  EXPECT_EQ(Person("The author reports a treatment in which a young widower accused him."),
            "a young widower");
}

TEST(PersonDescription, APseudonymWhenNothingElse) {
  EXPECT_EQ(Person("I will call him Daniel. He came every week."), "Daniel");
}

TEST(PersonDescription, NoneWhenNobodyIsDescribed) {
  EXPECT_EQ(Person("The session went badly. Nobody spoke for a long time."), "-");
  // The speaker's own role describes nobody else.
  EXPECT_EQ(Person("As a trainee I heard him lecture. My client and I came back to it."), "-");
}

TEST(PersonDescription, ANameWithItsInitial) {
  EXPECT_EQ(Person("Miss Lucie R. had been sent to me because she smelt burnt pudding."),
            "Miss Lucie R.");
  EXPECT_EQ(Person("Mrs. Anna T. came with her sister. She was silent."), "Mrs. Anna T.");
}

TEST(PersonDescription, ATitledPersonsPatient) {
  // The doctor's name says whose patient; the patient is the person.
  EXPECT_EQ(Person("Dr. Halden's patient was a clerk of thirty. She had lost her voice."),
            "Dr. Halden's patient");
  EXPECT_EQ(Person("Halden's patient had lost her voice. She wrote notes instead."),
            "Halden's patient");
  // A doctor's title alone names the clinician: the patient is the one described.
  EXPECT_EQ(Person("Dr. Mora sent me a student of nineteen. He could not sleep."),
            "a student of nineteen");
}

TEST(PersonDescription, AgesGivenAfterTheNoun) {
  EXPECT_EQ(Person("In the case of a woman of about forty there was a cough."),
            "a woman of about forty");
  EXPECT_EQ(Person("I watched a boy twenty months old play with a spoon. He threw it."),
            "a boy twenty months old");
  EXPECT_EQ(Person("It was a girl of nineteen months who hid her doll. She laughed."),
            "a girl of nineteen months");
}

TEST(PersonDescription, NotTheColleagueWhoToldOfThePatient) {
  EXPECT_EQ(Person("A friendly colleague told me of a young teacher who had stopped eating."),
            "a young teacher");
  EXPECT_EQ(Person("A surgeon was called, and she was operated on. She woke unable to speak."),
            "-");
  EXPECT_EQ(Person("A colleague sent her to me. She cried in the first session."), "-");
}

TEST(PersonDescription, TheOnePersonNotTheComparison) {
  EXPECT_EQ(Person("It was the history of a young girl, much like that of Halden's patient. She "
                   "had nursed her father."),
            "a young girl");
  EXPECT_EQ(Person("His patient forgot the scene. She remembered it under hypnosis."),
            "His patient");
}

}  // namespace
}  // namespace vignettes
