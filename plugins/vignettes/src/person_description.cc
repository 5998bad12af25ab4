#include "person_description.h"

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
};

Phrase IndefinitePhrase(const Tokens& t, size_t i) {
  Phrase p;
  if ((!t[i].Is("a") && !t[i].Is("an")) || IsSpeakersRole(t, i)) return p;
  size_t noun = kNone;
  for (size_t j = i + 1; j < t.size() && j <= i + 4 && IsWord(t[j]); ++j) {
    if (lexicon::IsPersonNoun(t[j].lower)) {
      noun = j;
      break;
    }
  }
  if (noun == kNone) return p;
  // "a graduate student", "a social worker": the last noun of a compound.
  while (noun + 1 < t.size() && IsWord(t[noun + 1]) && lexicon::IsPersonNoun(t[noun + 1].lower)) {
    ++noun;
  }
  p.end = noun + 1;
  std::string_view n = t[noun].lower;
  p.described = noun > i + 1 || !(n == "patient" || n == "client" || n == "person" || n == "man" ||
                                  n == "woman" || n == "child");
  // "in (his|her) (early|mid|late)? thirties"
  if (p.end + 2 < t.size() && t[p.end].Is("in")) {
    for (size_t k = p.end + 1; k < t.size() && k <= p.end + 4; ++k) {
      if (IsWord(t[k]) && lexicon::IsAgeDecade(t[k].lower)) {
        p.end = k + 1;
        p.age = true;
        break;
      }
    }
  }
  return p;
}

// "Mrs. L." and its apposition ", a nurse in her fifties".
size_t TitlePhraseEnd(const Tokens& t, size_t i) {
  if (!IsWord(t[i]) || !t[i].capitalised || !lexicon::IsTitle(t[i].lower)) return kNone;
  size_t j = i + 1;
  if (j < t.size() && t[j].IsPunct('.')) ++j;
  if (j >= t.size() || !IsWord(t[j]) || !t[j].capitalised) return kNone;
  size_t end = j + 1;
  if (end < t.size() && t[end].IsPunct('.') && t[j].text.size() == 1) ++end;  // "L."
  if (end + 1 < t.size() && t[end].IsPunct(',')) {
    Phrase apposition = IndefinitePhrase(t, end + 1);
    if (apposition.end != kNone) return apposition.end;
  }
  return end;
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
  // In order of preference, each over all the sentences searched.
  for (const Candidate& c : candidates) {
    for (size_t i = 0; i < c.tokens.size(); ++i) {
      size_t end = TitlePhraseEnd(c.tokens, i);
      if (end != kNone) return range(c, i, end);
    }
  }
  for (int pass = 0; pass < 3; ++pass) {
    for (const Candidate& c : candidates) {
      for (size_t i = 0; i < c.tokens.size(); ++i) {
        Phrase p = IndefinitePhrase(c.tokens, i);
        if (p.end == kNone) continue;
        if ((pass == 0 && p.age) || (pass == 1 && p.described) || pass == 2) {
          return range(c, i, p.end);
        }
      }
    }
  }
  // A pseudonym: "whom we will call Ilse", "I will call him Daniel".
  for (const Candidate& c : candidates) {
    const Tokens& t = c.tokens;
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      if (!t[i].Is("call")) continue;
      size_t j = i + 1;
      if (t[j].Is("him") || t[j].Is("her")) ++j;
      if (j < t.size() && IsWord(t[j]) && t[j].capitalised) return range(c, j, j + 1);
    }
  }
  return std::nullopt;
}

}  // namespace vignettes
