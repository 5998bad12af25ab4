#include "cues.h"

#include <algorithm>
#include <cctype>

#include "lexicon.h"

namespace vignettes {
namespace {

using Tokens = std::vector<Token>;
constexpr size_t kNone = static_cast<size_t>(-1);

bool IsWord(const Token& t) { return t.kind == Token::Kind::kWord; }

bool IsFirstPersonSingular(const Token& t) {
  if (t.kind != Token::Kind::kWord) return false;
  // Every form below starts with I or m: most words are turned away here.
  if (t.lower[0] != 'i' && t.lower[0] != 'm') return false;
  if (t.text == "I" || t.text == "I'm" || t.text == "I'd" || t.text == "I've" || t.text == "I'll") {
    return true;
  }
  return t.lower == "me" || t.lower == "my" || t.lower == "myself" || t.lower == "mine";
}

// A year as cited: 1800..2099, maybe with a letter (1987a).
bool IsYear(const Token& t) {
  std::string_view s = t.lower;
  if (s.size() == 5 && std::isalpha(static_cast<unsigned char>(s[4]))) s.remove_suffix(1);
  if (s.size() != 4 || !std::all_of(s.begin(), s.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    return false;
  }
  return s >= "1800" && s <= "2099";
}

// The person noun of an indefinite noun phrase whose article is at i ("a
// young widower"), or kNone.
size_t IndefinitePerson(const Tokens& t, size_t i) {
  // "a nurse", "an architect", "one patient".
  if (!t[i].Is("a") && !t[i].Is("an") && !t[i].Is("one")) return kNone;
  if (IsSpeakersRole(t, i)) return kNone;
  for (size_t j = i + 1; j < t.size() && j <= i + 4; ++j) {
    if (!IsWord(t[j])) return kNone;
    if (t[j].Has(lexicon::kPersonNoun)) {
      // "a student health service": a noun before another noun is a modifier.
      if (j + 1 < t.size() && IsWord(t[j + 1]) && t[j + 1].Has(lexicon::kSessionWord)) {
        return kNone;
      }
      return j;
    }
    static const char* const kStops[] = {"of",  "in", "to", "for", "with", "who",  "that",
                                         "and", "or", "at", "on",  "by",   "from", "as"};
    for (const char* stop : kStops) {
      if (t[j].lower == stop) return kNone;
    }
  }
  return kNone;
}

// Whether a word of t is in the word list c (a lexicon::WordClass).
bool AnyOf(const Tokens& t, uint32_t c) {
  return std::any_of(t.begin(), t.end(), [&](const Token& k) { return IsWord(k) && k.Has(c); });
}

size_t CountOf(const Tokens& t, uint32_t c) {
  return static_cast<size_t>(
      std::count_if(t.begin(), t.end(), [&](const Token& k) { return IsWord(k) && k.Has(c); }));
}

double Scaled(size_t count, size_t full) {
  return std::min(1.0, static_cast<double>(count) / static_cast<double>(full));
}

bool HasWord(const Tokens& t, std::string_view word) {
  return std::any_of(t.begin(), t.end(), [&](const Token& k) { return k.Is(word); });
}

// "in her late thirties", "aged 34", "a 34-year-old".
bool HasAge(const Tokens& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (IsWord(t[i]) && t[i].Has(lexicon::kAgeDecade)) {
      for (size_t k = 1; k <= 3 && k <= i; ++k) {
        if (t[i - k].Is("in")) return true;
      }
    }
    if (t[i].Is("aged") && i + 1 < t.size() && t[i + 1].kind == Token::Kind::kNumber) return true;
    if (IsWord(t[i]) && t[i].lower.find("year-old") != std::string::npos) return true;
  }
  return false;
}

// Citations "Name (1990)", "(Name, 1990)", "(Name et al., 2003, p. 4)": the
// indices of their closing parentheses.
std::vector<size_t> Citations(const Tokens& t) {
  std::vector<size_t> out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].IsPunct('(')) continue;
    size_t close = kNone;
    for (size_t j = i + 1; j < t.size() && j < i + 24; ++j) {
      if (t[j].IsPunct(')')) {
        close = j;
        break;
      }
    }
    if (close == kNone) continue;
    bool year = false, name_inside = false;
    for (size_t j = i + 1; j < close; ++j) {
      year = year || IsYear(t[j]);
      name_inside = name_inside || (IsWord(t[j]) && t[j].capitalised && !IsYear(t[j]));
    }
    bool name_before = i > 0 && IsWord(t[i - 1]) && (t[i - 1].capitalised || t[i - 1].Is("al"));
    if (i > 1 && t[i - 1].IsPunct('.') && t[i - 2].Is("al")) name_before = true;
    if (year && (name_inside || name_before)) out.push_back(close);
  }
  return out;
}

