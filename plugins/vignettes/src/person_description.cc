#include "person_description.h"

#include <string>
#include <vector>

#include "cues.h"
#include "lexicon.h"
#include "tokens.h"

namespace vignettes {
namespace {

using Tokens = std::vector<Token>;
constexpr size_t kNone = static_cast<size_t>(-1);

bool IsWord(const Token& t) { return t.kind == Token::Kind::kWord; }

// The end (token index, exclusive) of an indefinite person phrase starting at
// i, and whether it holds an age ("in her late thirties") or a description
// (an occupation or an adjective); kNone when there is none at i.
struct Phrase {
  size_t end = kNone;
  bool age = false, described = false;
  bool colleague = false;  // a colleague, friend or doctor: beside the patient, not them
};

bool IsNumber(const Token& t) {
  static const char* const kSmall[] = {"two",   "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten"};
  if (t.kind == Token::Kind::kNumber) return true;
  if (!IsWord(t)) return false;
  for (const char* w : kSmall) {
    if (t.lower == w) return true;
  }
  return t.Has(lexicon::kLargeNumberWord) && t.lower != "half" && t.lower != "majority" &&
         t.lower != "minority" && t.lower != "proportion";
}

// The end of an age given after the person noun at i, or kNone: "of about
// forty", "of twenty-one", "eighteen months old", "of eighteen months".
size_t AgeAfter(const Tokens& t, size_t i) {
  size_t k = i;
  bool of = k < t.size() && t[k].Is("of");
  if (of) ++k;
  if (k < t.size() && (t[k].Is("about") || t[k].Is("nearly") || t[k].Is("some"))) ++k;
  if (k >= t.size() || !IsNumber(t[k])) return kNone;
  ++k;
  bool unit = k < t.size() && (t[k].Is("years") || t[k].Is("months"));
  if (unit) ++k;
  if (k < t.size() && t[k].Is("old")) return k + 1;
  // "of forty", "of eighteen months"; a bare "eighteen" is no age.
  return of ? k : kNone;
}

// A word that ends a noun phrase before its noun could come: a preposition,
// a conjunction, a relative pronoun.
bool IsPhraseBreak(const Token& t) {
  static const char* const kBreaks[] = {"of",  "in", "to", "for", "with", "who",  "that",
                                        "and", "or", "at", "on",  "by",   "from", "as"};
  for (const char* b : kBreaks) {
    if (t.lower == b) return true;
  }
  return false;
}

Phrase IndefinitePhrase(const Tokens& t, size_t i) {
  Phrase p;
  if ((!t[i].Is("a") && !t[i].Is("an")) || IsSpeakersRole(t, i)) return p;
  size_t noun = kNone;
  for (size_t j = i + 1; j < t.size() && j <= i + 4 && IsWord(t[j]); ++j) {
    if (t[j].Has(lexicon::kPersonNoun)) {
      noun = j;
      break;
    }
    // "a burden to the doctor": the phrase ended before the person noun.
    if (IsPhraseBreak(t[j])) break;
  }
  if (noun == kNone) return p;
  // "a graduate student", "a social worker": the last noun of a compound.
  while (noun + 1 < t.size() && IsWord(t[noun + 1]) && t[noun + 1].Has(lexicon::kPersonNoun)) {
    ++noun;
  }
  p.end = noun + 1;
  std::string_view n = t[noun].lower;
  p.described = noun > i + 1 || !(n == "patient" || n == "client" || n == "person" || n == "man" ||
                                  n == "woman" || n == "child");
  p.colleague = lexicon::IsClinicianOrColleague(n);
  if (size_t age = AgeAfter(t, p.end); age != kNone) {
    p.end = age;
    p.age = true;
    return p;
  }
  // "in (his|her) (early|mid|late)? thirties"
  if (p.end + 2 < t.size() && t[p.end].Is("in")) {
    for (size_t k = p.end + 1; k < t.size() && k <= p.end + 4; ++k) {
      if (IsWord(t[k]) && t[k].Has(lexicon::kAgeDecade)) {
        p.end = k + 1;
        p.age = true;
        break;
      }
    }
  }
  return p;
}

// "Mrs. L." and its apposition ", a nurse in her fifties"; "Miss Lucie R."
// with her initial; "Dr. Breuer's patient" (the patient of a titled person).
// A doctor's title alone names the clinician, not the patient: kNone.
size_t TitlePhraseEnd(const Tokens& t, size_t i) {
  if (!IsWord(t[i]) || !t[i].capitalised || !t[i].Has(lexicon::kTitle)) return kNone;
  size_t j = i + 1;
  if (j < t.size() && t[j].IsPunct('.')) ++j;
  if (j >= t.size() || !IsWord(t[j]) || !t[j].capitalised) return kNone;
  size_t end = j + 1;
  // Further names and initials: "Lucie R.", "Anna O.", "Joseph Breuer".
  while (end < t.size() && IsWord(t[end]) && t[end].capitalised &&
         t[end - 1].text.find('\'') == std::string::npos) {
    ++end;
  }
  if (end < t.size() && t[end].IsPunct('.') && t[end - 1].text.size() == 1) ++end;  // "R."
  const std::string& last = t[end - 1].IsPunct('.') ? t[end - 2].text : t[end - 1].text;
  if (last.size() > 2 && last.compare(last.size() - 2, 2, "'s") == 0) {
    // "Dr. Breuer's patient"
    if (end < t.size() && IsWord(t[end]) && t[end].Has(lexicon::kPersonNoun)) return end + 1;
    return kNone;
  }
  if (t[i].Is("dr")) return kNone;
  if (end + 1 < t.size() && t[end].IsPunct(',')) {
    Phrase apposition = IndefinitePhrase(t, end + 1);
    if (apposition.end != kNone) return apposition.end;
  }
  return end;
}

// A possessive name and a person noun at the start of the sentence (at
// start) or anywhere: "Breuer's patient was ...".
size_t PossessivePatientEnd(const Tokens& t, size_t i) {
  if (!IsWord(t[i]) || !t[i].capitalised || i + 1 >= t.size()) return kNone;
  const std::string& w = t[i].text;
  if (w.size() < 4 || w.compare(w.size() - 2, 2, "'s") != 0) return kNone;
  if (!IsWord(t[i + 1]) || !t[i + 1].Has(lexicon::kPersonNoun) ||
      t[i + 1].Has(lexicon::kClinicianOrColleague)) {
    return kNone;
  }
  return i + 2;
}

}  // namespace

std::optional<TextRange> FindPersonDescription(const Passage& passage, const SentenceRun& run,
                                               size_t sentences_to_search) {
  struct Candidate {
    size_t sentence;
    Tokens tokens;
  };
  std::vector<Candidate> candidates;
  for (size_t s = run.first; s <= run.last && s < run.first + sentences_to_search; ++s) {
    candidates.push_back({s, Tokenize(passage.TextOf(passage.sentences[s]))});
  }
  auto range = [&](const Candidate& c, size_t from, size_t to) {
    size_t base = passage.sentences[c.sentence].begin;
    return TextRange{base + c.tokens[from].begin, base + c.tokens[to - 1].end};
  };
  // In order of preference, each over all the sentences searched: a title and
  // name, or a titled person's patient, at the start of a sentence the
  // possessive name of a patient ...
  for (const Candidate& c : candidates) {
    for (size_t i = 0; i < c.tokens.size(); ++i) {
      size_t end = TitlePhraseEnd(c.tokens, i);
      if (end == kNone && i == 0) end = PossessivePatientEnd(c.tokens, i);
      if (end != kNone) return range(c, i, end);
    }
  }
  // ... an indefinite description with an age, with an occupation or
  // adjective, any (not a colleague's) ...
  for (int pass = 0; pass < 3; ++pass) {
    for (const Candidate& c : candidates) {
      for (size_t i = 0; i < c.tokens.size(); ++i) {
        Phrase p = IndefinitePhrase(c.tokens, i);
        if (p.end == kNone || p.colleague) continue;
        if ((pass == 0 && p.age) || (pass == 1 && p.described) || pass == 2) {
          return range(c, i, p.end);
        }
      }
    }
  }
  // ... a pseudonym: "whom we will call Ilse", "I will call him Daniel" ...
  for (const Candidate& c : candidates) {
    const Tokens& t = c.tokens;
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      if (!t[i].Is("call")) continue;
      size_t j = i + 1;
      if (t[j].Is("him") || t[j].Is("her")) ++j;
      if (j < t.size() && IsWord(t[j]) && t[j].capitalised) return range(c, j, j + 1);
      // "Leni, as I will call her, ...": the name comes first.
      if (IsWord(t[0]) && t[0].capitalised && t[1].IsPunct(',')) return range(c, 0, 1);
    }
  }
  // ... a named person's patient anywhere, "his patient" at a sentence's start.
  for (const Candidate& c : candidates) {
    const Tokens& t = c.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      if (size_t end = PossessivePatientEnd(t, i); end != kNone) return range(c, i, end);
    }
    if (t.size() > 1 && (t[0].Is("his") || t[0].Is("her")) &&
        (t[1].Is("patient") || t[1].Is("client"))) {
      return range(c, 0, 2);
    }
  }
  return std::nullopt;
}

}  // namespace vignettes
