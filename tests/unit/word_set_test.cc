// The compiled word set answers as Hunspell does with the same dictionary and
// domain words, on the words of real prose: the samples' texts and the real
// readings and control texts of ../shared/data/real/texts, each word in its
// three case patterns and cut at every point (the halves a line-end hyphen
// leaves). Hunspell is the reference here only; the library no longer loads it.
#include "layout/word_set.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <hunspell/hunspell.hxx>
#include <set>
#include <string>

#include "layout/domain_words.h"
#include "layout/word_case.h"
#include "test_support.h"

namespace glossator::layout {
namespace {

// The letter runs of text as HyphenResolver cuts them (ASCII letters and any
// byte of a multi-byte UTF-8 character), with ASCII apostrophes kept inside.
void CollectWords(const std::string& text, std::set<std::string>& words) {
  std::string word;
  auto letter = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '\'';
  };
  for (char c : text + " ") {
    if (letter(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      words.insert(word);
      word.clear();
    }
  }
}

std::set<std::string> RealWords() {
  std::set<std::string> words;
  std::vector<std::string> dirs = {std::string(GLOSSATOR_SOURCE_DIR) + "/samples/readings",
                                   testing::SharedDir() + "/data/real/texts"};
  for (const std::string& dir : dirs) {
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); ++it)
      if (it->is_regular_file()) CollectWords(testing::ReadFile(it->path().string()), words);
  }
  return words;
}

class WordSetAgainstHunspell : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dictionary = GLOSSATOR_TEST_DICTIONARY;
    if (!std::filesystem::exists(dictionary + ".dic")) GTEST_SKIP() << "no " << dictionary;
    speller_ =
        std::make_unique<Hunspell>((dictionary + ".aff").c_str(), (dictionary + ".dic").c_str());
    for (const char* word : kDomainWords) speller_->add(word);
  }

  // The spellings that disagree, at most a few for the message.
  void ExpectAgreement(const std::set<std::string>& words) {
    size_t disagreements = 0;
    std::string examples;
    for (const std::string& word : words) {
      bool hunspell = speller_->spell(word);
      if (CompiledWordSet::Contains(word) != hunspell) {
        if (++disagreements <= 10) examples += " " + word + (hunspell ? "(+)" : "(-)");
      }
    }
    EXPECT_EQ(disagreements, 0u) << "of " << words.size() << ":" << examples;
  }

  std::unique_ptr<Hunspell> speller_;
};

TEST_F(WordSetAgainstHunspell, WordsOfRealProseInEveryCaseAndCut) {
  std::set<std::string> words = RealWords();
  ASSERT_GT(words.size(), 10000u) << "the samples' and real texts were not read";
  std::set<std::string> spellings;
  for (const std::string& word : words) {
    for (const std::string& form : {word, LowerCase(word), Capitalised(word), UpperCase(word)}) {
      spellings.insert(form);
      for (size_t cut = 1; cut < form.size(); ++cut) {
        spellings.insert(form.substr(0, cut));
        spellings.insert(form.substr(cut));
      }
    }
  }
  ExpectAgreement(spellings);
}

TEST_F(WordSetAgainstHunspell, ApostrophesCapitalsAndMixedCase) {
  // ’ is read as ' (the dictionary's ICONV); mixed-case names keep their case.
  std::set<std::string> spellings = {
      "patient’s", "patient's", "PATIENT’S",  "Freud's",    "freud",      "FREUD",
      "McDonald",  "MCDONALD",  "Mcdonald",   "mcdonald",   "McDonald's", "MCDONALD'S",
      "iPod",      "IPOD",      "Ipod",       "O'Brien",    "O'BRIEN",    "café",
      "CAFÉ",      "naïve",     "selfobject", "SELFOBJECT", "Selfobject", "self—esteem"};
  ExpectAgreement(spellings);
  EXPECT_TRUE(CompiledWordSet::Contains("patient’s"));
  EXPECT_TRUE(CompiledWordSet::Contains("Therapist"));
  EXPECT_FALSE(CompiledWordSet::Contains("thera"));
}

}  // namespace
}  // namespace glossator::layout
