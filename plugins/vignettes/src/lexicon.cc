#include "lexicon.h"

#include <functional>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace vignettes::lexicon {
namespace {

using WordSet = std::unordered_set<std::string_view>;

bool In(const WordSet& set, std::string_view word) { return set.count(word) > 0; }

// Hashes a std::string key and a std::string_view alike, so that a word is
// looked up without being copied into a string.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

const WordSet& PersonNouns() {
  static const WordSet kWords = {
      "patient",   "client",      "analysand",   "student",       "woman",         "man",
      "girl",      "boy",         "teenager",    "adolescent",    "child",         "mother",
      "father",    "widow",       "widower",     "nurse",         "lawyer",        "teacher",
      "doctor",    "physician",   "engineer",    "musician",      "architect",     "accountant",
      "artist",    "writer",      "builder",     "farmer",        "pilot",         "soldier",
      "veteran",   "mechanic",    "chef",        "cook",          "waiter",        "waitress",
      "retiree",   "pensioner",   "manager",     "executive",     "academic",      "scientist",
      "priest",    "salesman",    "saleswoman",  "clerk",         "secretary",     "librarian",
      "carpenter", "electrician", "plumber",     "painter",       "dancer",        "actor",
      "actress",   "journalist",  "programmer",  "designer",      "worker",        "gentleman",
      "lady",      "couple",      "graduate",    "undergraduate", "mathematician", "surgeon",
      "midwife",   "pharmacist",  "translator",  "gardener",      "driver",        "banker",
      "officer",   "firefighter", "policeman",   "policewoman",   "minister",      "vicar",
      "novelist",  "poet",        "singer",      "violinist",     "pianist",       "athlete",
      "runner",    "boxer",       "dentist",     "vet",           "tailor",        "baker",
      "butcher",   "shopkeeper",  "cleaner",     "caretaker",     "carer",         "housewife",
      "homemaker", "grandmother", "grandfather", "daughter",      "son",           "husband",
      "wife",      "trainee",     "apprentice",  "professor",     "lecturer",      "researcher",
      "analyst",   "therapist",   "counsellor",  "psychiatrist",  "psychologist",  "supervisee",
      "toddler",   "infant",      "schoolgirl",  "schoolboy",     "bride",         "fiancee",
      "immigrant", "refugee",     "stranger",    "neighbour",     "colleague",     "friend",
      "person"};
  return kWords;
}

}  // namespace

bool IsPersonNoun(std::string_view w) { return In(PersonNouns(), w); }

bool IsPluralPeople(std::string_view w) {
  static const WordSet kWords = {
      "patients",      "clients",     "therapists",  "clinicians",       "analysts",
      "people",        "persons",     "individuals", "children",         "adults",
      "practitioners", "counsellors", "counselors",  "families",         "couples",
      "participants",  "respondents", "analysands",  "psychotherapists", "psychiatrists",
      "psychologists", "students",    "trainees",    "supervisors",      "adolescents",
      "men",           "women",       "survivors",   "parents",          "mothers",
      "fathers",       "infants",     "caregivers",  "others",           "everyone",
      "anyone",        "nobody",      "someone"};
  return In(kWords, w);
}

bool IsAgeDecade(std::string_view w) {
  static const WordSet kWords = {"teens",   "twenties",  "thirties", "forties", "fifties",
                                 "sixties", "seventies", "eighties", "nineties"};
  return In(kWords, w);
}

bool IsPersonAdjective(std::string_view w) {
  static const WordSet kWords = {"young",    "elderly",  "middle-aged", "retired",   "older",
                                 "younger",  "widowed",  "married",     "divorced",  "single",
                                 "pregnant", "recently", "bereaved",    "unemployed"};
  return In(kWords, w);
}

