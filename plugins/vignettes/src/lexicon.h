// The word lists the cue detectors look words up in (lower-case English).
//
// Thread safety: the lists are built once, on first use, and only read;
// ClassesOf's memory is the calling thread's own.
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_LEXICON_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace vignettes::lexicon {

// One person named by role or kind: patient, client, student, nurse, widower.
bool IsPersonNoun(std::string_view word);
// People in the plural: patients, clients, therapists, people.
bool IsPluralPeople(std::string_view word);
// teens, twenties, ... nineties.
bool IsAgeDecade(std::string_view word);
// young, elderly, middle-aged, retired, ...: a person described.
bool IsPersonAdjective(std::string_view word);
// A verb in the past tense: an irregular form or a regular "-ed" form.
bool IsPastTense(std::string_view word);
// A finite verb of the present tense or a modal of general statement.
bool IsPresentTense(std::string_view word);
// Verbs of saying: said, asked, replied, told.
bool IsSpeechVerb(std::string_view word);
// session, hour, appointment, treatment, therapy, cancelled, referred.
bool IsSessionWord(std::string_view word);
// often, usually, typically, rarely, tend.
bool IsFrequencyWord(std::string_view word);
// every, any, many, most, such, some: a quantifier over a class.
bool IsQuantifier(std::string_view word);
// would, might, could.
bool IsConditionalModal(std::string_view word);
// grandfather, childhood, predecessor: the author's own life after "my".
bool IsLifeWord(std::string_view word);
// Number words from eleven up (forty, forty-two, hundred) and fractions.
bool IsLargeNumberWord(std::string_view word);
// study, sample, interviewed, rated, coded, per cent.
bool IsStudyWord(std::string_view word);
// reports, describes, presents: what an author does with a case.
bool IsReportingVerb(std::string_view word);
// proposed, argued, wrote, coined, theorised: what a writer does with ideas.
bool IsScholarVerb(std::string_view word);
// Nouns of a case an author reports: treatment, case, patient, analysis.
bool IsCaseNoun(std::string_view word);
// winter, morning, Tuesday (lower case): a time a story happened.
bool IsTimeNoun(std::string_view word);
// first ... tenth, next, following, last.
bool IsOrdinal(std::string_view word);
// Mr, Mrs, Ms, Miss, Dr (without the full stop).
bool IsTitle(std::string_view word);
// Words of a treatment or consultation, the clinical frame a vignette needs
// around it: patient, analysis, therapist, session, symptom, hysteria,
// neurotic, hypnosis, consultation, diagnosis (not doctor or cure alone: a
// novel's or a biography's people fall ill and see doctors too).
bool IsClinicalFrameWord(std::string_view word);
// People beside the patient in a clinician's story: colleague, friend,
// doctor, physician, surgeon, analyst, supervisor. In "a friendly
// colleague told me of a patient" the person is the patient, not them.
bool IsClinicianOrColleague(std::string_view word);
// "same", "very": "the same child", "the very patient" refer back to one
// person already told.
bool IsSameWord(std::string_view word);
// he, she, him, her, his, hers, himself, herself.
bool IsThirdPersonSingular(std::string_view word);

// The lists above as bits of one word's classes: ClassesOf(w) & kPastTense
// exactly when IsPastTense(w), and so on for each list.
enum WordClass : uint32_t {
  kPersonNoun = 1u << 0,
  kPluralPeople = 1u << 1,
  kAgeDecade = 1u << 2,
  kPersonAdjective = 1u << 3,
  kPastTense = 1u << 4,
  kPresentTense = 1u << 5,
  kSpeechVerb = 1u << 6,
  kSessionWord = 1u << 7,
  kFrequencyWord = 1u << 8,
  kQuantifier = 1u << 9,
  kConditionalModal = 1u << 10,
  kLifeWord = 1u << 11,
  kLargeNumberWord = 1u << 12,
  kStudyWord = 1u << 13,
  kReportingVerb = 1u << 14,
  kScholarVerb = 1u << 15,
  kCaseNoun = 1u << 16,
  kTimeNoun = 1u << 17,
  kOrdinal = 1u << 18,
  kTitle = 1u << 19,
  kClinicalFrameWord = 1u << 20,
  kClinicianOrColleague = 1u << 21,
  kSameWord = 1u << 22,
  kThirdPersonSingular = 1u << 23,
};

// Every class of word, as the Is... functions above would say. Remembered
// per thread, so that the words a document repeats are looked up once (a
// sentence's cues ask some thirty questions of each of its words).
uint32_t ClassesOf(std::string_view word);

}  // namespace vignettes::lexicon

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_LEXICON_H_