bool HasCreditedCase(const Tokens& t, const std::vector<size_t>& citations) {
  for (size_t close : citations) {
    for (size_t v = close + 1; v < t.size() && v <= close + 3; ++v) {
      if (!IsWord(t[v]) || !t[v].Has(lexicon::kReportingVerb)) continue;
      for (size_t n = v + 1; n < t.size() && n <= v + 4; ++n) {
        if (IsWord(t[n]) && t[n].Has(lexicon::kCaseNoun)) return true;
      }
    }
  }
  return false;
}

// One particular patient: "my client", "this patient", or "the patient" doing
// something in the past tense ("the patient replied"), not "the patient may".
bool HasParticularPatient(const Tokens& t) {
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!(t[i + 1].Is("patient") || t[i + 1].Is("client") || t[i + 1].Is("analysand"))) continue;
    if (t[i].Is("my") || t[i].Is("our") || t[i].Is("this") || t[i].Is("that")) return true;
    if (t[i].Is("the")) {
      for (size_t j = i + 2; j < t.size() && j <= i + 4; ++j) {
        if (!IsWord(t[j])) continue;
        if (t[j].Has(lexicon::kPresentTense) || t[j].Is("will")) break;
        if (t[j].Has(lexicon::kPastTense)) return true;
      }
    }
  }
  return false;
}

bool HasNarrativeTime(const Tokens& t) {
  auto word = [&](size_t i) -> std::string_view {
    return i < t.size() && IsWord(t[i]) ? std::string_view(t[i].lower) : std::string_view();
  };
  for (size_t i = 0; i < t.size(); ++i) {
    std::string_view w = word(i), next = word(i + 1);
    if ((w == "last" || w == "one" || w == "that" || w == "following" || w == "next") &&
        lexicon::IsTimeNoun(next) && !(w == "that" && next == "session")) {
      return true;
    }
    if ((next == "days" || next == "weeks" || next == "months" || next == "years") &&
        (word(i + 2) == "later" || word(i + 2) == "afterwards" || word(i + 2) == "into")) {
      return true;
    }
    if ((w == "in" || w == "by" || w == "during" || w == "after") &&
        (next == "the" || next == "our" || next == "his" || next == "her") &&
        lexicon::IsOrdinal(word(i + 2)) && lexicon::IsTimeNoun(word(i + 3))) {
      return true;
    }
    if (w == "end" && next == "of" && lexicon::IsTimeNoun(word(i + 3))) return true;
    if (w == "when" && (lexicon::IsThirdPersonSingular(next) || next == "we") &&
        lexicon::IsPastTense(word(i + 2))) {
      return true;
    }
  }
  return false;
}