bool IsPastTense(std::string_view w) {
  static const WordSet kIrregular = {
      "was",        "were",      "had",     "did",      "said",    "told",    "came",
      "went",       "began",     "left",    "felt",     "thought", "knew",    "saw",
      "heard",      "took",      "gave",    "got",      "made",    "found",   "sat",
      "stood",      "spoke",     "wrote",   "brought",  "kept",    "held",    "met",
      "paid",       "sent",      "spent",   "lost",     "won",     "fell",    "ran",
      "became",     "bought",    "caught",  "taught",   "sought",  "fought",  "forgot",
      "understood", "wore",      "woke",    "broke",    "chose",   "drove",   "ate",
      "drank",      "sang",      "rang",    "threw",    "grew",    "drew",    "flew",
      "shook",      "hid",       "led",     "fled",     "slept",   "wept",    "meant",
      "lent",       "built",     "dealt",   "struck",   "stuck",   "swore",   "tore",
      "arose",      "rose",      "lay",     "laid",     "hung",    "burst",   "wasn't",
      "weren't",    "didn't",    "hadn't",  "couldn't", "brought", "forgave", "withdrew",
      "undertook",  "overheard", "mistook", "sank",     "swam",    "spun",    "bit",
      "hit",        "froze",     "rode",    "wound"};
  if (In(kIrregular, w)) return true;
  static const WordSet kNotPast = {
      "need",       "indeed",   "feed",      "seed",        "speed",        "bed",
      "red",        "shed",     "hundred",   "proceed",     "succeed",      "exceed",
      "breed",      "greed",    "creed",     "weed",        "bleed",        "embed",
      "sacred",     "naked",    "wicked",    "kindred",     "shred",        "bred",
      "deed",       "heed",     "reed",      "steed",       "tweed",        "freed",
      "agreed",     "based",    "related",   "supposed",    "so-called",    "concerned",
      "interested", "called",   "named",     "used",        "unrecognised", "unrecognized",
      "limited",    "detailed", "advanced",  "experienced", "skilled",      "trained",
      "balanced",   "attached", "attuned",   "informed",    "centred",      "centered",
      "focused",    "focussed", "organised", "organized",   "rooted"};
  if (In(kNotPast, w)) return false;
  return w.size() > 4 && w.substr(w.size() - 2) == "ed";
}

bool IsPresentTense(std::string_view w) {
  static const WordSet kWords = {
      "is", "are", "am", "isn't", "aren't", "does", "doesn't", "has", "may", "can", "cannot",
      "can't", "must", "should", "tends", "tend", "seems", "seem", "becomes", "means", "remains",
      "lies", "requires", "suggests", "argues", "notes", "describes", "shows", "offers", "allows",
      "makes", "takes", "gives", "helps", "depends", "involves", "includes", "consists", "matters",
      "needs", "belongs", "reflects", "implies", "holds", "calls", "covers", "asks", "tells",
      "knows", "feels", "expects", "wants", "says", "sees", "leads", "begins", "comes", "goes",
      "happens", "occurs", "arises", "serves", "works", "depend", "need", "require", "differs",
      "recurs", "emerges", "contains", "explains", "proposes", "insists", "recommends", "observes",
      "distinguishes", "treats", "places", "casts", "locates", "fits", "points", "marks",
      // verbs a type is described with: "a woman ... finds herself forced"
      "finds", "leaves", "lives", "loses", "keeps", "tries", "suffers", "develops", "forgets",
      "avoids", "fears", "refuses"};
  return In(kWords, w);
}

bool IsSpeechVerb(std::string_view w) {
  static const WordSet kWords = {
      "said",      "says",       "say",       "asked",     "replied",   "told",      "added",
      "answered",  "whispered",  "shouted",   "exclaimed", "insisted",  "explained", "remarked",
      "announced", "admitted",   "repeated",  "murmured",  "muttered",  "protested", "wondered",
      "cried",     "complained", "confessed", "declared",  "demanded",  "joked",     "snapped",
      "sighed",    "began",      "went",      "continued", "responded", "retorted",  "mentioned"};
  return In(kWords, w);
}

bool IsSessionWord(std::string_view w) {
  static const WordSet kWords = {
      "session",   "sessions",     "hour",    "appointment", "appointments", "therapy",
      "treatment", "consulting",   "cancel",  "cancelled",   "canceled",     "cancellation",
      "referred",  "referral",     "arrived", "couch",       "intake",       "waiting",
      "analysis",  "consultation", "visit",   "visits",      "office"};
  return In(kWords, w);
}

bool IsFrequencyWord(std::string_view w) {
  static const WordSet kWords = {"often",
                                 "usually",
                                 "typically",
                                 "generally",
                                 "commonly",
                                 "frequently",
                                 "sometimes",
                                 "rarely",
                                 "seldom",
                                 "always",
                                 "never",
                                 "tend",
                                 "tends",
                                 "invariably",
                                 "ordinarily",
                                 "normally",
                                 "characteristically",
                                 "likely",
                                 "unlikely"};
  return In(kWords, w);
}

bool IsQuantifier(std::string_view w) {
  static const WordSet kWords = {"every", "any", "many", "most",  "such",  "some", "all",
                                 "each",  "few", "no",   "other", "these", "those"};
  return In(kWords, w);
}

