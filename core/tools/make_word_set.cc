// Build-time generator of the compiled word set (core/src/layout/word_set.h):
// every spelling that Hunspell accepts with the given dictionary plus
// Glossator's domain words, as C++ data. Loading the en_US dictionary costs
// Hunspell ~170 M instructions, paid by every document before; the compiled set
// costs nothing to load and answers the same (tests/unit/word_set_test.cc
// compares the two on the words of the samples and real readings).
//
//   make_word_set DICTIONARY OUTPUT.cc     (DICTIONARY without .aff/.dic)
//
// How: the dictionary's stems are expanded with its prefix and suffix rules
// (a superset of what Hunspell accepts: only the stated rules, no compounding
// of letters), each form's lower-case key is asked of Hunspell in its three
// case patterns, and a mixed-case form ("McDonald's") is kept verbatim. Hunspell
// itself judges every entry, so a rule read too generously here adds nothing.
#include <cstdio>
#include <fstream>
#include <hunspell/hunspell.hxx>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "layout/domain_words.h"
#include "layout/word_case.h"
#include "layout/word_set_format.h"

namespace {

using glossator::layout::CasePattern;
using glossator::layout::word_set_format::kCapitalised;
using glossator::layout::word_set_format::kCapitals;
using glossator::layout::word_set_format::kExact;
using glossator::layout::word_set_format::kLower;
using glossator::layout::word_set_format::kRestartInterval;

struct AffixRule {
  std::string strip;
  std::string add;
  std::string condition;  // "." or a sequence of letters and [..] / [^..] classes
};

struct AffixClass {
  bool prefix = false;
  bool cross_product = false;
  std::vector<AffixRule> rules;
};

// The condition as a list of character sets, each "accepts c".
std::vector<std::pair<bool, std::string>> ParseCondition(const std::string& condition) {
  std::vector<std::pair<bool, std::string>> sets;  // (negated, chars); "" = any
  for (size_t i = 0; i < condition.size(); ++i) {
    if (condition[i] == '.') {
      sets.push_back({true, ""});
    } else if (condition[i] == '[') {
      size_t end = condition.find(']', i);
      bool negated = condition[i + 1] == '^';
      sets.push_back({negated, condition.substr(i + 1 + negated, end - i - 1 - negated)});
      i = end;
    } else {
      sets.push_back({false, std::string(1, condition[i])});
    }
  }
  return sets;
}

bool SetAccepts(const std::pair<bool, std::string>& set, char c) {
  bool in = set.second.find(c) != std::string::npos;
  return set.first ? !in : in;
}

// The dictionary is ASCII (en_US is); conditions are matched bytewise.
bool ConditionHolds(const std::string& condition, const std::string& word, bool at_start) {
  auto sets = ParseCondition(condition);
  if (sets.size() > word.size()) return false;
  size_t start = at_start ? 0 : word.size() - sets.size();
  for (size_t i = 0; i < sets.size(); ++i)
    if (!SetAccepts(sets[i], word[start + i])) return false;
  return true;
}

bool Apply(const AffixClass& affix, const AffixRule& rule, const std::string& word,
           std::string& out) {
  if (affix.prefix) {
    if (word.compare(0, rule.strip.size(), rule.strip) != 0) return false;
    if (!ConditionHolds(rule.condition, word, true)) return false;
    out = rule.add + word.substr(rule.strip.size());
  } else {
    if (word.size() < rule.strip.size() ||
        word.compare(word.size() - rule.strip.size(), rule.strip.size(), rule.strip) != 0)
      return false;
    if (!ConditionHolds(rule.condition, word, false)) return false;
    out = word.substr(0, word.size() - rule.strip.size()) + rule.add;
  }
  return true;
}

struct Affixes {
  std::map<char, AffixClass> classes;
  std::vector<std::pair<std::string, std::string>> input_conversions;  // ICONV
};

Affixes ReadAffixes(const std::string& path) {
  Affixes affixes;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string kind, flag, a, b, c;
    fields >> kind >> flag >> a >> b;
    if (kind == "ICONV" && !a.empty()) {
      affixes.input_conversions.push_back({flag, a});
      continue;
    }
    if (kind != "PFX" && kind != "SFX") continue;
    if (flag.size() != 1) throw std::runtime_error(path + ": only one-character flags: " + line);
    AffixClass& affix = affixes.classes[flag[0]];
    affix.prefix = kind == "PFX";
    fields >> c;
    if (c.empty()) {  // the header: PFX A Y 1
      affix.cross_product = a == "Y";
      continue;
    }
    if (b.find('/') != std::string::npos)
      throw std::runtime_error(path + ": continuation classes are not supported: " + line);
    affix.rules.push_back({a == "0" ? "" : a, b == "0" ? "" : b, c});
  }
  return affixes;
}

// Every form of stem with flags that the affix rules allow.
void Expand(const Affixes& affixes, const std::string& stem, const std::string& flags,
            std::set<std::string>& forms) {
  forms.insert(stem);
  std::vector<std::string> cross_suffixed;
  for (char flag : flags) {
    auto it = affixes.classes.find(flag);
    if (it == affixes.classes.end() || it->second.prefix) continue;
    for (const AffixRule& rule : it->second.rules) {
      std::string form;
      if (!Apply(it->second, rule, stem, form)) continue;
      forms.insert(form);
      if (it->second.cross_product) cross_suffixed.push_back(form);
    }
  }
  for (char flag : flags) {
    auto it = affixes.classes.find(flag);
    if (it == affixes.classes.end() || !it->second.prefix) continue;
    for (const AffixRule& rule : it->second.rules) {
      std::string form;
      if (Apply(it->second, rule, stem, form)) forms.insert(form);
      if (!it->second.cross_product) continue;
      for (const std::string& suffixed : cross_suffixed)
        if (Apply(it->second, rule, suffixed, form)) forms.insert(form);
    }
  }
}

