// The English words of the line-end hyphen decisions, compiled in: every
// spelling that Hunspell accepts with the build's dictionary (GLOSSATOR_DICTIONARY,
// en_US) plus domain_words.h, generated at build time by
// core/tools/make_word_set.cc. It costs nothing to load, where Hunspell's
// constructor cost every document ~170 M instructions, and it answers as
// Hunspell's spell() does (tests/unit/word_set_test.cc checks that).
//
// Thread safety: read-only; any number of threads may use it.
#ifndef GLOSSATOR_LAYOUT_WORD_SET_H_
#define GLOSSATOR_LAYOUT_WORD_SET_H_

#include <string>
#include <string_view>

namespace glossator::layout {

class CompiledWordSet {
 public:
  // False when the build found no dictionary.
  static bool empty();
  // As Hunspell's spell(word): the word (UTF-8) is a known spelling.
  static bool Contains(std::string_view word);
};

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_WORD_SET_H_
