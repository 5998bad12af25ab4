#include "layout/hyphenation.h"

#include <filesystem>
#include <hunspell/hunspell.hxx>

#include "layout/domain_words.h"
#include "layout/word_set.h"

namespace glossator::layout {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// The leading run of letters of s (UTF-8 letters beyond ASCII count as letters).
std::string LeadingLetters(const std::string& s) {
  size_t i = 0;
  while (i < s.size() && (IsAsciiAlpha(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80)) ++i;
  return s.substr(0, i);
}

// The trailing run of letters of s.
std::string TrailingLetters(const std::string& s) {
  size_t i = s.size();
  while (i > 0 && (IsAsciiAlpha(s[i - 1]) || static_cast<unsigned char>(s[i - 1]) >= 0x80)) --i;
  return s.substr(i);
}

}  // namespace

HyphenResolver::HyphenResolver(const std::string& dictionary) : dictionary_(dictionary) {}

Hunspell* HyphenResolver::Speller() const {
  if (!loaded_) {
    loaded_ = true;
    std::error_code ec;
    if (std::filesystem::exists(dictionary_ + ".aff", ec) &&
        std::filesystem::exists(dictionary_ + ".dic", ec)) {
      speller_ = std::make_unique<Hunspell>((dictionary_ + ".aff").c_str(),
                                            (dictionary_ + ".dic").c_str());
      for (const char* word : kDomainWords) speller_->add(word);
    }
  }
  return speller_.get();
}

bool HyphenResolver::has_dictionary() const {
  return dictionary_.empty() ? !CompiledWordSet::empty() : Speller() != nullptr;
}

bool HyphenResolver::Spells(const std::string& word) const {
  if (dictionary_.empty()) return CompiledWordSet::Contains(word);
  Hunspell* speller = Speller();
  return speller && speller->spell(word);
}

HyphenResolver::~HyphenResolver() = default;

bool HyphenResolver::IsWord(const std::string& word) const {
  if (!has_dictionary() || word.empty()) return false;
  if (Spells(word)) return true;
  // Hunspell accepts a capitalised form of a lowercase word, not the reverse.
  std::string lower = word;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return Spells(lower);
}

std::string HyphenResolver::Join(const std::string& left, const std::string& right) const {
  std::string stem = left.substr(0, left.size() - 1);
  return KeepsHyphen(left, right) ? stem + "-" + right : stem + right;
}

bool HyphenResolver::KeepsHyphen(const std::string& left, const std::string& right) const {
  std::string stem = left.substr(0, left.size() - 1);  // without the hyphen
  std::string a = TrailingLetters(stem);
  std::string b = LeadingLetters(right);
  // Digits, a second hyphen, or nothing to judge: keep what was printed.
  if (a.empty() || b.empty()) return true;
  // "non-" + "Freudian": a capital after the break is a compound.
  if (IsUpper(b[0]) && !IsUpper(a.back())) return true;
  if (!has_dictionary()) return false;  // most line-end hyphens are soft
  if (IsWord(a + b)) return false;
  // Both halves words and the whole not one: "self-" + "esteem".
  return IsWord(a) && IsWord(b);
}

}  // namespace glossator::layout