bool HasGeneralisation(const Tokens& t) {
  bool present = AnyOf(t, lexicon::kPresentTense);
  bool frequency = AnyOf(t, lexicon::kFrequencyWord);
  bool plural = AnyOf(t, lexicon::kPluralPeople);
  if (plural && (present || frequency)) return true;
  // A present-tense report ("Mrs. K., a teacher, comes to her first session",
  // "A teacher in her forties comes to see me") names its person or has its
  // clinician speak: its "a teacher" is no type.
  bool reported = std::any_of(t.begin(), t.end(), [](const Token& k) {
    return IsFirstPersonSingular(k) || (IsWord(k) && k.capitalised && k.Has(lexicon::kTitle));
  });
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    // "the patient may", "a client who says", "every therapist", "such patients".
    bool indefinite = t[i].Is("a") || t[i].Is("an");
    if (indefinite && reported) continue;
    bool generic_article = t[i].Is("the") || indefinite;
    bool quantifier = IsWord(t[i]) && t[i].Has(lexicon::kQuantifier);
    if (!generic_article && !quantifier) continue;
    size_t noun = i + 1;
    if (noun < t.size() && IsWord(t[noun]) && t[noun].Has(lexicon::kPersonAdjective)) ++noun;
    if (noun >= t.size() || !IsWord(t[noun])) continue;
    bool person = t[noun].Has(lexicon::kPersonNoun) || t[noun].Has(lexicon::kPluralPeople);
    if (!person) continue;
    if (quantifier && t[i].lower != "some" && t[i].lower != "all") return true;
    for (size_t j = noun + 1; j < t.size() && j <= noun + 4; ++j) {
      if (IsWord(t[j]) && (t[j].Has(lexicon::kPresentTense) || t[j].Is("will"))) return true;
      if (IsWord(t[j]) && t[j].Has(lexicon::kPastTense)) break;
    }
  }
  return false;
}

// A type described: "a woman, with whom her husband practises ..., finds
// herself forced ...": an indefinite person in a sentence of the present tense
// only, told by no "I" and named by no title (a present-tense case report
// names its person or has its clinician speak).
bool HasTypeDescribed(const Tokens& t) {
  if (!AnyOf(t, lexicon::kPresentTense) || AnyOf(t, lexicon::kPastTense)) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (IsFirstPersonSingular(t[i])) return false;
    if (IsWord(t[i]) && t[i].capitalised && t[i].Has(lexicon::kTitle)) return false;
  }
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!t[i].Is("a") && !t[i].Is("an")) continue;
    size_t noun = i + 1;
    if (IsWord(t[noun]) && t[noun].Has(lexicon::kPersonAdjective) && noun + 1 < t.size()) ++noun;
    if (IsWord(t[noun]) && t[noun].Has(lexicon::kPersonNoun)) return true;
  }
  return false;
}

bool HasHypothetical(const Tokens& t) {
  size_t first = 0;
  while (first < t.size() && !IsWord(t[first])) ++first;
  if (first < t.size() && (t[first].Is("but") || t[first].Is("now") || t[first].Is("so"))) {
    ++first;
    while (first < t.size() && !IsWord(t[first])) ++first;
  }
  if (first < t.size()) {
    std::string_view w = t[first].lower;
    if (w == "suppose" || w == "imagine" || w == "picture" || w == "supposing" || w == "say") {
      return true;
    }
    // "Consider a man who ...", but not "Consider the case of Mrs. B., who ...".
    if (w == "consider" && first + 1 < t.size() &&
        (t[first + 1].Is("a") || t[first + 1].Is("an"))) {
      return true;
    }
  }
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if ((t[i].Is("let") && t[i + 1].Is("us")) || (t[i].Is("what") && t[i + 1].Is("if"))) {
      return true;
    }
    if (t[i].Is("imagine") || t[i].Is("hypothetical") || t[i].Is("hypothetically")) return true;
    if (t[i].Is("if") && i + 2 < t.size() &&
        (t[i + 1].Is("a") || t[i + 1].Is("an") || t[i + 1].Is("the")) && IsWord(t[i + 2]) &&
        (t[i + 2].Has(lexicon::kPersonNoun) || t[i + 2].Has(lexicon::kPersonAdjective))) {
      return true;
    }
  }
  return false;
}