bool IsConditionalModal(std::string_view w) {
  return w == "would" || w == "might" || w == "could" || w == "wouldn't";
}

bool IsLifeWord(std::string_view w) {
  static const WordSet kWords = {"grandfather", "grandmother", "grandparents", "mother",   "father",
                                 "parents",     "sister",      "brother",      "husband",  "wife",
                                 "son",         "daughter",    "childhood",    "family",   "house",
                                 "home",        "garden",      "dog",          "cat",      "school",
                                 "training",    "predecessor", "car",          "village",  "town",
                                 "youth",       "uncle",       "aunt",         "holiday",  "trip",
                                 "flat",        "apartment",   "kitchen",      "children", "friend",
                                 "friends",     "neighbour",   "teacher"};
  return In(kWords, w);
}

bool IsLargeNumberWord(std::string_view w) {
  static const WordSet kWords = {
      "eleven",   "twelve",   "thirteen", "fourteen",  "fifteen",  "sixteen",  "seventeen",
      "eighteen", "nineteen", "twenty",   "thirty",    "forty",    "fifty",    "sixty",
      "seventy",  "eighty",   "ninety",   "hundred",   "hundreds", "thousand", "thousands",
      "dozen",    "dozens",   "half",     "thirds",    "quarter",  "quarters", "percent",
      "cent",     "majority", "minority", "proportion"};
  if (In(kWords, w)) return true;
  // forty-two, twenty-one
  size_t hyphen = w.find('-');
  return hyphen != std::string_view::npos && In(kWords, w.substr(0, hyphen));
}

bool IsStudyWord(std::string_view w) {
  static const WordSet kWords = {
      "study",       "studies",       "studied",       "sample",         "samples",
      "sampled",     "participants",  "respondents",   "interviewed",    "interviews",
      "surveyed",    "survey",        "questionnaire", "questionnaires", "rated",
      "ratings",     "rating",        "coded",         "coding",         "data",
      "significant", "significantly", "correlated",    "correlation",    "predicted",
      "predictor",   "predicts",      "findings",      "finding",        "measured",
      "outcome",     "outcomes",      "dropout",       "rate",           "rates",
      "recorded",    "trial",         "trials",        "randomised",     "randomized",
      "scores",      "scale",         "cohort",        "classified",     "statistically",
      "percentage",  "analysed",      "analyzed",      "variance",       "sampling",
      "researchers", "research",      "experiment",    "experimental",   "controlled",
      "subjects",    "respondent",    "measures",      "average",        "mean"};
  return In(kWords, w);
}

bool IsReportingVerb(std::string_view w) {
  static const WordSet kWords = {"reports",   "reported", "describes", "described", "presents",
                                 "presented", "recounts", "recounted", "relates",   "related",
                                 "gives",     "gave",     "discusses", "discussed", "tells",
                                 "told",      "offers",   "offered",   "provides",  "provided",
                                 "recalls",   "recalled", "narrates",  "narrated",  "cites",
                                 "cited",     "records",  "documents", "details",   "detailed"};
  return In(kWords, w);
}

bool IsScholarVerb(std::string_view w) {
  static const WordSet kWords = {
      "proposed",      "proposes",      "argued",         "argues",         "wrote",
      "writes",        "claimed",       "claims",         "maintained",     "maintains",
      "contended",     "contends",      "emphasised",     "emphasized",     "emphasises",
      "emphasizes",    "posited",       "posits",         "coined",         "defined",
      "defines",       "termed",        "theorised",      "theorized",      "hypothesised",
      "hypothesized",  "concluded",     "concludes",      "cautioned",      "criticised",
      "criticized",    "formulated",    "conceptualised", "conceptualized", "elaborated",
      "distinguished", "distinguishes", "introduced"};
  return In(kWords, w);
}

bool IsCaseNoun(std::string_view w) {
  static const WordSet kWords = {"treatment",    "case", "analysis",  "session",  "therapy",
                                 "consultation", "hour", "encounter", "vignette", "history"};
  return In(kWords, w) || IsPersonNoun(w);
}

bool IsTimeNoun(std::string_view w) {
  static const WordSet kWords = {
      "winter",  "spring",    "summer",    "autumn",    "fall",     "year",   "week",
      "month",   "morning",   "afternoon", "evening",   "night",    "day",    "monday",
      "tuesday", "wednesday", "thursday",  "friday",    "saturday", "sunday", "session",
      "hour",    "meeting",   "visit",     "christmas", "easter",   "weekend"};
  return In(kWords, w);
}

