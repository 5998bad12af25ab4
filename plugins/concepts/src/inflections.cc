#include "inflections.h"

#include <algorithm>

#include "verb_lexicon.h"

namespace concepts {
namespace {

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }

std::string Cut(std::string_view w, size_t n, std::string_view add) {
  std::string out(w.substr(0, w.size() - n));
  out += add;
  return out;
}

// -s, -es or -ies, as a plural or a verb's third person takes it.
std::string SForm(std::string_view w) {
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh")) {
    return Cut(w, 0, "es");
  }
  if (w.size() >= 2 && w.back() == 'y' && IsConsonant(w[w.size() - 2])) return Cut(w, 1, "ies");
  return Cut(w, 0, "s");
}

// A final consonant after a single vowel (act: no; split, transfer: yes),
// which may double before -ed and -ing.
bool MayDouble(std::string_view w) {
  size_t n = w.size();
  return n >= 3 && IsConsonant(w[n - 1]) && w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'y' &&
         IsVowel(w[n - 2]) && !IsVowel(w[n - 3]);
}

void SortUnique(std::vector<std::string>* v, std::string_view drop) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
  std::erase(*v, std::string(drop));
}

}  // namespace

bool IsParticle(std::string_view word) {
  // Not "in": "act in the patient's interest" is no acting in.
  static constexpr std::string_view kParticles[] = {"out", "through", "off", "up", "back", "away"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

std::vector<std::string> NounInflections(std::string_view noun) {
  std::vector<std::string> out;
  if (noun.empty()) return out;
  out.push_back(Cut(noun, 0, "'s"));
  if (EndsWith(noun, "is") && noun.size() > 3) out.push_back(Cut(noun, 2, "es"));  // neuroses
  if (EndsWith(noun, "self")) out.push_back(Cut(noun, 1, "ves"));                  // selves
  if (EndsWith(noun, "life")) out.push_back(Cut(noun, 2, "ves"));                  // lives
  out.push_back(SForm(noun));
  SortUnique(&out, noun);
  return out;
}

std::vector<std::string> VerbForms(std::string_view verb) {
  std::vector<std::string> out;
  if (verb.empty()) return out;
  out.emplace_back(verb);
  out.push_back(SForm(verb));
  if (verb.back() == 'e') {
    out.push_back(Cut(verb, 0, "d"));
    out.push_back(Cut(verb, 1, "ing"));
  } else if (verb.size() >= 2 && verb.back() == 'y' && IsConsonant(verb[verb.size() - 2])) {
    out.push_back(Cut(verb, 1, "ied"));
    out.push_back(Cut(verb, 0, "ing"));
  } else {
    out.push_back(Cut(verb, 0, "ed"));
    out.push_back(Cut(verb, 0, "ing"));
    if (MayDouble(verb)) {
      std::string doubled = Cut(verb, 0, std::string(1, verb.back()));
      out.push_back(doubled + "ed");
      out.push_back(doubled + "ing");
    }
  }
  SortUnique(&out, "");
  return out;
}

std::vector<std::string> VerbsOfGerund(std::string_view gerund) {
  std::vector<std::string> out;
  if (!EndsWith(gerund, "ing") || gerund.size() < 5) return out;
  std::string_view base = gerund.substr(0, gerund.size() - 3);
  out.emplace_back(base);
  out.push_back(std::string(base) + "e");
  size_t n = base.size();
  if (n >= 2 && base[n - 1] == base[n - 2] && IsConsonant(base[n - 1])) {
    out.emplace_back(base.substr(0, n - 1));
  }
  SortUnique(&out, "");
  return out;
}

std::vector<std::string> LabelWordForms(const std::vector<std::string_view>& words, size_t index) {
  std::string_view word = words[index];
  std::vector<std::string> out = NounInflections(word);
  auto add_verb = [&](std::string_view verb) {
    for (std::string& form : VerbForms(verb)) out.push_back(std::move(form));
  };
  // A label of one word that is a verb takes the verb's forms; a phrasal
  // verb's -ing word takes its verb's (acting out: acted out). A single-word
  // gerund (holding) keeps to its own form: "hold" is a verb, another class,
  // and mostly an everyday one. In a longer label a word is a noun or a
  // modifier ("holding environment" is no "hold environment").
  if (words.size() == 1 && IsVerb(word)) add_verb(word);  // repair: repaired
  if (words.size() >= 2 && index == 0 && IsParticle(words[1])) {
    for (const std::string& verb : VerbsOfGerund(word)) {
      if (IsVerb(verb)) add_verb(verb);
    }
  }
  if (words.size() == 1 && (EndsWith(word, "isation") || EndsWith(word, "ization"))) {
    add_verb(Cut(word, 5, "e"));  // idealisation -> idealise: "ation" -> "e"
    out.push_back(Cut(word, 0, "s"));
  }
  SortUnique(&out, word);
  return out;
}

}  // namespace concepts
