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

}  // namespace
}  // namespace vignettes
