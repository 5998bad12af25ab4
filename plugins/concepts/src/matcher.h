// matcher: finds the thesaurus's labels in one block of text.
//
// Each label is tokenised (tokenizer.h) and case-folded, and each of its
// words is matched in the forms inflections.h gives it (plurals, the
// possessive, a phrasal verb's forms, an -isation noun's -ise verb): never
// a derived word of another class ("international" is not internalisation,
// "objective" not object, "transferred" not transference). Label words that
// are inflections of one another (neurosis, neuroses) are one word to the
// matcher. The labels' word sequences form a trie; a label of several tokens
// is also put in as the one word of their concatenation. In a block, each
// text word is looked up once (a cache of distinct words), and from each
// token the trie is walked over tokens separated by white space or a hyphen
// only; at each step two adjacent tokens may also be joined into one
// ("counter-transference", "counter transference" -> "countertransference")
// when the first is a proper prefix of some label's concatenation. Not, as a
// rule, where the split falls between the two words of a two-word label:
// those are judged word by word on the walk ("describe me" is not "describe
// M"; the join is still tried there when another label needs it). So
// capitals, inflections, and hyphen / space / nothing between compound parts
// all match; other spellings come from the alts.
//
// An ambiguous label is "cued" when a cue of its rule (its own, thesaurus.h's
// SenseRule, or else its category's) is among the `window` tokens before or
// after it in the block (Mention::cued), or "quoted" when it lies inside quotation marks; otherwise
// it is returned uncued, for the document (document_tagger.h) to decide: one sense per discourse.
// Cues are compared by their Snowball stems (a cue "repression" also finds "repressed": a cue only
// tells the sense, it is not tagged); a cue that is one of the category's own label words, or one
// of the generic clinical words (generic_words.h), is dropped from the rule. Whether cued or not,
// an ambiguous label is dropped in its everyday sense: an everyday word of its category's rule in
// the window ("the frame of a picture"), or a single word followed directly by a determiner or
// possessive, as a verb with its object is ("holding a cup", "splitting the bill"). A text word the
// category excludes is never taken for it. Where matches overlap, the
// longest (in bytes) wins, then, over the same words, the most specific
// concept (the deeper in the broader chain), then a cued one, then the
// leftmost.
//
// Thread safety: a Matcher caches words; use one per thread. The Thesaurus
// must outlive it.
#ifndef GLOSSATOR_CONCEPTS_MATCHER_H_
#define GLOSSATOR_CONCEPTS_MATCHER_H_

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
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

class SnapshotReader;
class SnapshotWriter;

// How an ambiguous label's sense was confirmed in its block.
enum class Evidence : uint8_t {
  kUnambiguous,  // the label has no everyday sense
  kCue,          // a cue of its rule in the window
  kQuoted,       // inside quotation marks
  kNone,         // nothing: the document decides (document_tagger.h)
};

struct Mention {
  uint32_t begin, end;  // byte offsets into the block
  uint32_t category;    // index into Thesaurus::categories()
  uint32_t label;       // index into Matcher::labels()
  uint32_t token;       // the first token's index in the block
  Evidence evidence;
  bool cued() const { return evidence != Evidence::kNone; }
};

class Matcher {
 public:
  explicit Matcher(const Thesaurus& thesaurus);

  // The mentions in one block, in text order, uncued ones included.
  std::vector<Mention> Match(std::string_view block);
  // The number of word tokens of the last block matched.
  size_t last_token_count() const { return tokens_.tokens.size(); }

  // Every label, as "category index, folded text"; Mention::label indexes it.
  struct LabelInfo {
    uint32_t category;
    uint32_t index_in_category;  // into Category::labels
    std::string folded;
  };
  const std::vector<LabelInfo>& labels() const { return labels_; }
  // The ambiguous labels whose words an unambiguous label contains
  // ("holding environment" contains "holding", "rupture and repair"
  // "repair"): a mention of it confirms their sense as a cue does
  // (document_tagger.h).
  const std::vector<uint32_t>& confirms(uint32_t label) const { return confirms_[label]; }
  // The depth of a category in the broader chain (0: no broader concept).
  uint32_t depth(uint32_t category) const { return depth_[category]; }

  const Thesaurus& thesaurus() const { return thesaurus_; }

