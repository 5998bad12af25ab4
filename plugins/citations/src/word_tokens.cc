#include "word_tokens.h"

#include <string>
#include <unordered_set>

namespace citations {
namespace {

// The end of the word starting at i: letters, digits, and an apostrophe or
// hyphen between two letters.
size_t WordEnd(std::string_view text, size_t i, size_t end) {
  size_t n;
  while (i < end) {
    char32_t c = DecodeAt(text, i, &n);
    if (IsWordChar(c)) {
      i += n;
      continue;
    }
    if ((IsApostrophe(c) || c == '-' || c == 0x2010) && i + n < end) {
      size_t m;
      char32_t next = DecodeAt(text, i + n, &m);
      if (IsLetter(next)) {
        i += n;
        continue;
      }
      // "Greaves'" (a possessive after s) ends with the apostrophe.
      if (IsApostrophe(c) && i > 0 && text[i - 1] == 's') return i + n;
    }
    if (IsApostrophe(c) && i + n == end && i > 0 && text[i - 1] == 's') return i + n;
    break;
  }
  return i;
}

void Describe(std::string_view text, WordToken* t) {
  std::string_view w = Slice(text, t->span);
  t->name = t->span;
  // "Greaves's", "Fairbrother’s", "Greaves'".
  for (std::string_view ending : {"'s", "\u2019s", "'", "\u2019"}) {
    if (w.size() > ending.size() + 1 && w.substr(w.size() - ending.size()) == ending) {
      t->possessive = true;
      t->name.end -= ending.size();
      break;
    }
  }
  t->capitalised = IsUpperAt(text, t->span.begin);
  t->all_caps = IsAllCaps(Slice(text, t->name));
  t->stopword = t->capitalised && IsStopword(Slice(text, t->name));
}

}  // namespace

bool IsStopword(std::string_view word) {
  static const std::unordered_set<std::string_view> kStopwords = {
      "i",        "a",         "an",       "the",       "this",     "that",      "these",
      "those",    "it",        "its",      "in",        "on",       "at",        "as",
      "for",      "from",      "by",       "with",      "without",  "of",        "to",
      "and",      "but",       "or",       "nor",       "if",       "when",      "while",
      "where",    "which",     "who",      "whom",      "what",     "how",       "why",
      "although", "though",    "because",  "since",     "after",    "before",    "during",
      "until",    "also",      "both",     "each",      "every",    "some",      "many",
      "most",     "much",      "such",     "our",       "their",    "his",       "her",
      "my",       "we",        "they",     "he",        "she",      "you",       "there",
      "here",     "then",      "thus",     "so",        "yet",      "later",     "earlier",
      "see",      "cf",        "compare",  "chapter",   "section",  "table",     "figure",
      "fig",      "part",      "volume",   "vol",       "page",     "january",   "february",
      "march",    "april",     "may",      "june",      "july",     "august",    "september",
      "october",  "november",  "december", "spring",    "summer",   "autumn",    "fall",
      "winter",   "monday",    "tuesday",  "wednesday", "thursday", "friday",    "saturday",
      "sunday",   "mr",        "mrs",      "ms",        "dr",       "professor", "vs",
      "v",        "et",        "al",       "ibid",      "first",    "second",    "third",
      "finally",  "however",   "moreover", "indeed",    "not",      "no",        "one",
      "two",      "all",       "none",     "like",      "unlike",   "according", "recent",
      "recently", "early",     "e",        "g",         "ie",       "eg",        "note",
      "notes",    "following", "above"};
  std::string lower = AsciiLower(word);
  return kStopwords.count(lower) > 0;
}

bool IsNameParticle(std::string_view word) {
  return word == "van" || word == "von" || word == "de" || word == "der" || word == "den" ||
         word == "del" || word == "della" || word == "di" || word == "da" || word == "du" ||
         word == "le" || word == "la" || word == "ten" || word == "ter";
}

std::vector<WordToken> TokenizeWords(std::string_view text, Span span) {
  std::vector<WordToken> out;
  size_t i = span.begin, n;
  while (i < span.end) {
    char32_t c = DecodeAt(text, i, &n);
    if (IsSpace(c)) {
      i += n;
      continue;
    }
    WordToken t;
    if (IsWordChar(c)) {
      t.span = Span{i, WordEnd(text, i, span.end)};
      Describe(text, &t);
      // "ABERNETHY - LOWE", "Abernethy-Lowe" written with a spaced hyphen.
      if (!out.empty() && out.back().type == TokenType::kOther && out.size() >= 2 &&
          IsDash(DecodeAt(text, out.back().span.begin, &n)) &&
          out[out.size() - 2].type == TokenType::kWord && out[out.size() - 2].capitalised &&
          t.capitalised && !t.stopword && !out[out.size() - 2].stopword) {
        out.pop_back();
        WordToken& joined = out.back();
        joined.span.end = t.span.end;
        joined.name.end = t.name.end;
        joined.possessive = t.possessive;
        joined.all_caps = joined.all_caps && t.all_caps;
        i = t.span.end;
        continue;
      }
      out.push_back(t);
      i = t.span.end;
      continue;
    }
    t.span = Span{i, i + n};
    t.name = t.span;
    t.type = c == '&'   ? TokenType::kAmpersand
             : c == ',' ? TokenType::kComma
             : c == ';' ? TokenType::kSemicolon
             : c == '.' ? TokenType::kPeriod
                        : TokenType::kOther;
    out.push_back(t);
    i += n;
  }
  return out;
}

}  // namespace citations
