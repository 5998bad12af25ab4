// The cues of a case vignette, and of what a vignette is not, detected in one
// sentence. Each cue is a number in [0, 1] (most are 0 or 1); the model
// (model.h) weighs them into the sentence's score.
//
// For a vignette: an indefinite introduction of one person, an age or
// occupation that describes them, a named person (Mr. D., a pseudonym), a
// clinician narrating in the first person, past-tense events, reported speech
// and the person's own words, session and treatment words, a case credited to
// an author, he/she narrative, narrative time markers, and the mention of a
// person the document has already introduced.
// Against: a generalisation about patients, a hypothetical, the author's own
// life, a study's statistics, a citation of theory, present-tense argument,
// commentary on the case ("this case illustrates"), a discussion transcript.
//
// Thread safety: CueDetector keeps the people introduced so far; use one per
// document, from one thread.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_CUES_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_CUES_H_

#include <array>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tokens.h"

namespace vignettes {

enum class Cue {
  // For a vignette.
  kIntroduction,    // "A graduate student ... came to me", "a patient said to me"
  kDescription,     // "in her late thirties", "a nurse", "a young widower"
  kNamedPerson,     // "Mr. D.", "whom we will call Ilse"
  kKnownPerson,     // a person named earlier in the document
  kClinicianVoice,  // "I asked her", "came to me", "my client"
  kPastTense,       // past-tense events
  kReportedSpeech,  // quotation marks with a verb of saying
  kPersonSpeaks,    // "she said", "the patient replied"
  kSessionWords,    // session, hour, appointment, treatment
  kPatientNoun,     // "my client", "the patient replied": one particular patient
  kCreditedCase,    // "Quist (1990) reports a treatment in which"
  kOnePerson,       // he / she / him / her, more than once
  kNarrativeTime,   // "the following week", "last winter", "one Tuesday"
  // Against.
  kGeneralisation,  // "Patients often", "the patient may", "such patients"
  kHypothetical,    // "Suppose a client", "Imagine a patient"
  kConditional,     // would / might / could
  kAuthorLife,      // "my grandfather", "as a child", "I moved"
  kStatistics,      // numbers, per cent
  kStudyWords,      // study, sample, interviewed, rated, coded
  kCitation,        // "(Vos, 1997)", "Halvorsen (2008)"
  kScholarVerb,     // "she proposed", "he argued": an author's ideas
  kPresentTense,    // is, are, may, tends, argues
  kCommentary,      // "the case illustrates", "vignette"
  kDialogue,        // "Renfrew: I was struck ..." (a transcript line)
  kPluralPeople,    // patients, therapists, clients
};

constexpr size_t kCueCount = static_cast<size_t>(Cue::kPluralPeople) + 1;

struct CueInfo {
  Cue cue;
  const char* id;          // short, an XML name: "introduction"
  const char* label;       // for the header's taxonomy
  const char* definition;  // what it means, for an editor
  bool for_vignette;       // true: a cue for a vignette; false: against
};

// Every cue, in the order of the enum.
const std::array<CueInfo, kCueCount>& AllCues();
const CueInfo& InfoOf(Cue cue);

using CueVector = std::array<double, kCueCount>;

inline double& At(CueVector& v, Cue c) { return v[static_cast<size_t>(c)]; }
inline double At(const CueVector& v, Cue c) { return v[static_cast<size_t>(c)]; }

// Cues that tie a run of sentences to a case: a vignette must hold one (a
// story with none of them, such as the author's memory of a grandfather, is
// not about a patient or client).
bool IsCaseAnchor(Cue cue);

// Whether the indefinite article at t[article] gives the speaker's own role
// ("as a child", "as a trainee", "I became a therapist"): nobody brought in.
bool IsSpeakersRole(const std::vector<Token>& t, size_t article);

// How many tokens at a sentence's start hold its subject's name.
constexpr size_t kSubjectTokens = 4;

// What one sentence shows.
struct SentenceCues {
  CueVector cues{};
  // The sentence brings in a new case: a person introduced at its start ("A
  // nurse in her fifties ..."), newly named, or credited to an author. At the
  // start of a paragraph it ends the vignette before it.
  bool opens_case = false;
  // The names of people in it: a title's name ("Dr. Breuer", "Miss Lucie R."
  // give "Breuer", "Lucie"), a possessive name ("Breuer's patient"), a
  // pseudonym given ("whom we will call Ilse"), a name introduced earlier.
  std::vector<std::string> names;
  // Those at its start, where the person whose story it is stands ("Dr.
  // Breuer's patient was a girl of twenty-one"), not a comparison further on
  // ("a situation analogous to that of Breuer's patient").
  std::vector<std::string> subject_names;
  // Names whose patient it speaks of: "Breuer's patient" gives "Breuer".
  std::vector<std::string> patient_of_names;
  // It refers back to one person already told: "the same child".
  bool same_person = false;
  // It announces one case: "the history of a single one of my cases", "the
  // case of", "this case": the lead-in of the story that follows.
  bool announces_case = false;
  // Words of a treatment or consultation in it (lexicon::IsClinicalFrameWord).
  size_t frame_words = 0;
  size_t words = 0;  // all its words
};

// Detects the cues of the sentences of one document in reading order,
// remembering the people it has seen named (for kKnownPerson).
class CueDetector {
 public:
  SentenceCues Detect(std::string_view sentence);

  // The names introduced so far ("Ilse", "Mrs. L.").
  const std::set<std::string>& known_people() const { return known_; }

 private:
  std::set<std::string> known_;
};

}  // namespace vignettes

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_CUES_H_
