#include "parse_confidence.h"

#include "text_scan.h"

namespace citations {
namespace {

// The most words a person's family name has ("de la Fuente y Martín");
// organisations are exempt.
constexpr size_t kMaxFamilyWords = 5;

bool HasDigit(const std::string& s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

size_t Words(const std::string& s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A volume, issue or number: one token ("12", "XL", "4A", "S1", "12-13").
bool IsOneToken(const std::string& s) { return s.find(' ') == std::string::npos; }

std::string PeopleProblem(const std::vector<Person>& people, const char* role) {
  for (const Person& p : people) {
    if (p.organisation) continue;
    if (HasDigit(p.family) || HasDigit(p.given)) {
      return std::string("a digit in the name of an ") + role + ": " + p.family;
    }
    if (Words(p.family) > kMaxFamilyWords) {
      return std::string("an ") + role + " of more than five words: " + p.family;
    }
    bool letter = false;
    for (size_t i = 0; i < p.family.size(); ++i) letter = letter || IsLetterAt(p.family, i);
    if (!letter) return std::string("an ") + role + " without a letter: " + p.family;
  }
  return "";
}

}  // namespace

std::string WhyNotConfident(const ParsedReference& r) {
  if (r.Creators().empty() && !r.title.present()) return "neither creators nor a title";
  if (!r.year.present() && !r.title.present()) return "neither a year nor a title";
  if (std::string why = PeopleProblem(r.authors, "author"); !why.empty()) return why;
  if (std::string why = PeopleProblem(r.editors, "editor"); !why.empty()) return why;
  for (const Field* f : {&r.volume, &r.issue, &r.number}) {
    if (f->present() && !IsOneToken(f->value)) return "a number with spaces: " + f->value;
  }
  return "";
}

ParsedReference Unparsed(const ParsedReference& r) {
  ParsedReference out;
  out.entry = r.entry;
  out.kind = Kind::kOther;
  out.unparsed = true;
  return out;
}

}  // namespace citations