std::string CLiteral(const std::string& bytes) {
  std::string out;
  char buffer[8];
  for (unsigned char c : bytes) {
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
      out += static_cast<char>(c);
    } else {
      std::snprintf(buffer, sizeof buffer, "\\%03o", c);
      out += buffer;
    }
  }
  return out;
}

// The sorted entries front-coded (word_set_format.h), with restart offsets.
void Write(const std::map<std::string, unsigned char>& entries, const Affixes& affixes,
           const std::string& dictionary, const std::string& path) {
  std::string blob;
  std::vector<size_t> restarts;
  std::string previous;
  size_t index = 0;
  for (const auto& [word, bits] : entries) {
    size_t shared = 0;
    if (index % kRestartInterval == 0) {
      restarts.push_back(blob.size());
    } else {
      while (shared < previous.size() && shared < word.size() && shared < 255 &&
             previous[shared] == word[shared])
        ++shared;
    }
    std::string rest = word.substr(shared);
    if (rest.size() > 255) throw std::runtime_error("word too long: " + word);
    blob += static_cast<char>(shared);
    blob += static_cast<char>(rest.size());
    blob += rest;
    blob += static_cast<char>(bits);
    previous = word;
    ++index;
  }
  std::ofstream out(path + ".tmp");
  out << "// Generated by core/tools/make_word_set.cc from " << dictionary
      << " and core/src/layout/domain_words.h. Do not edit.\n"
      << "#include \"layout/word_set_data.h\"\n\n"
      << "namespace glossator::layout::word_set_data {\n\n"
      << "extern const unsigned long kEntryCount = " << entries.size() << "UL;\n"
      << "extern const unsigned long kBlobSize = " << blob.size() << "UL;\n"
      << "extern const char kBlob[] =\n";
  for (size_t i = 0; i < blob.size(); i += 96)
    out << "    \"" << CLiteral(blob.substr(i, 96)) << "\"\n";
  if (blob.empty()) out << "    \"\"\n";
  out << "    ;\n\nextern const unsigned long kRestartCount = " << restarts.size() << "UL;\n"
      << "extern const unsigned kRestarts[] = {";
  for (size_t i = 0; i < restarts.size(); ++i)
    out << (i % 12 == 0 ? "\n    " : " ") << restarts[i] << "u,";
  out << "\n    0u};\n\nextern const unsigned long kInputConversionCount = "
      << affixes.input_conversions.size() << "UL;\n"
      << "extern const char* const kInputConversions[][2] = {\n";
  for (const auto& [from, to] : affixes.input_conversions)
    out << "    {\"" << CLiteral(from) << "\", \"" << CLiteral(to) << "\"},\n";
  out << "    {\"\", \"\"}};\n\n}  // namespace glossator::layout::word_set_data\n";
  out.close();
  if (!out || std::rename((path + ".tmp").c_str(), path.c_str()) != 0)
    throw std::runtime_error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: make_word_set DICTIONARY OUTPUT.cc\n";
    return 2;
  }
  const std::string dictionary = argv[1];
  try {
    std::map<std::string, unsigned char> entries;
    Affixes affixes;
    std::ifstream dic(dictionary + ".dic");
    if (!dic || !std::ifstream(dictionary + ".aff")) {
      // Without the dictionary the set is empty and hyphens are judged on shape
      // alone, as the resolver did without a readable dictionary.
      std::cerr << "make_word_set: no dictionary at " << dictionary
                << ".{aff,dic}; the word set is empty\n";
      Write(entries, affixes, dictionary, argv[2]);
      return 0;
    }
    affixes = ReadAffixes(dictionary + ".aff");
    Hunspell speller((dictionary + ".aff").c_str(), (dictionary + ".dic").c_str());
    for (const char* word : glossator::layout::kDomainWords) speller.add(word);

    std::set<std::string> forms;
    std::string line;
    std::getline(dic, line);  // the count
    while (std::getline(dic, line)) {
      size_t slash = line.find('/');
      std::string stem = line.substr(0, slash);
      std::string flags = slash == std::string::npos ? "" : line.substr(slash + 1);
      if (stem.empty()) continue;
      Expand(affixes, stem, flags, forms);
      // Hunspell also stores a mixed-case stem capitalised ("Mcdonald"), with
      // its affixes, for the capitals spelling: expand that form too.
      Expand(affixes, glossator::layout::Capitalised(stem), flags, forms);
    }
    for (const char* word : glossator::layout::kDomainWords) forms.insert(word);

    auto spells = [&](const std::string& word) { return speller.spell(word); };
    std::set<std::string> keys_done;
    for (const std::string& form : forms) {
      for (const std::string& spelling :
           {form, glossator::layout::UpperCase(form), glossator::layout::Capitalised(form)}) {
        std::string key = glossator::layout::LowerCase(spelling);
        if (keys_done.insert(key).second) {
          unsigned char bits = 0;
          if (spells(key)) bits |= kLower;
          if (spells(glossator::layout::Capitalised(key))) bits |= kCapitalised;
          if (spells(glossator::layout::UpperCase(key))) bits |= kCapitals;
          if (bits) entries[key] |= bits;
        }
        if (glossator::layout::PatternOf(spelling, key) == CasePattern::kOther && spells(spelling))
          entries[spelling] |= kExact;
      }
    }
    Write(entries, affixes, dictionary, argv[2]);
    std::cerr << "make_word_set: " << forms.size() << " forms, " << entries.size() << " entries\n";
  } catch (const std::exception& e) {
    std::cerr << "make_word_set: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