  // The built matcher's tables, for a snapshot (shipped_snapshot.h,
  // matcher_snapshot.cc), and the matcher of such tables written for this
  // thesaurus: nullptr when they are not a matcher's for its categories and
  // labels.
  void WriteTables(SnapshotWriter& w) const;
  static std::unique_ptr<Matcher> ReadTables(const Thesaurus& thesaurus, SnapshotReader& r);

 private:
  struct FromSnapshotTag {};
  Matcher(const Thesaurus& thesaurus, FromSnapshotTag) : thesaurus_(thesaurus) {}
  bool ReadOwnTables(SnapshotReader& r);

  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kUnknown = UINT32_MAX - 1;
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using StringMap = std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>>;
  struct WordInfo {
    uint32_t word;  // the label word (lexeme) this text word is a form of, or kNone
    uint32_t stem;  // its Snowball stem's id when a cue or everyday word has it, or kNone
    // Bits (NextCharBit) of the characters that follow this word where it is
    // a proper prefix of a label word or of a label's concatenation: it may be
    // joined with a next word that begins with one of them.
    uint32_t next_chars;
  };
  struct Entry {
    uint32_t category;
    uint32_t label;
    bool ambiguous;
  };
  // A context rule compiled: sorted stem ids of its cues and everyday words.
  struct Rule {
    std::vector<uint32_t> cues, everyday;
    size_t window = 0, everyday_window = 0;
  };
  struct Candidate {
    uint32_t first, last;  // tokens, inclusive
    uint32_t node;
  };

  uint32_t LexemeOf(std::string_view folded_label_word);
  void FindContainedLabels(const std::vector<Tokens>& label_tokens,
                           const std::vector<Entry>& entries);
  void Insert(const std::vector<uint32_t>& words, Entry entry);
  void AddLabel(const Tokens& tokens, Entry entry);
  void AddPrefixes(std::string_view folded, size_t skip = 0);
  void AddForms(std::string_view base, const std::vector<std::string>& forms);
  uint32_t CueStem(std::string_view word);
  const WordInfo& Lookup(std::string_view folded);
  uint32_t JoinedWord(size_t j);
  uint32_t Child(uint32_t node, uint32_t word) const;
  void Walk(uint32_t node, size_t j, uint32_t first, std::vector<Candidate>* out);
  bool Excluded(const Entry& e, const Candidate& c) const;
  Evidence Judge(const Entry& e, const Candidate& c, std::string_view block, bool* reject);
  bool InWindow(const std::vector<uint32_t>& stems, const Candidate& c, size_t window) const;
  bool EverydaySense(const Entry& e, const Candidate& c) const;

  const Thesaurus& thesaurus_;
  Stemmer stemmer_;
  std::vector<LabelInfo> labels_;
  // Folded label word -> lexeme id (inflections of one another share it);
  // while building only (emptied then).
  StringMap lexemes_;
  WordTable<uint32_t> surface_;  // folded text form -> lexeme id
  WordTable<uint32_t> stems_;    // Snowball stem of a cue or everyday word -> id
  WordTable<WordInfo> cache_;    // folded text word -> what it is
  // HashBytes of the proper prefixes (2 bytes or more) of label words and of
  // labels' concatenations -> the NextCharBits of the characters after them.
  EdgeTable prefix_hashes_;
  // HashBytes of every surface form of a label's concatenation: the joined
  // pairs worth looking up.
  HashFilter joined_filter_;
  std::vector<uint32_t> root_;                 // lexeme -> node
  EdgeTable edges_;                            // node << 32 | lexeme -> node
  std::vector<std::vector<Entry>> terminals_;  // per node
  std::vector<uint8_t> is_terminal_;           // per node: terminals_ not empty (compact, for Walk)
  std::vector<std::array<uint64_t, 2>> child_bloom_;  // per node: its children's BloomBitsOf
  std::vector<Rule> category_rules_;                  // per category
  std::vector<Rule> label_rules_;                     // the labels' own, category by category
  std::vector<const Rule*> rule_of_label_;            // per label: its own or its category's
  std::vector<std::vector<std::string>> excluded_;    // per category: sorted folded words
  std::vector<uint32_t> depth_;                       // per category
  std::vector<std::vector<uint32_t>> confirms_;       // per label
  // Per block.
  Tokens tokens_;
  std::vector<WordInfo> words_;
  std::vector<Span> quotes_;
  bool quotes_found_ = false;
  std::vector<uint32_t> joined_words_;  // per token: JoinedWord, or kUnknown
};

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_MATCHER_H_
