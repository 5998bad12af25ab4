// Each cue on short sentences written for the test: where it fires and where
// it must not.
#include "cues.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_passages.h"

namespace vignettes {
namespace {

using testing::CuesOf;

double Cue(const std::string& sentence, vignettes::Cue cue) {
  return At(CuesOf(sentence).cues, cue);
}

TEST(Cues, IntroductionOfOnePerson) {
  EXPECT_EQ(Cue("A retired nurse in her sixties came to see me after a fall.", Cue::kIntroduction),
            1.0);
  EXPECT_EQ(Cue("Last spring a patient said to me that she was leaving.", Cue::kIntroduction), 1.0);
  EXPECT_EQ(Cue("One patient told me that she kept a list.", Cue::kIntroduction), 1.0);
  // A generic person in the present tense, a hypothetical, the speaker's own role.
  EXPECT_EQ(Cue("A patient who expects abandonment will read a cancelled session as abandonment.",
                Cue::kIntroduction),
            0.0);
  EXPECT_EQ(Cue("Suppose a client cancelled two sessions in a row.", Cue::kIntroduction), 0.0);
  EXPECT_EQ(Cue("I learned this long before I became a therapist.", Cue::kIntroduction), 0.0);
  EXPECT_EQ(Cue("As a child I watched him work.", Cue::kIntroduction), 0.0);
}

TEST(Cues, OpensCaseOnlyForANewPersonAtTheStart) {
  EXPECT_TRUE(CuesOf("A retired nurse in her sixties came to see me after a fall.").opens_case);
  EXPECT_TRUE(CuesOf("Quist (1990) reports a treatment in which a man stopped eating.").opens_case);
  // The person already there.
  EXPECT_FALSE(CuesOf("She was a lawyer in her thirties who rarely spoke of me.").opens_case);
}

TEST(Cues, DescriptionByAgeOrOccupation) {
  EXPECT_EQ(Cue("She was a graduate student in her late twenties.", Cue::kDescription), 1.0);
  EXPECT_EQ(Cue("The patient, aged 34, was referred by her doctor.", Cue::kDescription), 1.0);
  EXPECT_GT(Cue("A young widower accused him of collecting stories.", Cue::kDescription), 0.0);
  EXPECT_EQ(Cue("The theory describes development in general.", Cue::kDescription), 0.0);
}

TEST(Cues, NamedPersonThenKnownPerson) {
  CueDetector detector;
  CueVector first = detector.Detect("Mr. D., a teacher, began his third session by crying.").cues;
  EXPECT_EQ(At(first, Cue::kNamedPerson), 1.0);
  CueVector again = detector.Detect("Mr. D. said nothing more that day.").cues;
  EXPECT_EQ(At(again, Cue::kNamedPerson), 0.0);
  EXPECT_EQ(At(again, Cue::kKnownPerson), 1.0);

  CueDetector pseudonym;
  EXPECT_EQ(At(pseudonym.Detect("A client, whom we will call Ilse, was seen weekly.").cues,
               Cue::kNamedPerson),
            1.0);
  EXPECT_EQ(At(pseudonym.Detect("Ilse was silent for some time.").cues, Cue::kKnownPerson), 1.0);
  EXPECT_EQ(At(pseudonym.Detect("Halvorsen was silent on this point.").cues, Cue::kKnownPerson),
            0.0);
}

TEST(Cues, ClinicianNarratingInTheFirstPerson) {
  EXPECT_EQ(Cue("I asked her what had happened since we last met.", Cue::kClinicianVoice), 1.0);
  EXPECT_EQ(Cue("A student came to me in the spring.", Cue::kClinicianVoice), 1.0);
  EXPECT_EQ(Cue("I want to argue three things in this paper.", Cue::kClinicianVoice), 0.0);
}

TEST(Cues, PastAndPresentTense) {
  EXPECT_GT(Cue("He arrived late, sat down and looked away.", Cue::kPastTense), 0.5);
  EXPECT_EQ(Cue("He arrives late, sits down and looks away.", Cue::kPastTense), 0.0);
  EXPECT_GT(Cue("Patients often test the frame and may feel abandoned.", Cue::kPresentTense), 0.0);
  EXPECT_EQ(Cue("She cried for most of the remaining hour.", Cue::kPresentTense), 0.0);
}

TEST(Cues, ReportedSpeechAndThePersonSpeaking) {
  std::string quote = "\u201cYou sounded so pleased for her,\u201d she said.";
  EXPECT_EQ(Cue(quote, Cue::kReportedSpeech), 1.0);
  EXPECT_EQ(Cue(quote, Cue::kPersonSpeaks), 1.0);
  EXPECT_GT(Cue("She said that she had not slept for three nights.", Cue::kReportedSpeech), 0.0);
  // Scare quotes are not speech.
  EXPECT_EQ(Cue("Pelegrino calls this \"deep repair\".", Cue::kReportedSpeech), 0.0);
}

TEST(Cues, SessionWordsAndOnePatient) {
  EXPECT_EQ(Cue("In the third session she cancelled the next appointment.", Cue::kSessionWords),
            1.0);
  EXPECT_EQ(Cue("The weather was fine.", Cue::kSessionWords), 0.0);
  EXPECT_EQ(Cue("My client and I came back to it often.", Cue::kPatientNoun), 1.0);
  EXPECT_EQ(Cue("The patient replied at once.", Cue::kPatientNoun), 1.0);
  EXPECT_EQ(Cue("The patient may feel abandoned.", Cue::kPatientNoun), 0.0);
  EXPECT_EQ(Cue("Therapists rarely agree.", Cue::kPatientNoun), 0.0);
}

TEST(Cues, CaseCreditedToAnAuthorAndCitations) {
  std::string credited = "Quarrington (1990) reports a treatment in which a young widower left.";
  EXPECT_EQ(Cue(credited, Cue::kCreditedCase), 1.0);
  EXPECT_EQ(Cue(credited, Cue::kCitation), 0.0) << "the credited case takes the citation's place";
  std::string cited = "Vos (1997) suggests that therapists miss these moments.";
  EXPECT_EQ(Cue(cited, Cue::kCreditedCase), 0.0);
  EXPECT_EQ(Cue(cited, Cue::kCitation), 1.0);
  EXPECT_EQ(Cue("Repair is slow (Danforth & Ellery, 1994, p. 3).", Cue::kCitation), 1.0);
  EXPECT_EQ(Cue("In 1992 I moved to the hills.", Cue::kCitation), 0.0);
}

TEST(Cues, OnePersonAndNarrativeTime) {
  EXPECT_EQ(Cue("He said that his father left the table.", Cue::kOnePerson), 1.0);
  EXPECT_EQ(Cue("They said nothing.", Cue::kOnePerson), 0.0);
  EXPECT_EQ(Cue("The following week he arrived early.", Cue::kNarrativeTime), 1.0);
  EXPECT_EQ(Cue("In the fifth month the therapist mentioned the move.", Cue::kNarrativeTime), 1.0);
  EXPECT_EQ(Cue("Three weeks into therapy he accused me.", Cue::kNarrativeTime), 1.0);
  EXPECT_EQ(Cue("Repair takes time.", Cue::kNarrativeTime), 0.0);
}

TEST(Cues, Generalisation) {
  EXPECT_EQ(Cue("Patients often notice these lapses.", Cue::kGeneralisation), 1.0);
  EXPECT_EQ(Cue("The patient may experience the break as a loss.", Cue::kGeneralisation), 1.0);
  EXPECT_EQ(Cue("Such patients tend to form intense transferences.", Cue::kGeneralisation), 1.0);
  EXPECT_EQ(Cue("The patient missed the next two appointments.", Cue::kGeneralisation), 0.0);
}

TEST(Cues, Hypothetical) {
  EXPECT_EQ(Cue("Suppose a client cancels two sessions in a row.", Cue::kHypothetical), 1.0);
  EXPECT_EQ(Cue("Imagine a patient who never speaks.", Cue::kHypothetical), 1.0);
  EXPECT_EQ(Cue("If a patient brings a gift, the therapist must decide.", Cue::kHypothetical), 1.0);
  EXPECT_EQ(Cue("Consider a man who has seen five therapists.", Cue::kHypothetical), 1.0);
  EXPECT_EQ(Cue("Consider the case of Mrs. B., who came to me in May.", Cue::kHypothetical), 0.0);
  EXPECT_EQ(Cue("She brought a gift to the last session.", Cue::kHypothetical), 0.0);
  EXPECT_EQ(Cue("The therapist might accept the apology.", Cue::kConditional), 1.0);
}

TEST(Cues, AuthorsOwnLife) {
  EXPECT_EQ(Cue("My grandfather mended clocks in a shed.", Cue::kAuthorLife), 1.0);
  EXPECT_EQ(Cue("In 1992 I moved from the city to the hills.", Cue::kAuthorLife), 1.0);
  EXPECT_EQ(Cue("When I was a student I lived abroad.", Cue::kAuthorLife), 1.0);
  // A patient is concerned.
  EXPECT_EQ(Cue("My client told me about her grandfather.", Cue::kAuthorLife), 0.0);
}

TEST(Cues, StatisticsAndStudies) {
  std::string study = "Forty-two therapists were interviewed, and 41 per cent replied.";
  EXPECT_EQ(Cue(study, Cue::kStatistics), 1.0);
  EXPECT_GT(Cue(study, Cue::kStudyWords), 0.0);
  EXPECT_EQ(Cue("Ostrander et al. (2003) coded 212 recorded sessions.", Cue::kStatistics), 0.5);
  // A year is not a statistic.
  EXPECT_EQ(Cue("In 1992 she came back.", Cue::kStatistics), 0.0);
}

TEST(Cues, CommentaryDialogueScholarsAndPlurals) {
  EXPECT_EQ(Cue("The case illustrates several features of withdrawal.", Cue::kCommentary), 1.0);
  EXPECT_EQ(Cue("What this treatment shows is how long a rupture takes.", Cue::kCommentary), 1.0);
  EXPECT_EQ(Cue("She arrived late.", Cue::kCommentary), 0.0);
  EXPECT_EQ(Cue("Renfrew: I was struck by your examples.", Cue::kDialogue), 1.0);
  EXPECT_EQ(Cue("She proposed three questions.", Cue::kScholarVerb), 1.0);
  EXPECT_EQ(Cue("Therapists and patients disagree.", Cue::kPluralPeople), 1.0);
}

TEST(Cues, EveryCueHasANameAndAMeaning) {
  for (const CueInfo& info : AllCues()) {
    EXPECT_EQ(&InfoOf(info.cue), &info);
    EXPECT_FALSE(std::string(info.id).empty());
    EXPECT_FALSE(std::string(info.definition).empty()) << info.id;
  }
}

TEST(Cues, ATypeDescribedInThePresentIsAGeneralisation) {
  EXPECT_EQ(Cue("A woman whose husband leaves every spring finds herself unable to sleep.",
                Cue::kGeneralisation),
            1.0);
  EXPECT_EQ(Cue("A woman whose husband left one spring found herself unable to sleep.",
                Cue::kIntroduction),
            1.0);
  // A present-tense report names its person or has its clinician speak.
  EXPECT_EQ(Cue("Mrs. K., a teacher, comes to her first session in tears.", Cue::kGeneralisation),
            0.0);
  EXPECT_EQ(Cue("A teacher in her forties comes to see me in tears.", Cue::kGeneralisation), 0.0);
}

TEST(Cues, TheSamePersonAgain) {
  EXPECT_TRUE(CuesOf("The same child, a year later, threw his spoon away.").same_person);
  EXPECT_FALSE(CuesOf("The child threw his spoon away.").same_person);
}

TEST(Cues, OneCaseAnnounced) {
  EXPECT_TRUE(CuesOf("I will give you the history of one of my cases.").announces_case);
  EXPECT_TRUE(CuesOf("I must shorten the history of the case.").announces_case);
  EXPECT_FALSE(CuesOf("In most cases the symptom returns.").announces_case);
  EXPECT_FALSE(CuesOf("Such cases are common.").announces_case);
}

TEST(Cues, NamesOfPeople) {
  SentenceCues c = CuesOf("Dr. Joseph Halden's patient was a clerk.");
  ASSERT_EQ(c.names.size(), 1u);
  EXPECT_EQ(c.names[0], "Halden");
  EXPECT_EQ(c.subject_names, c.names);
  SentenceCues later = CuesOf("It was much like the case of Halden's patient.");
  EXPECT_EQ(later.names, std::vector<std::string>{"Halden"});
  EXPECT_TRUE(later.subject_names.empty()) << "a comparison, not the sentence's subject";
  EXPECT_TRUE(later.patient_of_names.empty()) << "\"of Halden's patient\" compares";
  EXPECT_EQ(CuesOf("Then Halden's patient spoke.").patient_of_names,
            std::vector<std::string>{"Halden"});
}

TEST(Cues, WordsOfAClinicalFrame) {
  EXPECT_EQ(CuesOf("The patient came to see me for analysis.").frame_words, 3u);
  EXPECT_EQ(CuesOf("The whale rose beside the boat at dawn.").frame_words, 0u);
}

}  // namespace
}  // namespace vignettes