bool IsOrdinal(std::string_view w) {
  static const WordSet kWords = {"first",     "second", "third", "fourth", "fifth",    "sixth",
                                 "seventh",   "eighth", "ninth", "tenth",  "eleventh", "twelfth",
                                 "following", "next",   "last",  "final",  "previous", "same"};
  return In(kWords, w);
}

bool IsTitle(std::string_view w) {
  return w == "mr" || w == "mrs" || w == "ms" || w == "miss" || w == "dr" || w == "mx";
}

bool IsClinicalFrameWord(std::string_view w) {
  static const WordSet kWords = {
      "patient",         "patients",       "client",          "clients",        "analysand",
      "analysis",        "analyses",       "analyst",         "analysed",       "analyzed",
      "psycho-analysis", "psychoanalysis", "psycho-analytic", "psychoanalytic", "psycho-analyst",
      "psychoanalyst",   "therapy",        "therapist",       "therapeutic",    "psychotherapy",
      "psychotherapist", "session",        "sessions",        "symptom",        "symptoms",
      "hysteria",        "hysterical",     "hysterics",       "hystericals",    "neurosis",
      "neuroses",        "neurotic",       "neurotics",       "hypnosis",       "hypnotic",
      "hypnotized",      "hypnotised",     "consultation",    "consulting",     "diagnosis",
      "psychiatrist",    "psychiatric",    "clinic",          "clinical",       "clinician",
      "counselling",     "counseling",     "counsellor",      "counselor",      "treatment",
      "transference",    "supervision",    "intake",          "referral",       "referred"};
  return In(kWords, w);
}

bool IsClinicianOrColleague(std::string_view w) {
  static const WordSet kWords = {"colleague",    "friend",     "doctor",       "physician",
                                 "surgeon",      "analyst",    "therapist",    "supervisor",
                                 "psychiatrist", "counsellor", "psychologist", "stranger"};
  return In(kWords, w);
}

bool IsSameWord(std::string_view w) { return w == "same" || w == "very"; }

bool IsThirdPersonSingular(std::string_view w) {
  static const WordSet kWords = {"he", "she", "him", "her", "his", "hers", "himself", "herself"};
  return In(kWords, w);
}

uint32_t ClassesOf(std::string_view w) {
  // A bound on the words remembered, so that a long-running process (a pack
  // of many readings) does not keep every word it has seen.
  constexpr size_t kMaxRemembered = 1 << 16;
  thread_local std::unordered_map<std::string, uint32_t, WordHash, std::equal_to<>> remembered;
  auto found = remembered.find(w);
  if (found != remembered.end()) return found->second;
  uint32_t classes = 0;
  if (IsPersonNoun(w)) classes |= kPersonNoun;
  if (IsPluralPeople(w)) classes |= kPluralPeople;
  if (IsAgeDecade(w)) classes |= kAgeDecade;
  if (IsPersonAdjective(w)) classes |= kPersonAdjective;
  if (IsPastTense(w)) classes |= kPastTense;
  if (IsPresentTense(w)) classes |= kPresentTense;
  if (IsSpeechVerb(w)) classes |= kSpeechVerb;
  if (IsSessionWord(w)) classes |= kSessionWord;
  if (IsFrequencyWord(w)) classes |= kFrequencyWord;
  if (IsQuantifier(w)) classes |= kQuantifier;
  if (IsConditionalModal(w)) classes |= kConditionalModal;
  if (IsLifeWord(w)) classes |= kLifeWord;
  if (IsLargeNumberWord(w)) classes |= kLargeNumberWord;
  if (IsStudyWord(w)) classes |= kStudyWord;
  if (IsReportingVerb(w)) classes |= kReportingVerb;
  if (IsScholarVerb(w)) classes |= kScholarVerb;
  if (IsCaseNoun(w)) classes |= kCaseNoun;
  if (IsTimeNoun(w)) classes |= kTimeNoun;
  if (IsOrdinal(w)) classes |= kOrdinal;
  if (IsTitle(w)) classes |= kTitle;
  if (IsClinicalFrameWord(w)) classes |= kClinicalFrameWord;
  if (IsClinicianOrColleague(w)) classes |= kClinicianOrColleague;
  if (IsSameWord(w)) classes |= kSameWord;
  if (IsThirdPersonSingular(w)) classes |= kThirdPersonSingular;
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  remembered.emplace(std::string(w), classes);
  return classes;
}

}  // namespace vignettes::lexicon
