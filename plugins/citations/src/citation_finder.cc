#include "citation_finder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include "parenthetical.h"
#include "word_tokens.h"
#include "year_list.h"

namespace citations {
namespace {

bool IsWord(const WordToken& t, std::string_view text, std::string_view word) {
  return t.type == TokenType::kWord && AsciiLower(Slice(text, t.span)) == word;
}

bool IsAbbreviationBefore(std::string_view text, size_t begin, size_t dot) {
  size_t b = dot;
  while (b > begin && (IsLetterAt(text, PreviousStart(text, b)) || text[b - 1] == '.')) {
    b = PreviousStart(text, b);
  }
  std::string_view w = text.substr(b, dot - b);
  for (std::string_view a : {"al", "e.g", "i.e", "cf",  "Dr", "Mr",   "Mrs", "Ms", "St",  "vs", "p",
                             "pp", "Ch",  "ch",  "Vol", "No", "Prof", "Jr",  "ca", "Fig", "Eq"}) {
    if (w == a) return true;
  }
  return false;
}

// Function words of titles in capitals ("Holding and Its Failures").
bool IsTitleFunctionWord(std::string_view word) {
  std::string w = AsciiLower(word);
  for (std::string_view f : {"a", "an", "the", "and", "of", "on", "in", "for", "to", "its", "with",
                             "at", "by", "or", "from", "into", "about"}) {
    if (w == f) return true;
  }
  return false;
}

// Marks the capitalised words of titles: runs of capitalised words and
// function words with at least two capitalised words that are not function
// words and a function word other than a lower-case "and" ("The Analyst's
// Chair and the Analyst's Body"), which names ("Ruth Halloran and Abel
// Quist") lack.
std::vector<bool> TitleWords(std::string_view text, const std::vector<WordToken>& t) {
  std::vector<bool> title(t.size(), false);
  size_t i = 0;
  while (i < t.size()) {
    if (t[i].type != TokenType::kWord) {
      ++i;
      continue;
    }
    size_t j = i, content = 0;
    bool telling = false;
    while (j < t.size() && t[j].type == TokenType::kWord) {
      std::string_view w = Slice(text, t[j].span);
      bool function = IsTitleFunctionWord(w);
      if (!t[j].capitalised && !function) break;
      // A lower-case function word tells of a title only inside the run:
      // "similarly to Mitchell and Lapata" is prose before two names.
      bool inside = content > 0 || t[j].capitalised;
      if (function && inside && (t[j].capitalised || w != "and")) telling = true;
      if (t[j].capitalised && !function) ++content;
      ++j;
    }
    if (j == i) {
      ++i;
      continue;
    }
    if (content >= 2 && telling) {
      for (size_t k = i; k < j; ++k) title[k] = t[k].capitalised;
    }
    i = j;
  }
  return title;
}

bool IsNameToken(const WordToken& t) {
  return t.type == TokenType::kWord && t.capitalised && !t.stopword;
}

}  // namespace

size_t SentenceStart(std::string_view text, size_t begin, size_t pos) {
  for (size_t p = pos; p > begin;) {
    --p;
    char c = text[p];
    if (c != '.' && c != '?' && c != '!') continue;
    size_t k = p + 1, n;
    if (k >= pos || !IsSpace(DecodeAt(text, k, &n))) continue;
    while (k < pos && IsSpace(DecodeAt(text, k, &n))) k += n;
    if (k >= pos) continue;
    char32_t next = DecodeAt(text, k, &n);
    if (!IsUpper(next) && !IsQuote(next) && !IsDigit(next)) continue;
    if (c == '.' && (EndsInitial(text, begin, p) || IsAbbreviationBefore(text, begin, p))) continue;
    return k;
  }
  return begin;
}

namespace {

// Cities that readings name with a year ("in London (1948)", "the Vienna
// of 1910") and that are rarely an author's surname; a surname of the list
// always wins over this list.
constexpr std::string_view kCommonPlaces[] = {
    "London",    "Vienna", "Wien",      "Paris",   "Berlin",   "Budapest",     "Zurich",
    "Zürich",    "Geneva", "Rome",      "Moscow",  "Prague",   "Amsterdam",    "Munich",
    "Leipzig",   "Oxford", "Edinburgh", "Boston",  "Chicago",  "Philadelphia", "Baltimore",
    "Toronto",   "Sydney", "Melbourne", "Madrid",  "Brussels", "Stockholm",    "Copenhagen",
    "Jerusalem", "Tokyo",  "Europe",    "America", "England",  "Germany",      "France"};

void SortUnique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

CitationFinder::CitationFinder(const std::vector<std::string>& known_surnames,
                               FinderOptions options, const std::vector<std::string>& known_places)
    : options_(options) {
  for (const std::string& s : known_surnames) {
    std::string folded = FoldName(s);
    if (folded.size() >= 2) known_.push_back(folded);
    // "von Hippel" is cited "Hippel" too (and "hippel" in small capitals).
    size_t space = s.rfind(' ');
    if (space != std::string::npos) {
      std::string last = FoldName(s.substr(space + 1));
      if (last.size() >= 2) known_.push_back(last);
    }
  }
  SortUnique(&known_);
  for (std::string_view p : kCommonPlaces) places_.push_back(FoldName(p));
  for (const std::string& p : known_places) {
    // "Boston, MA", "New York": each word of a place the list prints.
    size_t start = 0;
    while (start < p.size()) {
      size_t end = p.find_first_of(" ,;:/", start);
      if (end == std::string::npos) end = p.size();
      if (end - start >= 3) places_.push_back(FoldName(p.substr(start, end - start)));
      start = end + 1;
    }
  }
  SortUnique(&places_);
  evidence_.known_surname = [this](std::string_view w) { return !known_.empty() && IsKnown(w); };
  evidence_.place = [this](std::string_view w) { return IsPlace(w); };
}

bool CitationFinder::IsKnown(std::string_view name) const {
  std::string folded = FoldName(name);
  for (const std::string& k : known_) {
    if (FoldedNameSimilarity(folded, k, options_.names) > 0) return true;
  }
  return false;
}

bool CitationFinder::IsPlace(std::string_view name) const {
  return std::binary_search(places_.begin(), places_.end(), FoldName(name));
}

namespace {

// Forenames before a surname at index a: up to two capitalised words.
size_t TakeForenames(const std::vector<WordToken>& t, const std::vector<bool>& title, size_t a) {
  size_t k = a, taken = 0;
  while (k > 0 && taken < 2 && IsNameToken(t[k - 1]) && !t[k - 1].possessive && !title[k - 1]) {
    --k;
    ++taken;
  }
  return k;
}

// The nearest capitalised word before the year that is not a stopword or in
// a title; *words_after counts the words between it and the year. In a block
// in capitals only the word right before the year counts.
std::optional<size_t> NearestName(const std::vector<WordToken>& t, const std::vector<bool>& title,
                                  bool caps_block, size_t* words_after) {
  *words_after = 0;
  for (size_t k = t.size(); k-- > 0;) {
    if (t[k].type != TokenType::kWord) continue;
    if (IsNameToken(t[k]) && !title[k]) return k;
    ++*words_after;
    if (caps_block) break;
  }
  return std::nullopt;
}

}  // namespace

std::vector<Citation> CitationFinder::Find(std::string_view text, Span block) const {
  std::vector<Citation> out;
  size_t floor = block.begin;
  bool caps_block = IsAllCaps(Slice(text, block));
  for (size_t o = block.begin; o < block.end; ++o) {
    if (text[o] != '(') continue;
    // The matching parenthesis, within a few hundred bytes.
    int depth = 0;
    size_t c = o;
    for (; c < block.end && c - o < 400; ++c) {
      if (text[c] == '(') ++depth;
      if (text[c] == ')' && --depth == 0) break;
    }
    if (c >= block.end || text[c] != ')' || depth != 0) continue;
    Span content{o + 1, c};
    // GLOSSATOR_DEBUG_CITATIONS=1 prints every parenthesis holding a year.
    static const bool debug = std::getenv("GLOSSATOR_DEBUG_CITATIONS") != nullptr;
    if (FindCitedYear(text, content) >= content.end) continue;
    if (debug) {
      std::fprintf(stderr, "citations: parenthesis at %zu: (%.*s)\n", o,
                   static_cast<int>(content.size()), text.data() + content.begin);
    }
    YearList years;
    if (!IsYearsOnly(text, content, &years)) {
      std::vector<Citation> inside = ParentheticalCitations(text, content, evidence_);
      if (debug) {
        for (const Citation& p : inside) {
          std::fprintf(stderr, "citations:   cites %.*s\n", static_cast<int>(p.span.size()),
                       text.data() + p.span.begin);
        }
      }
      // "(see Baroni (2013) for an overview)": no work cited by the outer
      // parenthesis itself, a narrative citation inside it; read on from
      // inside it instead of past it.
      if (inside.empty() && std::memchr(text.data() + content.begin, '(', content.size())) {
        floor = o + 1;
        continue;
      }
      for (Citation& p : inside) out.push_back(std::move(p));
      floor = c + 1;
      o = c;
      continue;
    }

    // A narrative citation: the names before the parenthesis.
    size_t sentence = SentenceStart(text, block.begin, o);
    size_t from = std::max(floor, sentence);
    bool at_sentence_start = sentence >= floor;
    std::vector<WordToken> t = TokenizeWords(text, Span{from, o});
    std::vector<bool> title = TitleWords(text, t);
    // The nearest name that may be the author; a name of the reference list
    // is taken however far it stands unless another name is close to the year.
    size_t words_after = 0;
    std::optional<size_t> anchor = NearestName(t, title, caps_block, &words_after);
    bool known_anchor = false;
    if (!known_.empty() && (!anchor || words_after > 3)) {
      for (size_t k = t.size(); k-- > 0;) {
        if (IsNameToken(t[k]) && IsKnown(Slice(text, t[k].name))) {
          anchor = k;
          known_anchor = true;
          words_after = 0;
          for (size_t m = k + 1; m < t.size(); ++m) words_after += t[m].type == TokenType::kWord;
          break;
        }
      }
    }
    if (anchor && !known_anchor) {
      size_t a = *anchor;
      bool comma_after = a + 1 < t.size() && t[a + 1].type == TokenType::kComma;
      bool first_word = true;
      for (size_t k = 0; k < a; ++k) first_word = first_word && t[k].type != TokenType::kWord;
      bool joined =
          a + 1 < t.size() && (IsWord(t[a + 1], text, "and") || IsWord(t[a + 1], text, "et") ||
                               t[a + 1].type == TokenType::kAmpersand);
      if (words_after > options_.max_name_distance && !comma_after) anchor.reset();
      // "London (1948)": a place the list does not have as a surname.
      if (anchor && evidence_.IsPlace(Slice(text, t[a].name))) anchor.reset();
      // A capitalised first word of a sentence is a name only next to its
      // year, as a possessive, or joined to more names.
      if (anchor && first_word && at_sentence_start && words_after > 0 && !t[a].possessive &&
          !comma_after && !joined) {
        anchor.reset();
      }
    }
    if (!anchor) {
      floor = c + 1;
      o = c;
      continue;
    }

    // The names: the anchor, its forenames, and co-authors before it.
    size_t a = *anchor;
    std::vector<std::string> authors{std::string(Slice(text, t[a].name))};
    size_t begin_index = TakeForenames(t, title, a);
    size_t k = begin_index;
    bool listed = false;
    while (k > 0) {
      size_t j = k;
      if (t[j - 1].type == TokenType::kAmpersand || IsWord(t[j - 1], text, "and")) {
        --j;
        if (j > 0 && t[j - 1].type == TokenType::kComma) --j;
        listed = true;
      } else if (listed && t[j - 1].type == TokenType::kComma) {
        --j;
      } else {
        break;
      }
      if (j == 0 || !IsNameToken(t[j - 1]) || title[j - 1]) break;
      authors.insert(authors.begin(), std::string(Slice(text, t[j - 1].name)));
      k = TakeForenames(t, title, j - 1);
      begin_index = k;
    }
    Citation cite;
    cite.narrative = true;
    cite.authors = authors;
    // "et al.", "and her colleagues" after the surname.
    if (a + 2 < t.size() && IsWord(t[a + 1], text, "et") && IsWord(t[a + 2], text, "al")) {
      cite.et_al = true;
    }
    if (a + 2 < t.size() && IsWord(t[a + 1], text, "and")) {
      size_t m = a + 2;
      if (m < t.size() &&
          (IsWord(t[m], text, "her") || IsWord(t[m], text, "his") || IsWord(t[m], text, "their"))) {
        ++m;
      }
      if (m < t.size() && (IsWord(t[m], text, "colleagues") || IsWord(t[m], text, "co-workers") ||
                           IsWord(t[m], text, "coworkers") || IsWord(t[m], text, "associates") ||
                           IsWord(t[m], text, "collaborators"))) {
        cite.et_al = true;
      }
    }
    cite.years = years.years;
    if (!years.locator.empty()) cite.locator = std::string(Slice(text, years.locator));
    cite.span = Span{t[begin_index].span.begin, c + 1};
    cite.far_name = words_after > 4 && !cite.et_al;
    cite.confidence = known_anchor || !cite.far_name ? 1.0 : 0.8;
    out.push_back(cite);
    floor = c + 1;
    o = c;
  }
  return out;
}

}  // namespace citations
