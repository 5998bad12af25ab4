#include "matcher.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

#include "generic_words.h"
#include "inflections.h"

namespace concepts {
namespace {

constexpr size_t kMaxCache = 1 << 20;  // distinct words cached before the cache is cleared
constexpr uint32_t kMaxDepth = 64;     // of the broader chain (a cycle ends there)

// Words that, right after a single ambiguous word, make it a verb with its
// object: "holding a cup", "splitting the bill", "repair the roof".
bool IsDeterminer(std::string_view w) {
  static constexpr std::string_view kWords[] = {"a",    "an",    "the",   "his",  "her",
                                                "my",   "our",   "their", "your", "its",
                                                "this", "these", "those", "some"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// The bit of a word's first byte in WordInfo::next_chars (bit 31 is always
// set in prefix_hashes_ values, which are never 0).
uint32_t NextCharBit(char c) { return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 1u << 26; }
constexpr uint32_t kIsPrefix = 1u << 31;

// Each trie node has a Bloom filter of its children's words: two 64-bit
// words, of which a word sets two bits in one (a blocked Bloom filter, so a
// lookup reads one word). Nodes of common words have ten or twenty children;
// at fifteen this lets about 4 % of other words through to the edge table,
// which is a cache miss (one word, one bit: 21 %).
struct BloomProbe {
  uint32_t word;
  uint64_t bits;
};
BloomProbe BloomBitsOf(uint32_t lexeme) {
  uint32_t h = lexeme * 0x9E3779B9u;
  return {h >> 31, uint64_t{1} << (lexeme & 63) | uint64_t{1} << ((h >> 20) & 63)};
}

// Union-find over label words, to make inflections of one another one lexeme.
struct Sets {
  std::vector<uint32_t> parent;
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace

Matcher::Matcher(const Thesaurus& thesaurus) : thesaurus_(thesaurus) {
  terminals_.emplace_back();  // the root
  child_bloom_.push_back({});
  const std::vector<Category>& categories = thesaurus.categories();
  // The labels' folded words (and concatenations), with the forms each takes.
  std::vector<Tokens> label_tokens;  // per entry: a label, or a variant of one
  std::vector<Entry> entries;
  std::vector<std::pair<std::string, std::vector<std::string>>> words_and_forms;
  // A word's forms depend on the word and on how it stands (a label's only
  // word, a word of a longer label, a phrasal variant's word with no forms of
  // its own): each of these is listed once. A repeat would change nothing
  // below (the same index, joins and surface forms, in the same order), and
  // most label words repeat ("therapy", "object"): listing them once halves
  // the matcher's construction.
  std::unordered_set<std::string> listed;
  std::string listed_key;
  auto list = [&](std::string_view word, char stands, auto forms_of) {
    listed_key.assign(word);
    listed_key += '\0';
    listed_key += stands;
    if (listed.contains(listed_key)) return;
    listed.insert(listed_key);
    words_and_forms.emplace_back(std::string(word), forms_of());
  };
  auto no_forms = [] { return std::vector<std::string>{}; };
  for (uint32_t c = 0; c < categories.size(); ++c) {
    for (uint32_t k = 0; k < categories[c].labels.size(); ++k) {
      const Label& label = categories[c].labels[k];
      Tokens tokens;
      Tokenize(label.text, &tokens);
      if (tokens.tokens.empty()) continue;
      std::vector<std::string_view> words;
      std::string concatenated, folded;
      for (size_t i = 0; i < tokens.tokens.size(); ++i) {
        words.push_back(tokens.Folded(i));
        concatenated += tokens.Folded(i);
        folded += (i ? " " : "") + std::string(tokens.Folded(i));
      }
      for (size_t i = 0; i < words.size(); ++i) {
        list(words[i], words.size() == 1 ? '1' : 'n', [&] { return LabelWordForms(words, i); });
      }
      if (words.size() > 1) {
        std::string_view whole = concatenated;
        list(whole, '1', [&] { return LabelWordForms({whole}, 0); });
      }
      Entry entry{c, static_cast<uint32_t>(labels_.size()), label.ambiguous};
      labels_.push_back({c, k, std::move(folded)});
      // A phrasal verb's other forms are variants of this label only.
      std::string rest(label.text.substr(tokens.tokens[1 % tokens.tokens.size()].begin));
      for (const std::string& form : PhrasalVerbForms(words)) {
        Tokens variant;
        Tokenize(form + " " + rest, &variant);
        std::string joined;
        for (size_t i = 0; i < variant.tokens.size(); ++i) {
          list(variant.Folded(i), '0', no_forms);
          joined += variant.Folded(i);
        }
        list(joined, '0', no_forms);
        entries.push_back(entry);
        label_tokens.push_back(std::move(variant));
      }
      entries.push_back(entry);
      label_tokens.push_back(std::move(tokens));
    }
  }
  // Label words that are forms of one another are one lexeme; then every
  // label word, and every form not already a label word, maps to its lexeme.
  StringMap index;
  for (const auto& [word, forms] : words_and_forms) {
    index.try_emplace(word, static_cast<uint32_t>(index.size()));
  }
  Sets sets;
  sets.parent.resize(index.size());
  std::iota(sets.parent.begin(), sets.parent.end(), 0u);
  for (const auto& [word, forms] : words_and_forms) {
    for (const std::string& f : forms) {
      if (auto it = index.find(f); it != index.end()) sets.Join(index[word], it->second);
    }
  }
  for (const auto& [word, i] : index) lexemes_.emplace(word, sets.Find(i));
  for (const auto& [word, lexeme] : lexemes_) surface_.Insert(word, HashBytes(word), lexeme);
  for (const auto& [word, forms] : words_and_forms) AddForms(word, forms);
  surface_.ForEach([&](std::string_view form, uint32_t) { joined_filter_.Add(HashBytes(form)); });

  for (size_t l = 0; l < label_tokens.size(); ++l) AddLabel(label_tokens[l], entries[l]);
  FindContainedLabels(label_tokens, entries);

  // Rules: cues minus the category's own label words and the generic words;
  // a label with a rule of its own has it, the others the category's.
  std::vector<std::string> generic_stems;
  for (std::string_view w : kGenericClinicalWords) generic_stems.emplace_back(stemmer_.Stem(w));
  std::vector<Rule> category_rules;
  for (const Category& category : categories) {
    // Its own labels of one word ("rupture" and "ruptures" for rupture);
    // the words of its longer labels are fair cues ("alliance" of "alliance
    // rupture" for rupture).
    std::vector<std::string> own;
    for (const Label& label : category.labels) {
      Tokens tokens;
      Tokenize(label.text, &tokens);
      if (tokens.tokens.size() == 1) own.emplace_back(stemmer_.Stem(tokens.Folded(0)));
    }
    auto compile = [&](const std::vector<std::string>& cue_words, int window,
                       const std::vector<std::string>& everyday_words, int everyday_window) {
      Rule rule;
      for (const std::string& w : cue_words) {
        std::string stem(stemmer_.Stem(FoldCase(w)));
        bool weak =
            std::find(own.begin(), own.end(), stem) != own.end() ||
            std::find(generic_stems.begin(), generic_stems.end(), stem) != generic_stems.end();
        if (!weak) rule.cues.push_back(CueStem(stem));
      }
      for (const std::string& w : everyday_words) {
        rule.everyday.push_back(CueStem(stemmer_.Stem(FoldCase(w))));
      }
      std::sort(rule.cues.begin(), rule.cues.end());
      std::sort(rule.everyday.begin(), rule.everyday.end());
      rule.window = static_cast<uint32_t>(window);
      rule.everyday_window = static_cast<uint32_t>(everyday_window > 0 ? everyday_window : window);
      return rule;
    };
    category_rules.push_back(
        compile(category.cues, category.window, category.everyday, category.everyday_window));
    for (const SenseRule& r : category.label_rules) {
      label_rules_.push_back(compile(r.cues, r.window, r.everyday, r.everyday_window));
    }
    std::vector<std::string> excluded;
    for (const std::string& w : category.excluded) excluded.push_back(FoldCase(w));
    std::sort(excluded.begin(), excluded.end());
    excluded_.push_back(std::move(excluded));
  }
  // Each label's rule: its own (after its category's earlier ones) or its category's.
  std::vector<size_t> first_label_rule(categories.size(), 0);
  for (size_t c = 1; c < categories.size(); ++c) {
    first_label_rule[c] = first_label_rule[c - 1] + categories[c - 1].label_rules.size();
  }
  for (const LabelInfo& info : labels_) {
    const Label& label = categories[info.category].labels[info.index_in_category];
    rule_of_label_.push_back(
        label.rule >= 0
            ? &label_rules_[first_label_rule[info.category] + static_cast<size_t>(label.rule)]
            : nullptr);
  }
  category_rules_ = std::move(category_rules);
  for (size_t l = 0; l < labels_.size(); ++l) {
    if (rule_of_label_[l] == nullptr) rule_of_label_[l] = &category_rules_[labels_[l].category];
  }
  // Depths in the broader chain.
  depth_.assign(categories.size(), 0);
  for (uint32_t c = 0; c < categories.size(); ++c) {
    const Category* at = &categories[c];
    uint32_t d = 0;
    while (d < kMaxDepth && !at->broader.empty()) {
      const Category* b = thesaurus.Find(at->broader.front());
      if (b == nullptr) break;
      at = b;
      ++d;
    }
    depth_[c] = d;
  }

  root_.resize(index.size(), 0);
  is_terminal_.resize(terminals_.size(), 0);
  // Edges from the root were kept in edges_ while the trie grew; the root's
  // are looked up in root_ from now on.
  edges_.ForEach([&](uint64_t key, uint32_t node) {
    if ((key >> 32) == 0) root_[static_cast<uint32_t>(key)] = node;
  });
  lexemes_ = {};  // matching needs surface_ only
}

// For each unambiguous label of several words, the (shorter) ambiguous
// labels whose lexemes it holds as a contiguous run: "holding environment"
// holds "holding", "rupture and repair" "repair".
void Matcher::FindContainedLabels(const std::vector<Tokens>& label_tokens,
                                  const std::vector<Entry>& entries) {
  confirms_.assign(labels_.size(), {});
  std::vector<std::vector<uint32_t>> lexemes(label_tokens.size());
  for (size_t l = 0; l < label_tokens.size(); ++l) {
    for (size_t i = 0; i < label_tokens[l].tokens.size(); ++i) {
      lexemes[l].push_back(LexemeOf(label_tokens[l].Folded(i)));
    }
  }
  // The ambiguous labels by their first lexeme, then each longer label's
  // positions looked up there.
  std::unordered_map<uint32_t, std::vector<uint32_t>> ambiguous_by_first;
  for (uint32_t e = 0; e < entries.size(); ++e) {
    if (entries[e].ambiguous) ambiguous_by_first[lexemes[e].front()].push_back(e);
  }
  for (uint32_t outer = 0; outer < entries.size(); ++outer) {
    const std::vector<uint32_t>& a = lexemes[outer];
    if (entries[outer].ambiguous || a.size() < 2) continue;
    for (size_t i = 0; i < a.size(); ++i) {
      auto it = ambiguous_by_first.find(a[i]);
      if (it == ambiguous_by_first.end()) continue;
      for (uint32_t inner : it->second) {
        const std::vector<uint32_t>& b = lexemes[inner];
        if (b.size() < a.size() && i + b.size() <= a.size() &&
            std::equal(b.begin(), b.end(), a.begin() + static_cast<ptrdiff_t>(i))) {
          confirms_[entries[outer].label].push_back(entries[inner].label);
        }
      }
    }
  }
}

// A form generated for two lexemes (analyses: analysis, analyse) keeps the
// first; a label word always keeps its own.
void Matcher::AddForms(std::string_view base, const std::vector<std::string>& forms) {
  uint32_t lexeme = lexemes_.find(base)->second;
  for (const std::string& f : forms) {
    uint64_t hash = HashBytes(f);
    if (surface_.Find(f, hash) == nullptr) surface_.Insert(f, hash, lexeme);
  }
}

uint32_t Matcher::LexemeOf(std::string_view folded_label_word) {
  return lexemes_.find(folded_label_word)->second;
}

uint32_t Matcher::CueStem(std::string_view stem) {
  uint64_t hash = HashBytes(stem);
  if (const uint32_t* id = stems_.Find(stem, hash)) return *id;
  return stems_.Insert(stem, hash, static_cast<uint32_t>(stems_.size()));
}

void Matcher::AddLabel(const Tokens& tokens, Entry entry) {
  std::vector<uint32_t> words;
  std::string concatenated;
  for (size_t i = 0; i < tokens.tokens.size(); ++i) {
    words.push_back(LexemeOf(tokens.Folded(i)));
    concatenated += tokens.Folded(i);
    AddPrefixes(tokens.Folded(i));
  }
  Insert(words, entry);
  if (tokens.tokens.size() > 1) {
    // For a label of two words, not the concatenation's prefix that is
    // exactly the first word: joining the two words there gives the whole
    // label, which the walk over the two words judges word by word. (With
    // three words or more, "good enoughmother" needs that join.)
    AddPrefixes(concatenated, tokens.tokens.size() == 2 ? tokens.Folded(0).size() : 0);
    Insert({LexemeOf(concatenated)}, entry);
  }
}

void Matcher::Insert(const std::vector<uint32_t>& words, Entry entry) {
  uint32_t node = 0;
  for (uint32_t w : words) {
    uint64_t key = (static_cast<uint64_t>(node) << 32) | w;
    auto [child, fresh] = edges_.Emplace(key, static_cast<uint32_t>(terminals_.size()));
    if (fresh) {
      terminals_.emplace_back();
      child_bloom_.push_back({});
      BloomProbe probe = BloomBitsOf(w);
      child_bloom_[node][probe.word] |= probe.bits;
    }
    node = child;
  }
  is_terminal_.resize(terminals_.size(), 0);
  is_terminal_[node] = 1;
  std::vector<Entry>& entries = terminals_[node];
  for (const Entry& e : entries) {
    if (e.category == entry.category && e.ambiguous == entry.ambiguous) return;
  }
  // Unambiguous entries first: they win over an ambiguous use of the same words.
  auto at = entry.ambiguous ? entries.end()
                            : std::find_if(entries.begin(), entries.end(),
                                           [](const Entry& e) { return e.ambiguous; });
  entries.insert(at, entry);
}

// A text word is joined with the next one only when it is a proper prefix of
// some label word or label concatenation (of two bytes or more) and the next
// word begins with a character that follows it there: a label of several
// words written as one is found through its concatenation. The prefix of
// length skip (when not 0) is left out: for a two-word label, its first word
// (see AddLabel). The table is shared by all labels, so another label with
// the same prefix and next character still lets that join be tried.
void Matcher::AddPrefixes(std::string_view folded, size_t skip) {
  for (size_t n = 2; n < folded.size(); ++n) {
    if (n == skip) continue;
    prefix_hashes_.Or(HashBytes(folded.substr(0, n)), kIsPrefix | NextCharBit(folded[n]));
  }
}

const Matcher::WordInfo& Matcher::Lookup(std::string_view folded) {
  uint64_t hash = HashBytes(folded);
  if (const WordInfo* info = cache_.Find(folded, hash)) return *info;
  if (cache_.size() >= kMaxCache) cache_.Clear();
  WordInfo info{kNone, kNone, prefix_hashes_.Find(hash)};
  if (const uint32_t* word = surface_.Find(folded, hash)) info.word = *word;
  if (stems_.size() > 0) {
    std::string_view stem = stemmer_.Stem(folded);
    if (const uint32_t* id = stems_.Find(stem, HashBytes(stem))) info.stem = *id;
  }
  return cache_.Insert(folded, hash, info);
}

// The lexeme of tokens j and j + 1 written as one word, or kNone: only when
// the first is a proper prefix of a label word or concatenation that the next
// continues (AddPrefixes), and the pair may be a surface form of one.
uint32_t Matcher::JoinedWord(size_t j) {
  uint32_t& memo = joined_words_[j];
  if (memo != kUnknown) return memo;
  memo = kNone;
  const std::vector<Token>& t = tokens_.tokens;
  if (words_[j].next_chars == 0 || j + 1 >= t.size() || t[j + 1].gap_before == Gap::kOther) {
    return memo;
  }
  std::string_view first = tokens_.Folded(j), next = tokens_.Folded(j + 1);
  if ((words_[j].next_chars & NextCharBit(next[0])) == 0) return memo;
  // The folded forms lie back to back, so the pair is already written as one.
  std::string_view w(first.data(), first.size() + next.size());
  uint64_t hash = HashBytes(w);
  if (!joined_filter_.MayContain(hash)) return memo;
  if (const uint32_t* word = surface_.Find(w, hash)) memo = *word;
  return memo;
}

uint32_t Matcher::Child(uint32_t node, uint32_t word) const {
  if (word == kNone) return 0;
  if (node == 0) return root_[word];
  BloomProbe probe = BloomBitsOf(word);
  if ((child_bloom_[node][probe.word] & probe.bits) != probe.bits) return 0;
  return edges_.Find((static_cast<uint64_t>(node) << 32) | word);
}

// Follows the trie from node with the tokens from j on (the match began at
// token first), recording every label that ends on the way.
void Matcher::Walk(uint32_t node, size_t j, uint32_t first, std::vector<Candidate>* out) {
  const std::vector<Token>& t = tokens_.tokens;
  if (j >= t.size() || (j > first && t[j].gap_before == Gap::kOther)) return;
  // One token.
  if (uint32_t child = Child(node, words_[j].word); child != 0) {
    if (is_terminal_[child]) out->push_back({first, static_cast<uint32_t>(j), child});
    Walk(child, j + 1, first, out);
  }
  // Two tokens joined into one.
  if (uint32_t word = JoinedWord(j); word != kNone) {
    if (uint32_t joined = Child(node, word); joined != 0) {
      if (is_terminal_[joined]) out->push_back({first, static_cast<uint32_t>(j + 1), joined});
      Walk(joined, j + 2, first, out);
    }
  }
}

bool Matcher::InWindow(const std::vector<uint32_t>& stems, const Candidate& c,
                       size_t window) const {
  if (stems.empty()) return false;
  size_t from = c.first > window ? c.first - window : 0;
  size_t to = std::min(words_.size(), static_cast<size_t>(c.last) + 1 + window);
  for (size_t k = from; k < to; ++k) {
    if (k >= c.first && k <= c.last) continue;
    if (words_[k].stem != kNone && std::binary_search(stems.begin(), stems.end(), words_[k].stem)) {
      return true;
    }
  }
  return false;
}

bool Matcher::EverydaySense(const Entry& e, const Candidate& c) const {
  const std::vector<Token>& t = tokens_.tokens;
  size_t next = static_cast<size_t>(c.last) + 1;
  if (c.first == c.last && next < t.size() && t[next].gap_before == Gap::kSpace &&
      IsDeterminer(tokens_.Folded(next))) {
    return true;
  }
  const Rule& rule = *rule_of_label_[e.label];
  return InWindow(rule.everyday, c, rule.everyday_window);
}

bool Matcher::Excluded(const Entry& e, const Candidate& c) const {
  const std::vector<std::string>& excluded = excluded_[e.category];
  return c.first == c.last && !excluded.empty() &&
         std::binary_search(excluded.begin(), excluded.end(), tokens_.Folded(c.first));
}

Evidence Matcher::Judge(const Entry& e, const Candidate& c, std::string_view block, bool* reject) {
  *reject = Excluded(e, c);
  if (*reject) return Evidence::kNone;
  if (!e.ambiguous) return Evidence::kUnambiguous;
  *reject = EverydaySense(e, c);
  if (*reject) return Evidence::kNone;
  const Rule& rule = *rule_of_label_[e.label];
  if (InWindow(rule.cues, c, rule.window)) return Evidence::kCue;
  if (!quotes_found_) {
    quotes_ = QuoteSpans(block);
    quotes_found_ = true;
  }
  const std::vector<Token>& t = tokens_.tokens;
  return InsideQuotes(quotes_, t[c.first].begin, t[c.last].end) ? Evidence::kQuoted
                                                                : Evidence::kNone;
}

std::vector<Mention> Matcher::Match(std::string_view block) {
  std::vector<Mention> out;
  Tokenize(block, &tokens_);
  const std::vector<Token>& t = tokens_.tokens;
  words_.clear();
  words_.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) words_.push_back(Lookup(tokens_.Folded(i)));
  joined_words_.assign(t.size(), kUnknown);
  quotes_found_ = false;

  std::vector<Candidate> candidates;
  for (size_t i = 0; i < t.size(); ++i) Walk(0, i, static_cast<uint32_t>(i), &candidates);
  if (candidates.empty()) return out;

  // Keep the candidates that some entry accepts (tokens for now, bytes below).
  std::vector<Mention> accepted;
  for (const Candidate& c : candidates) {
    for (const Entry& e : terminals_[c.node]) {
      bool reject = false;
      Evidence evidence = Judge(e, c, block, &reject);
      if (reject) continue;
      accepted.push_back({c.first, c.last, e.category, e.label, c.first, evidence});
      break;
    }
  }
  // Longest (in bytes) first, then the most specific concept, then cued,
  // then leftmost; take those not overlapping one taken.
  auto bytes = [&](const Mention& m) { return t[m.end].end - t[m.begin].begin; };
  std::stable_sort(accepted.begin(), accepted.end(), [&](const Mention& a, const Mention& b) {
    if (bytes(a) != bytes(b)) return bytes(a) > bytes(b);
    if (depth_[a.category] != depth_[b.category]) return depth_[a.category] > depth_[b.category];
    if (a.cued() != b.cued()) return a.cued();
    return a.begin < b.begin;
  });
  std::vector<bool> taken(t.size(), false);
  for (const Mention& m : accepted) {
    bool free = true;
    for (uint32_t k = m.begin; k <= m.end && free; ++k) free = !taken[k];
    if (!free) continue;
    for (uint32_t k = m.begin; k <= m.end; ++k) taken[k] = true;
    out.push_back({t[m.begin].begin, t[m.end].end, m.category, m.label, m.token, m.evidence});
  }
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace concepts
