// The cues' names and meanings, for the TEI header and the README.
#include <stdexcept>

#include "cues.h"

namespace vignettes {

const std::array<CueInfo, kCueCount>& AllCues() {
  static const std::array<CueInfo, kCueCount> kCues = {{
      {Cue::kIntroduction, "introduction", "introduction of one person",
       "One person is brought in with an indefinite description and a past-tense event (\"A "
       "student in his twenties came to me\", \"a patient said to me\").",
       true},
      {Cue::kDescription, "description", "description of the person",
       "The person is described by age, occupation or circumstance (\"in her late thirties\", "
       "\"a nurse\", \"a young widower\").",
       true},
      {Cue::kNamedPerson, "named-person", "a named person",
       "A person is named with a title and initial or a pseudonym (\"Mr. D.\", \"whom we will "
       "call Ilse\").",
       true},
      {Cue::kKnownPerson, "known-person", "the named person again",
       "The sentence mentions a person the text named earlier.", true},
      {Cue::kClinicianVoice, "clinician-voice", "a clinician narrating",
       "The clinician tells in the first person what happened with the patient (\"I asked "
       "her\", \"came to me\", \"my client\").",
       true},
      {Cue::kPastTense, "past-tense", "past-tense events",
       "The sentence tells events in the past tense.", true},
      {Cue::kReportedSpeech, "reported-speech", "reported speech",
       "Words spoken in the session are quoted or reported (\"she said that ...\").", true},
      {Cue::kPersonSpeaks, "person-speaks", "the person speaks",
       "The person is the speaker of reported words (\"she said\", \"the patient replied\").",
       true},
      {Cue::kSessionWords, "session-words", "session and treatment",
       "Words of the consulting room: session, hour, appointment, treatment, referral.", true},
      {Cue::kPatientNoun, "patient-noun", "one particular patient",
       "One particular patient or client (\"my client\", \"the patient replied\").", true},
      {Cue::kCreditedCase, "credited-case", "a case credited to an author",
       "An author is credited with a case (\"Quist (1990) reports a treatment in which\").", true},
      {Cue::kOnePerson, "one-person", "one person followed",
       "The sentence follows one person with he or she.", true},
      {Cue::kNarrativeTime, "narrative-time", "narrative time",
       "Markers of story time (\"the following week\", \"last winter\", \"one Tuesday\").", true},
      {Cue::kNarrativePresent, "narrative-present", "a case told in the present",
       "One particular person does things in the present tense, with the clinician or a name "
       "in the sentence (\"Mr. B. arrives with a folder\", \"I ask him\"), not as a type.",
       true},
      {Cue::kGeneralisation, "generalisation", "generalisation about patients",
       "A statement about patients or therapists in general (\"Patients often ...\", \"the "
       "patient may ...\").",
       false},
      {Cue::kHypothetical, "hypothetical", "hypothetical case",
       "An imagined case (\"Suppose a client ...\", \"Imagine a patient who ...\").", false},
      {Cue::kConditional, "conditional", "conditional mood",
       "would, might or could: what may happen rather than what happened.", false},
      {Cue::kAuthorLife, "author-life", "the author's own life",
       "The author's own story where no patient is concerned (\"my grandfather\", \"as a "
       "child\").",
       false},
      {Cue::kStatistics, "statistics", "numbers",
       "Counts, proportions and percentages, as a study reports them.", false},
      {Cue::kStudyWords, "study-words", "words of a study",
       "Words of research: study, sample, interviewed, rated, coded.", false},
      {Cue::kCitation, "citation", "citation",
       "A citation of the literature (\"(Vos, 1997)\", \"Halvorsen (2008)\").", false},
      {Cue::kScholarVerb, "scholar-verb", "an author's ideas",
       "Verbs of a writer's work (proposed, argued, wrote, coined): the text reports theory.",
       false},
      {Cue::kPresentTense, "present-tense", "present-tense argument",
       "Present-tense statements and modals of general claims (is, may, tends, argues).", false},
      {Cue::kCommentary, "commentary", "commentary on a case",
       "The text comments on a case rather than tells it (\"the case illustrates\").", false},
      {Cue::kDialogue, "dialogue", "a transcript line",
       "A line of a discussion transcript (\"Renfrew: ...\").", false},
      {Cue::kPluralPeople, "plural-people", "people in the plural",
       "Patients, clients or therapists as a class.", false},
  }};
  return kCues;
}

bool IsCaseAnchor(Cue cue) {
  return cue == Cue::kIntroduction || cue == Cue::kNamedPerson || cue == Cue::kKnownPerson ||
         cue == Cue::kCreditedCase || cue == Cue::kPatientNoun || cue == Cue::kSessionWords;
}

const CueInfo& InfoOf(Cue cue) {
  const CueInfo& info = AllCues()[static_cast<size_t>(cue)];
  if (info.cue != cue) throw std::logic_error("vignettes: the cue table is out of order");
  return info;
}

}  // namespace vignettes