bool HasAuthorLife(const Tokens& t) {
  bool patient = false;
  for (const Token& k : t) {
    if (k.Is("patient") || k.Is("client") || k.Is("patients") || k.Is("clients") ||
        (IsWord(k) && k.Has(lexicon::kSessionWord))) {
      patient = true;
    }
  }
  if (patient) return false;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].Is("my")) {
      for (size_t j = i + 1; j < t.size() && j <= i + 2; ++j) {
        if (IsWord(t[j]) && t[j].Has(lexicon::kLifeWord)) return true;
      }
    }
    bool i_subject = t[i].text == "I";
    if (i_subject && (t[i + 1].Is("moved") || t[i + 1].Is("grew") || t[i + 1].Is("remember") ||
                      t[i + 1].Is("trained") || t[i + 1].Is("lived"))) {
      return true;
    }
    if (t[i].Is("as") && t[i + 1].Is("a") && i + 2 < t.size() &&
        (t[i + 2].Is("child") || t[i + 2].Is("boy") || t[i + 2].Is("girl") ||
         t[i + 2].Is("teenager"))) {
      return true;
    }
    if (t[i].Is("when") && t[i + 1].text == "I" && i + 2 < t.size() && t[i + 2].Is("was")) {
      return true;
    }
    if (t[i].Is("years") && t[i + 1].Is("ago")) return true;
  }
  return false;
}

size_t CountStatistics(const Tokens& t) {
  size_t n = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    const Token& k = t[i];
    if (k.kind == Token::Kind::kNumber && !IsYear(k)) ++n;
    if (IsWord(k) && k.Has(lexicon::kLargeNumberWord)) ++n;
    if (k.kind == Token::Kind::kPunct && k.text == "%") ++n;
  }
  return n;
}

bool HasCommentary(const Tokens& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsWord(t[i])) continue;
    std::string_view w = t[i].lower;
    if (w.rfind("illustrat", 0) == 0 || w.rfind("vignette", 0) == 0 ||
        w.rfind("exemplif", 0) == 0) {
      return true;
    }
    if ((w == "this" || w == "the") && i + 1 < t.size() &&
        (t[i + 1].Is("case") || t[i + 1].Is("example") || t[i + 1].Is("material") ||
         t[i + 1].Is("treatment"))) {
      for (size_t j = i + 2; j < t.size() && j <= i + 4; ++j) {
        if (IsWord(t[j]) && t[j].Has(lexicon::kPresentTense)) return true;
      }
    }
  }
  return false;
}

// "the same child", "the very patient": one person already told.
bool HasSamePerson(const Tokens& t) {
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if ((t[i].Is("the") || t[i].Is("this")) && IsWord(t[i + 1]) &&
        t[i + 1].Has(lexicon::kSameWord) && IsWord(t[i + 2]) &&
        t[i + 2].Has(lexicon::kPersonNoun)) {
      return true;
    }
  }
  return false;
}

// One case announced: "the history of ... case", "one of my cases", "the case
// of", "this case", "a case of". Not "in such cases" nor "in most cases".
bool HasCaseAnnouncement(const Tokens& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].Is("case") && !t[i].Is("cases")) continue;
    bool plural = t[i].Is("cases");
    size_t d = i;
    while (d > 0 && d + 3 > i &&
           !(t[d - 1].Is("the") || t[d - 1].Is("this") || t[d - 1].Is("my") || t[d - 1].Is("a") ||
             t[d - 1].Is("one"))) {
      --d;
    }
    if (d == 0) continue;
    const Token& det = t[d - 1];
    if (plural) {
      // "one of my cases"
      if (det.Is("my") && d >= 3 && t[d - 2].Is("of") && t[d - 3].Is("one")) return true;
      continue;
    }
    if (det.Is("this") || det.Is("my")) return true;
    if ((det.Is("the") || det.Is("a")) && i + 1 < t.size() && t[i + 1].Is("of")) return true;
    if (det.Is("the") && d >= 3 && t[d - 2].Is("of") && t[d - 3].Is("history")) return true;
  }
  return false;
}

