#include "parenthetical.h"

#include <string>

#include "word_tokens.h"
#include "year_list.h"

namespace citations {
namespace {

// names without a trailing "personal communication", "in press", ...
Span DropTrailingPhrase(std::string_view text, Span names) {
  std::string lower = AsciiLower(Slice(text, names));
  for (std::string_view phrase :
       {"personal communication", "pers. comm.", "pers. comm", "personal correspondence",
        "unpublished manuscript", "unpublished data", "in press", "cited in", "quoted in"}) {
    size_t at = lower.rfind(phrase);
    if (at != std::string::npos &&
        lower.find_first_not_of(" ,.", at + phrase.size()) == std::string::npos) {
      return TrimPunctuation(text, Span{names.begin, names.begin + at});
    }
  }
  return names;
}

bool IsWord(const WordToken& t, std::string_view text, std::string_view word) {
  return t.type == TokenType::kWord && AsciiLower(Slice(text, t.span)) == word;
}

// A word that can be part of a cited name: capitalised and not a stopword,
// a particle ("van"), or a surname of the list in lower case (small
// capitals that came out lower-case: "(thomke & hippel, 2002)").
bool IsNameWord(const WordToken& t, std::string_view text, const NameEvidence& evidence) {
  if (t.type != TokenType::kWord) return false;
  if (t.capitalised) return !t.stopword;
  return IsNameParticle(Slice(text, t.span)) || evidence.IsKnown(Slice(text, t.name));
}

// A word that can end a name: capitalised, or a surname of the list.
bool EndsName(const WordToken& t, std::string_view text, const NameEvidence& evidence) {
  return t.capitalised || (t.type == TokenType::kWord && evidence.IsKnown(Slice(text, t.name)));
}

// Reads the names that end text[names], backwards: "Abel, Berg, & Coe",
// "Okonjo et al.", "Farrow & Ilse" (after "see the essays collected in").
// Returns false when there are none.
bool TrailingNames(std::string_view text, Span names, const NameEvidence& evidence, Citation* c) {
  std::vector<WordToken> t = TokenizeWords(text, names);
  size_t k = t.size();
  // "et al." at the end.
  if (k >= 2 && t[k - 1].type == TokenType::kPeriod && IsWord(t[k - 2], text, "al")) {
    if (k >= 3 && IsWord(t[k - 3], text, "et")) {
      c->et_al = true;
      k -= 3;
    }
  } else if (k >= 2 && IsWord(t[k - 1], text, "al") && IsWord(t[k - 2], text, "et")) {
    c->et_al = true;
    k -= 2;
  }
  std::vector<Span> authors;
  size_t first = k;
  while (k > 0) {
    // One name: a run of name words ("World Health Organization", "van Dijk").
    size_t end = k;
    while (k > 0 && IsNameWord(t[k - 1], text, evidence)) --k;
    if (k == end) break;
    // A run must end with a capitalised word.
    if (!EndsName(t[end - 1], text, evidence)) break;
    authors.insert(authors.begin(), Span{t[k].name.begin, t[end - 1].name.end});
    first = k;
    // Before it: ",", "&", "and", ", &", ", and" and another name.
    size_t j = k;
    if (j > 0 && (t[j - 1].type == TokenType::kAmpersand || IsWord(t[j - 1], text, "and"))) {
      --j;
      if (j > 0 && t[j - 1].type == TokenType::kComma) --j;
    } else if (j > 0 && t[j - 1].type == TokenType::kComma) {
      --j;
    } else {
      break;
    }
    if (j == 0 || !IsNameWord(t[j - 1], text, evidence) || !EndsName(t[j - 1], text, evidence)) {
      break;
    }
    k = j;
  }
  if (authors.empty()) return false;
  // "(London, 1948)": a place is no author.
  if (authors.size() == 1 && evidence.IsPlace(Slice(text, authors[0]))) return false;
  for (Span a : authors) c->authors.emplace_back(Slice(text, a));
  c->span.begin = t[first].span.begin;
  return true;
}

}  // namespace

std::vector<Citation> ParentheticalCitations(std::string_view text, Span content,
                                             const NameEvidence& evidence) {
  std::vector<Citation> out;
  // Items at ';' outside inner parentheses.
  std::vector<Span> items;
  int depth = 0;
  size_t start = content.begin;
  for (size_t i = content.begin; i < content.end; ++i) {
    if (text[i] == '(' || text[i] == '[') ++depth;
    if ((text[i] == ')' || text[i] == ']') && depth > 0) --depth;
    if (text[i] == ';' && depth == 0) {
      items.push_back(Span{start, i});
      start = i + 1;
    }
  }
  items.push_back(Span{start, content.end});

  bool previous_is_citation = false;
  for (Span item : items) {
    item = TrimSpace(text, item);
    size_t y = FindCitedYear(text, item);
    if (y >= item.end) {
      previous_is_citation = false;
      continue;
    }
    Span names = TrimPunctuation(text, Span{item.begin, y});
    if (names.empty()) {
      // "(Brekke, 1981;1988)": another year of the work before.
      if (previous_is_citation && y == item.begin) {
        YearList more = ReadYears(text, y, item.end);
        Citation& last = out.back();
        last.years.insert(last.years.end(), more.years.begin(), more.years.end());
        last.span.end = more.end;
        if (!more.locator.empty()) last.locator = std::string(Slice(text, more.locator));
      }
      continue;
    }
    Citation c;
    if (!TrailingNames(text, DropTrailingPhrase(text, names), evidence, &c)) {
      previous_is_citation = false;
      continue;
    }
    YearList years = ReadYears(text, y, item.end);
    c.years = years.years;
    c.span.end = years.end;
    if (!years.locator.empty()) c.locator = std::string(Slice(text, years.locator));
    out.push_back(c);
    previous_is_citation = true;
  }
  return out;
}

}  // namespace citations
