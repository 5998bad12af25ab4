#include "matcher.h"

#include <algorithm>

namespace concepts {
namespace {

constexpr size_t kMaxCache = 1 << 20;  // distinct words cached before the cache is cleared

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

// Each trie node has a Bloom filter of its children's stems: two 64-bit
// words, of which a stem sets two bits in one (a blocked Bloom filter, so a
// lookup reads one word). Nodes of common words have ten or twenty children;
// at fifteen this lets about 4 % of other stems through to the edge table,
// which is a cache miss (one word, one bit: 21 %).
struct BloomProbe {
  uint32_t word;
  uint64_t bits;
};
BloomProbe BloomBitsOf(uint32_t stem) {
  uint32_t h = stem * 0x9E3779B9u;
  return {h >> 31, uint64_t{1} << (stem & 63) | uint64_t{1} << ((h >> 20) & 63)};
}

}  // namespace

Matcher::Matcher(const Thesaurus& thesaurus) : thesaurus_(thesaurus) {
  terminals_.emplace_back();  // the root
  child_bloom_.push_back({});
  const std::vector<Category>& categories = thesaurus.categories();
  Tokens tokens;
  for (uint32_t c = 0; c < categories.size(); ++c) {
    for (const Label& label : categories[c].labels) {
      Tokenize(label.text, &tokens);
      if (tokens.tokens.empty()) continue;
      AddLabel(tokens, c, label.ambiguous);
    }
  }
  auto stems_of = [&](const std::vector<std::string>& words) {
    std::vector<uint32_t> stems;
    for (const std::string& w : words) stems.push_back(Intern(stemmer_.Stem(FoldCase(w))));
    std::sort(stems.begin(), stems.end());
    return stems;
  };
  for (const Category& category : categories) {
    cues_.push_back(stems_of(category.cues));
    everyday_.push_back(stems_of(category.everyday));
    std::vector<std::string> excluded;
    for (const std::string& w : category.excluded) excluded.push_back(FoldCase(w));
    std::sort(excluded.begin(), excluded.end());
    excluded_.push_back(std::move(excluded));
    std::vector<uint32_t> broader;
    for (const std::string& id : category.broader) {
      if (const Category* b = thesaurus.Find(id)) {
        broader.push_back(static_cast<uint32_t>(b - categories.data()));
      }
    }
    broader_.push_back(std::move(broader));
  }
  root_.resize(vocab_.size(), 0);
  is_terminal_.resize(terminals_.size(), 0);
  // Edges from the root were kept in edges_ while the vocabulary grew; the
  // root's are looked up in root_ from now on.
  edges_.ForEach([&](uint64_t key, uint32_t node) {
    if ((key >> 32) == 0) root_[static_cast<uint32_t>(key)] = node;
  });
}

void Matcher::AddLabel(const Tokens& tokens, uint32_t category, bool ambiguous) {
  // The shortest text word taken for a label word (see matcher.h).
  auto min_length = [](std::string_view word, std::string_view stem) {
    size_t three_quarters = (word.size() * 3 + 3) / 4;
    return static_cast<uint16_t>(std::min(word.size(), std::max(stem.size() + 2, three_quarters)));
  };
  std::vector<uint32_t> stems;
  Entry entry{category, ambiguous, {}};
  std::string concatenated;
  for (size_t i = 0; i < tokens.tokens.size(); ++i) {
    std::string_view stem = stemmer_.Stem(tokens.Folded(i));
    entry.min_lengths.push_back(min_length(tokens.Folded(i), stem));
    stems.push_back(Intern(stem));
    AddStemToFilter(stem);
    concatenated += tokens.Folded(i);
    AddPrefixes(tokens.Folded(i));
  }
  Insert(stems, entry);
  if (tokens.tokens.size() > 1) {
    // For a label of two words, not the concatenation's prefix that is
    // exactly the first word: joining the two words there gives the whole
    // label, which the walk over the two words judges word by word. (With
    // three words or more, "good enoughmother" needs that join.)
    AddPrefixes(concatenated, tokens.tokens.size() == 2 ? tokens.Folded(0).size() : 0);
    std::string_view stem = stemmer_.Stem(concatenated);
    entry.min_lengths = {min_length(concatenated, stem)};
    Insert({Intern(stem)}, entry);
    AddStemToFilter(stem);
  }
}

uint32_t Matcher::Intern(std::string_view stem) {
  auto it = vocab_.find(stem);
  if (it != vocab_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(vocab_.size());
  vocab_.emplace(std::string(stem), id);
  return id;
}

void Matcher::Insert(const std::vector<uint32_t>& stems, Entry entry) {
  uint32_t node = 0;
  for (uint32_t s : stems) {
    uint64_t key = (static_cast<uint64_t>(node) << 32) | s;
    auto [child, fresh] = edges_.Emplace(key, static_cast<uint32_t>(terminals_.size()));
    if (fresh) {
      terminals_.emplace_back();
      child_bloom_.push_back({});
      BloomProbe probe = BloomBitsOf(s);
      child_bloom_[node][probe.word] |= probe.bits;
    }
    node = child;
  }
  is_terminal_.resize(terminals_.size(), 0);
  is_terminal_[node] = 1;
  std::vector<Entry>& entries = terminals_[node];
  for (Entry& e : entries) {
    if (e.category == entry.category && e.ambiguous == entry.ambiguous) {
      for (size_t k = 0; k < e.min_lengths.size(); ++k) {
        e.min_lengths[k] = std::min(e.min_lengths[k], entry.min_lengths[k]);
      }
      return;
    }
  }
  // Unambiguous entries first: they win over an ambiguous use of the same label.
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
  if (cache_.size() >= kMaxCache) {
    cache_.Clear();
    pair_cache_ = EdgeTable();
    pairs_cached_ = 0;
  }
  WordInfo info{kNone, prefix_hashes_.Find(hash), next_word_id_++};
  auto v = vocab_.find(stemmer_.Stem(folded));
  if (v != vocab_.end()) info.stem = v->second;
  return cache_.Insert(folded, hash, info);
}

// Snowball's stem of a word is a prefix of the word, but for a final y
// written i ("therapy" -> "therapi"): both forms go in.
void Matcher::AddStemToFilter(std::string_view stem) {
  auto add = [&](std::string_view s) {
    stem_filter_.Add(HashBytes(s));
    for (size_t n = 1; n < s.size(); ++n) stem_prefix_filter_.Add(HashBytes(s.substr(0, n)));
  };
  add(stem);
  if (!stem.empty() && stem.back() == 'i') {
    std::string y(stem);
    y.back() = 'y';
    add(y);
  }
}

// The stem id of tokens j and j + 1 written as one word, or kNone: only when
// the first is a proper prefix of a label word or concatenation that the next
// continues (AddPrefixes), and some prefix of the pair longer than the first
// may be a label word's stem (so that most pairs are never stemmed). The
// filters assume that a word's stem is a prefix of it (or ends in i for its
// y); Snowball's rarer suffix rewrites ("possibility" -> "possibl") are not
// prefixes, so a compound written in two words whose joined form stems that
// way is missed (hyphenated or solid, it is still found).
uint32_t Matcher::JoinedStem(size_t j) {
  uint32_t& memo = joined_stems_[j];
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
  // Longer prefixes are tried while they may begin a stem.
  bool maybe = false;
  for (size_t n = first.size() + 1; n <= w.size() && !maybe; ++n) {
    uint64_t hash = HashBytes(w.substr(0, n));
    maybe = stem_filter_.MayContain(hash);
    if (!maybe && !stem_prefix_filter_.MayContain(hash)) break;
  }
  if (!maybe) return memo;
  uint64_t pair = uint64_t{words_[j].id} << 32 | words_[j + 1].id;
  if (uint32_t cached = pair_cache_.Find(pair)) return memo = cached == 1 ? kNone : cached - 2;
  auto v = vocab_.find(stemmer_.Stem(w));
  if (v != vocab_.end()) memo = v->second;
  if (++pairs_cached_ > kMaxCache) {
    pair_cache_ = EdgeTable();
    pairs_cached_ = 0;
  }
  pair_cache_.Emplace(pair, memo == kNone ? 1 : memo + 2);
  return memo;
}

uint32_t Matcher::Child(uint32_t node, uint32_t stem) const {
  if (stem == kNone) return 0;
  if (node == 0) return root_[stem];
  BloomProbe probe = BloomBitsOf(stem);
  if ((child_bloom_[node][probe.word] & probe.bits) != probe.bits) return 0;
  return edges_.Find((static_cast<uint64_t>(node) << 32) | stem);
}

// Follows the trie from node with the tokens from j on (the match began at
// token first), recording every label that ends on the way.
void Matcher::Walk(uint32_t node, size_t j, uint32_t first, std::vector<Candidate>* out) {
  const std::vector<Token>& t = tokens_.tokens;
  if (j >= t.size() || (j > first && t[j].gap_before == Gap::kOther)) return;
  // One token.
  uint32_t child = Child(node, words_[j].stem);
  if (child != 0) {
    steps_.push_back(static_cast<uint16_t>(std::min<size_t>(tokens_.Folded(j).size(), 0xFFFF)));
    if (is_terminal_[child]) {
      out->push_back({first, static_cast<uint32_t>(j), child, steps_});
    }
    Walk(child, j + 1, first, out);
    steps_.pop_back();
  }
  // Two tokens joined into one.
  if (uint32_t stem = JoinedStem(j); stem != kNone) {
    uint32_t joined = Child(node, stem);
    if (joined != 0) {
      size_t length = tokens_.Folded(j).size() + tokens_.Folded(j + 1).size();
      steps_.push_back(static_cast<uint16_t>(std::min<size_t>(length, 0xFFFF)));
      if (is_terminal_[joined]) {
        out->push_back({first, static_cast<uint32_t>(j + 1), joined, steps_});
      }
      Walk(joined, j + 2, first, out);
      steps_.pop_back();
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
    if (std::binary_search(stems.begin(), stems.end(), words_[k].stem)) return true;
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
  const Category& category = thesaurus_.categories()[e.category];
  int window = category.everyday_window > 0 ? category.everyday_window : category.window;
  return InWindow(everyday_[e.category], c, static_cast<size_t>(window));
}

Matcher::Verdict Matcher::Judge(const Entry& e, const Candidate& c, std::string_view block) {
  for (size_t k = 0; k < e.min_lengths.size() && k < c.lengths.size(); ++k) {
    if (c.lengths[k] < e.min_lengths[k]) return Verdict::kReject;
  }
  const std::vector<std::string>& excluded = excluded_[e.category];
  if (c.first == c.last && !excluded.empty() &&
      std::binary_search(excluded.begin(), excluded.end(), tokens_.Folded(c.first))) {
    return Verdict::kReject;
  }
  if (!e.ambiguous) return Verdict::kCued;
  if (EverydaySense(e, c)) return Verdict::kReject;
  size_t window = static_cast<size_t>(thesaurus_.categories()[e.category].window);
  if (InWindow(cues_[e.category], c, window)) return Verdict::kCued;
  if (!quotes_found_) {
    quotes_ = QuoteSpans(block);
    quotes_found_ = true;
  }
  const std::vector<Token>& t = tokens_.tokens;
  return InsideQuotes(quotes_, t[c.first].begin, t[c.last].end) ? Verdict::kCued : Verdict::kUncued;
}

void Matcher::ExtendToNarrower(Licences* licences) const {
  Licences before = *licences;
  for (size_t c = 0; c < broader_.size() && c < licences->size(); ++c) {
    for (uint32_t b : broader_[c]) {
      if (b < before.size() && before[b]) (*licences)[c] = true;
    }
  }
}

void Matcher::KeepLicensed(const Licences& licences, std::vector<Mention>* mentions) {
  std::erase_if(*mentions, [&](const Mention& m) {
    return !m.cued && (m.category >= licences.size() || !licences[m.category]);
  });
}

std::vector<Mention> Matcher::Match(std::string_view block, Licences* licences) {
  std::vector<Mention> out;
  Tokenize(block, &tokens_);
  const std::vector<Token>& t = tokens_.tokens;
  words_.clear();
  words_.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) words_.push_back(Lookup(tokens_.Folded(i)));
  joined_stems_.assign(t.size(), kUnknown);
  quotes_found_ = false;

  std::vector<Candidate> candidates;
  for (size_t i = 0; i < t.size(); ++i) {
    steps_.clear();
    Walk(0, i, static_cast<uint32_t>(i), &candidates);
  }
  if (candidates.empty()) return out;

  // Keep the candidates that some entry accepts.
  std::vector<Mention> accepted;
  for (const Candidate& c : candidates) {
    for (const Entry& e : terminals_[c.node]) {
      Verdict verdict = Judge(e, c, block);
      if (verdict == Verdict::kReject) continue;
      double confidence = !e.ambiguous                ? 1.0
                          : verdict == Verdict::kCued ? kAmbiguousConfidence
                                                      : kUncuedConfidence;
      // Tokens for now, bytes below.
      accepted.push_back({c.first, c.last, e.category, confidence, verdict == Verdict::kCued});
      break;
    }
  }
  // Longest (in bytes) first, then cued, then leftmost; take those not
  // overlapping one taken.
  auto bytes = [&](const Mention& m) { return t[m.end].end - t[m.begin].begin; };
  std::stable_sort(accepted.begin(), accepted.end(), [&](const Mention& a, const Mention& b) {
    if (bytes(a) != bytes(b)) return bytes(a) > bytes(b);
    if (a.cued != b.cued) return a.cued;
    return a.begin < b.begin;
  });
  std::vector<bool> taken(t.size(), false);
  for (const Mention& m : accepted) {
    bool free = true;
    for (uint32_t k = m.begin; k <= m.end && free; ++k) free = !taken[k];
    if (!free) continue;
    for (uint32_t k = m.begin; k <= m.end; ++k) taken[k] = true;
    out.push_back({t[m.begin].begin, t[m.end].end, m.category, m.confidence, m.cued});
    if (licences && m.cued && m.category < licences->size()) (*licences)[m.category] = true;
  }
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace concepts