// The names of people in the sentence (see SentenceCues::names), from token
// index begin on and before end.
std::vector<std::string> NamesIn(const Tokens& t, const std::set<std::string>& known,
                                 size_t begin = 0, size_t end = kNone) {
  std::vector<std::string> out;
  for (size_t i = begin; i < t.size() && i < end; ++i) {
    if (!IsWord(t[i]) || !t[i].capitalised) continue;
    if (t[i].Has(lexicon::kTitle)) {
      size_t j = i + 1;
      if (j < t.size() && t[j].IsPunct('.')) ++j;
      // "Dr. Joseph Breuer": the surname, the last capitalised word.
      size_t last = kNone;
      while (j < t.size() && IsWord(t[j]) && t[j].capitalised) last = j++;
      if (last != kNone) {
        out.push_back(t[last].text.substr(0, t[last].text.find('\'')));
        i = last;  // "Joseph" in "Dr. Joseph Breuer" is no name of its own
      }
      continue;
    }
    // "Breuer's patient": a possessive name (the tokenizer keeps the 's).
    const std::string& w = t[i].text;
    if (w.size() > 3 && w.compare(w.size() - 2, 2, "'s") == 0 && w != "One's" && w != "It's") {
      out.push_back(w.substr(0, w.size() - 2));
      continue;
    }
    if (known.count(w)) out.push_back(w);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// A consultation told by the clinician: "came to me", "came to see me",
// "brought to me", "asked to see me", "I treated", "I saw her".
size_t CountConsultations(const Tokens& t) {
  size_t n = 0;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    bool to_me = t[i + 1].Is("me") && (t[i].Is("to") || t[i].Is("see"));
    if (to_me && i > 0 &&
        (t[i - 1].Is("came") || t[i - 1].Is("brought") || t[i - 1].Is("to") ||
         t[i - 1].Is("sent") || t[i - 1].Is("come") || t[i - 1].Is("comes"))) {
      ++n;
    }
    if (t[i].text == "I" && (t[i + 1].Is("treated") || t[i + 1].Is("saw") || t[i + 1].Is("see") ||
                             t[i + 1].Is("treat") || t[i + 1].Is("analysed"))) {
      ++n;
    }
  }
  return n;
}

}  // namespace

bool IsSpeakersRole(const std::vector<Token>& t, size_t article) {
  if (article > 0 && t[article - 1].Is("as")) return true;
  return article > 1 && t[article - 2].text == "I" &&
         (t[article - 1].Is("was") || t[article - 1].Is("became") || t[article - 1].Is("am"));
}

