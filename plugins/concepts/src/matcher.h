// matcher: finds the thesaurus's terms in blocks of text.
//
// Each label is tokenised (tokenizer.h), case-folded and stemmed (Snowball
// English), and its stem sequence is put in a trie; a label of several tokens
// is also put in as the one-token stem of their concatenation. In a block,
// the text's tokens are folded and stemmed (stems of distinct words are
// cached), and from each token the trie is walked over tokens separated by
// white space or a hyphen only; at each step two adjacent tokens may also be
// joined into one ("counter-transference", "counter transference" ->
// "countertransference") when the first is a prefix of some label's
// concatenated form. Not, as a rule, where the split falls between the two
// words of a two-word label: those are judged word by word on the walk, so
// that the joined form's stem does not swallow a different word ("describe
// me" is not "describe M"). (The join is still tried there when another
// label needs it, as "describe M twice" would: then the lenient match can
// happen.)
// So capitals, inflections, and hyphen / space / nothing between compound
// parts all match; other spellings come from the alts.
//
// Stems conflate more than inflections ("internal" / "internalization" ->
// "intern", "hold" / "holding"), so a text word is taken for a label word only
// when it is at least min(length of the label word, max(length of its stem +
// 2, three quarters of the label word's length)) bytes long: "internalized"
// and "introjected" pass, "internal", "hold" and "project" do not.
//
// An ambiguous label is "cued" (confidence kAmbiguousConfidence) when a cue
// of its category's rule is among the `window` tokens before or after it in
// the block, or it lies inside quotation marks; other labels have confidence
// 1. An ambiguous label without a cue is returned uncued (confidence
// kUncuedConfidence): it counts only where the document uses the concept
// elsewhere with a cue or through an unambiguous label (one sense per
// discourse), which the caller decides with the Licences that Match fills.
// Whether cued or not, an ambiguous label is dropped in its everyday sense: an
// everyday word of its category's rule in the window ("the frame of a
// picture"), or a single word followed directly by a determiner or possessive,
// as a verb with its object is ("holding a cup", "splitting the bill"). A text
// word the category excludes ("defensive") is never taken for it. Where
// matches overlap the longest (in bytes) wins, then a cued one, then the
// leftmost.
//
// Thread safety: a Matcher caches stems; use one per thread. The Thesaurus
// must outlive it.
#ifndef GLOSSATOR_CONCEPTS_MATCHER_H_
#define GLOSSATOR_CONCEPTS_MATCHER_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "flat_tables.h"
#include "quote_spans.h"
#include "stemmer.h"
#include "thesaurus.h"
#include "tokenizer.h"

namespace concepts {

constexpr double kAmbiguousConfidence = 0.7;
constexpr double kUncuedConfidence = 0.6;

struct Mention {
  uint32_t begin, end;  // byte offsets into the block
  uint32_t category;    // index into Thesaurus::categories()
  double confidence;
  bool cued = true;  // false: an ambiguous label that needs the category licensed
};

// Per category (index into Thesaurus::categories()): used in the document
// through a cued mention, so that its uncued mentions count too.
using Licences = std::vector<bool>;

class Matcher {
 public:
  explicit Matcher(const Thesaurus& thesaurus);

  // The mentions in one block, in text order, uncued ones included. When
  // licences is given (sized to the categories), the categories of the cued
  // mentions are set in it.
  std::vector<Mention> Match(std::string_view block, Licences* licences = nullptr);

  // Licenses, besides, each category whose broader category is licensed: a
  // deck on "the therapeutic impasse" uses "stalemate" in its clinical sense.
  void ExtendToNarrower(Licences* licences) const;

  // Keeps the mentions that are cued or whose category is licensed.
  static void KeepLicensed(const Licences& licences, std::vector<Mention>* mentions);

  const Thesaurus& thesaurus() const { return thesaurus_; }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kUnknown = UINT32_MAX - 1;
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  struct WordInfo {
    uint32_t stem;  // kNone when no label has this stem
    // Bits (NextCharBit) of the characters that follow this word where it is
    // a proper prefix of a label word or of a label's concatenation: it may be
    // joined with a next word that begins with one of them.
    uint32_t next_chars;
    uint32_t id;  // 0, 1, 2, ... in the order words enter the cache, never reused
  };
  struct Entry {
    uint32_t category;
    bool ambiguous;
    // Per label word: the shortest text word (folded bytes) taken for it.
    std::vector<uint16_t> min_lengths;
  };
  struct Candidate {
    uint32_t first, last;  // tokens, inclusive
    uint32_t node;
    std::vector<uint16_t> lengths;  // of the text words (a joined pair is one)
  };

  uint32_t Intern(std::string_view stem);
  void Insert(const std::vector<uint32_t>& stems, Entry entry);
  void AddLabel(const Tokens& tokens, uint32_t category, bool ambiguous);
  void AddPrefixes(std::string_view folded, size_t skip = 0);
  const WordInfo& Lookup(std::string_view folded);
  void AddStemToFilter(std::string_view stem);
  uint32_t JoinedStem(size_t j);
  uint32_t Child(uint32_t node, uint32_t stem) const;
  void Walk(uint32_t node, size_t j, uint32_t first, std::vector<Candidate>* out);
  enum class Verdict { kReject, kCued, kUncued };
  Verdict Judge(const Entry& e, const Candidate& c, std::string_view block);
  bool InWindow(const std::vector<uint32_t>& stems, const Candidate& c, size_t window) const;
  bool EverydaySense(const Entry& e, const Candidate& c) const;

  const Thesaurus& thesaurus_;
  Stemmer stemmer_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> vocab_;
  WordTable<WordInfo> cache_;  // folded text word -> what it is
  // The JoinedStem of two cached words: id << 32 | next id -> stem + 2 (1 for
  // kNone). Text repeats its pairs, so most are stemmed once.
  EdgeTable pair_cache_;
  size_t pairs_cached_ = 0;
  uint32_t next_word_id_ = 0;
  // HashBytes of the proper prefixes (2 bytes or more) of label words and of
  // labels' concatenations -> the NextCharBits of the characters after them.
  EdgeTable prefix_hashes_;
  // HashBytes of the stems of label words and concatenations, and of their
  // proper prefixes (JoinedStem).
  HashFilter stem_filter_, stem_prefix_filter_;
  std::vector<uint32_t> root_;                 // stem -> node
  EdgeTable edges_;                            // node << 32 | stem -> node
  std::vector<std::vector<Entry>> terminals_;  // per node
  std::vector<uint8_t> is_terminal_;           // per node: terminals_ not empty (compact, for Walk)
  std::vector<std::array<uint64_t, 2>> child_bloom_;  // per node: its children's BloomBitsOf
  std::vector<std::vector<uint32_t>> cues_;           // per category: sorted stems
  std::vector<std::vector<uint32_t>> everyday_;       // per category: sorted stems
  std::vector<std::vector<std::string>> excluded_;    // per category: sorted folded words
  std::vector<std::vector<uint32_t>> broader_;        // per category: indices
  // Per block.
  Tokens tokens_;
  std::vector<WordInfo> words_;
  std::vector<Span> quotes_;
  bool quotes_found_ = false;
  std::vector<uint32_t> joined_stems_;  // per token: JoinedStem, or kUnknown
  std::vector<uint16_t> steps_;         // lengths of the text words on the current walk
};

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_MATCHER_H_
