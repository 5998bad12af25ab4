// Line-end hyphens: is "in-" + "tense" one word ("intense") or is "self-" +
// "esteem" a compound that keeps its hyphen? Decided from a word list
// (the build's English dictionary compiled in as word_set.h, or Hunspell with a
// dictionary given at run time; plus Glossator's own domain words either way).
//
// Thread safety: a HyphenResolver is not thread-safe (Hunspell keeps state);
// use one per thread.
#ifndef GLOSSATOR_LAYOUT_HYPHENATION_H_
#define GLOSSATOR_LAYOUT_HYPHENATION_H_

#include <memory>
#include <string>

class Hunspell;

namespace glossator::layout {

class HyphenResolver {
 public:
  // dictionary: Hunspell path without ".aff"/".dic", loaded on first use; ""
  // for the build's dictionary, compiled in (nothing to load). Without a
  // readable dictionary the resolver still works, on shape alone.
  explicit HyphenResolver(const std::string& dictionary);
  ~HyphenResolver();

  bool has_dictionary() const;

  // left ends with the hyphen that stood at the end of a line ("in-"), right is
  // the first word of the next line ("tense,"). Returns the joined text:
  // "intense," for a soft break, "self-esteem" for a real compound.
  std::string Join(const std::string& left, const std::string& right) const;
  // The decision alone: true when the hyphen is part of the word.
  bool KeepsHyphen(const std::string& left, const std::string& right) const;

  // True when word (letters only, any case) is a known word.
  bool IsWord(const std::string& word) const;

 private:
  // Loaded on first use: most documents need it for a few words, and loading
  // costs tens of milliseconds that a short document should not pay for nothing.
  Hunspell* Speller() const;
  // Hunspell's spell(word) for the dictionary in use.
  bool Spells(const std::string& word) const;
  std::string dictionary_;
  mutable bool loaded_ = false;
  mutable std::unique_ptr<Hunspell> speller_;
};

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_HYPHENATION_H_