SentenceCues CueDetector::Detect(std::string_view sentence) {
  SentenceCues out;
  CueVector& v = out.cues;
  const Tokens t = Tokenize(sentence);
  if (t.empty()) return out;

  size_t past = CountOf(t, lexicon::kPastTense);
  size_t present = CountOf(t, lexicon::kPresentTense);
  At(v, Cue::kPastTense) = Scaled(past, 3);
  At(v, Cue::kPresentTense) = Scaled(present, 3);

  // An indefinite person, or "she was a nurse", "one of my patients".
  bool indefinite = false, described = false, leading = false;
  for (size_t i = 0; i < t.size(); ++i) {
    size_t noun = IndefinitePerson(t, i);
    if (noun == kNone) continue;
    indefinite = true;
    // Near the start, and not "She was a ...", which speaks of someone already there.
    if (i < 8 && !t[0].Has(lexicon::kThirdPersonSingular)) leading = true;
    std::string_view n = t[noun].lower;
    bool generic_noun = n == "patient" || n == "client" || n == "person" || n == "man" ||
                        n == "woman" || n == "child";
    if (!generic_noun || noun > i + 1) described = true;
  }
  for (size_t i = 0; i + 3 < t.size(); ++i) {
    if (t[i].Is("one") && t[i + 1].Is("of") && t[i + 2].Is("my") &&
        (t[i + 3].Is("patients") || t[i + 3].Is("clients"))) {
      indefinite = true;
    }
  }
  // Not "Suppose a client ..." nor "A patient who expects ... will ...".
  bool hypothetical = HasHypothetical(t);
  bool generalisation = HasGeneralisation(t) || HasTypeDescribed(t);
  if (indefinite && past > 0 && !hypothetical && !generalisation) {
    At(v, Cue::kIntroduction) = 1.0;
  } else {
    leading = false;
  }
  if (HasAge(t)) {
    At(v, Cue::kDescription) = 1.0;
  } else if (described) {
    At(v, Cue::kDescription) = 0.6;
  }

  // Named people: "Mr. D.", "whom we will call Ilse".
  bool named_now = false, known = false;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (IsWord(t[i]) && t[i].capitalised && t[i].Has(lexicon::kTitle)) {
      size_t j = i + 1;
      if (t[j].IsPunct('.')) ++j;
      if (j < t.size() && IsWord(t[j]) && t[j].capitalised) {
        // "Dr. Breuer's patient" names Dr. Breuer.
        std::string word = t[j].text.substr(0, t[j].text.find('\''));
        std::string name = t[i].text + ". " + word;
        if (known_.count(name)) {
          known = true;
        } else {
          known_.insert(name);
          known_.insert(word);  // "Breuer relates ..." later speaks of him too
          named_now = true;
        }
      }
    }
    if (t[i].Is("call") || t[i].Is("called")) {
      bool chooser = false;
      for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
        chooser = chooser || t[k].text == "I" || t[k].Is("we") || t[k].Is("whom") ||
                  t[k].Is("i'll") || t[k].Is("we'll") || t[k].Is("shall") || t[k].Is("will");
      }
      size_t j = i + 1;
      if (j < t.size() && (t[j].Is("him") || t[j].Is("her") || t[j].Is("them"))) ++j;
      if (chooser && j < t.size() && IsWord(t[j]) && t[j].capitalised && t[j].text != "I") {
        known_.insert(t[j].text);
        named_now = true;
      } else if (chooser && t.size() > 1 && IsWord(t[0]) && t[0].capitalised && t[1].IsPunct(',')) {
        // "Leni, as I will call her, is nine ...": the name comes first.
        known_.insert(t[0].text);
        named_now = true;
      }
    }
  }
  if (!named_now) {
    for (const Token& k : t) {
      // "Halden's patient" speaks of Halden.
      if (IsWord(k) && k.capitalised && known_.count(k.text.substr(0, k.text.find('\'')))) {
        known = true;
      }
    }
  }
  At(v, Cue::kNamedPerson) = named_now ? 1.0 : 0.0;
  At(v, Cue::kKnownPerson) = known ? 1.0 : 0.0;

  // The clinician's voice: I / me / my with the patient in the sentence.
  bool first_person = std::any_of(t.begin(), t.end(), IsFirstPersonSingular);
  size_t third = CountOf(t, lexicon::kThirdPersonSingular);
  bool patient_noun = HasWord(t, "patient") || HasWord(t, "client") || HasWord(t, "patients") ||
                      HasWord(t, "clients");
  bool clinician = first_person && (third > 0 || patient_noun);
  // "came to me", "said to me", "told me".
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!IsWord(t[i]) || !t[i].Has(lexicon::kPastTense)) continue;
    if (i + 2 < t.size() && t[i + 1].Is("to") && t[i + 2].Is("me")) clinician = true;
    if (t[i].Has(lexicon::kSpeechVerb) && t[i + 1].Is("me")) clinician = true;
  }
  At(v, Cue::kClinicianVoice) = clinician ? 1.0 : 0.0;
  At(v, Cue::kOnePerson) = third >= 2 ? 1.0 : third == 1 ? 0.5 : 0.0;

  // Speech.
  bool quotes =
      std::any_of(t.begin(), t.end(), [](const Token& k) { return k.kind == Token::Kind::kQuote; });
  bool speech = false, speaker = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsWord(t[i]) || !t[i].Has(lexicon::kSpeechVerb)) continue;
    speech = true;
    auto is_speaker = [&](size_t k) {
      return k < t.size() && IsWord(t[k]) &&
             (t[k].Is("he") || t[k].Is("she") || t[k].Has(lexicon::kPersonNoun) ||
              known_.count(t[k].text) > 0);
    };
    if ((i > 0 && is_speaker(i - 1)) || is_speaker(i + 1)) speaker = true;
  }
  bool said_that = false;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (IsWord(t[i]) && t[i].Has(lexicon::kSpeechVerb) && t[i].Has(lexicon::kPastTense) &&
        (t[i + 1].Is("that") || t[i + 1].Is("me") || t[i + 1].Is("him") || t[i + 1].Is("her"))) {
      said_that = true;
    }
  }
  At(v, Cue::kReportedSpeech) = quotes && speech ? 1.0 : said_that ? 0.6 : 0.0;
  At(v, Cue::kPersonSpeaks) = speaker && (quotes || said_that) ? 1.0 : 0.0;

  At(v, Cue::kSessionWords) = Scaled(CountOf(t, lexicon::kSessionWord), 2);
  std::vector<size_t> citations = Citations(t);
  // A citation that credits a case is that cue alone, so that the two do not
  // share their weight.
  bool credited = HasCreditedCase(t, citations);
  At(v, Cue::kCreditedCase) = credited ? 1.0 : 0.0;
  At(v, Cue::kCitation) = citations.empty() || credited ? 0.0 : 1.0;
  At(v, Cue::kPatientNoun) = HasParticularPatient(t) ? 1.0 : 0.0;
  At(v, Cue::kNarrativeTime) = HasNarrativeTime(t) ? 1.0 : 0.0;

  At(v, Cue::kGeneralisation) = generalisation                      ? 1.0
                                : AnyOf(t, lexicon::kFrequencyWord) ? 0.5
                                                                    : 0.0;
  At(v, Cue::kHypothetical) = hypothetical ? 1.0 : 0.0;
  At(v, Cue::kConditional) = AnyOf(t, lexicon::kConditionalModal) ? 1.0 : 0.0;
  At(v, Cue::kAuthorLife) = HasAuthorLife(t) ? 1.0 : 0.0;
  At(v, Cue::kStatistics) = Scaled(CountStatistics(t), 2);
  At(v, Cue::kStudyWords) = Scaled(CountOf(t, lexicon::kStudyWord), 2);
  At(v, Cue::kScholarVerb) = AnyOf(t, lexicon::kScholarVerb) ? 1.0 : 0.0;
  At(v, Cue::kCommentary) = HasCommentary(t) ? 1.0 : 0.0;
  At(v, Cue::kDialogue) =
      t.size() > 2 && IsWord(t[0]) && t[0].capitalised && t[1].IsPunct(':') ? 1.0 : 0.0;
  At(v, Cue::kPluralPeople) = AnyOf(t, lexicon::kPluralPeople) ? 1.0 : 0.0;
  // The historical present of a case: one person (he or she, a name, a person
  // introduced) acting in the present, with the clinician or a name there, and
  // neither a class nor a supposition.
  bool someone = third > 0 || named_now || known || indefinite;
  bool told = first_person || named_now || known;
  At(v, Cue::kNarrativePresent) = present > 0 && past == 0 && someone && told && !generalisation &&
                                          !hypothetical && !AnyOf(t, lexicon::kPluralPeople)
                                      ? 1.0
                                      : 0.0;
  out.opens_case = (leading && past > 0) || named_now || credited;
  out.names = NamesIn(t, known_);
  out.subject_names = NamesIn(t, known_, 0, kSubjectTokens);
  out.pronoun_patient = t.size() > 1 && (t[0].Is("his") || t[0].Is("her")) &&
                        (t[1].Is("patient") || t[1].Is("client"));
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    const std::string& w = t[i].text;
    // Not a comparison: "analogous to that of Breuer's patient".
    if (i > 0 && t[i - 1].Is("of")) continue;
    if (IsWord(t[i]) && t[i].capitalised && w.size() > 3 && w.compare(w.size() - 2, 2, "'s") == 0 &&
        (t[i + 1].Is("patient") || t[i + 1].Is("client") || t[i + 1].Is("analysand"))) {
      out.patient_of_names.push_back(w.substr(0, w.size() - 2));
    }
  }
  out.same_person = HasSamePerson(t);
  out.announces_case = HasCaseAnnouncement(t);
  out.frame_words = CountOf(t, lexicon::kClinicalFrameWord) + CountConsultations(t);
  out.words = static_cast<size_t>(std::count_if(t.begin(), t.end(), IsWord));
  return out;
}

}  // namespace vignettes
