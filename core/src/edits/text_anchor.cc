#include "edits/text_anchor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace glossator::edits {
namespace {

// A quote shorter than this (in bytes) is found only where some context
// confirms it, or where it occurs once: a short word occurs all over a
// reading, and an edit whose passage is gone must be orphaned, not moved to
// another mention of the word.
constexpr size_t kShortQuote = 16;
// The context (bytes of prefix and suffix together) that confirms a short
// quote.
constexpr size_t kConfirmingContext = 8;
// Occurrences looked at, at most, for one quote.
constexpr size_t kMaxCandidates = 20000;

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

size_t CommonSuffix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}

size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

// The text with case, white space, hyphens and punctuation gone, and for
// each byte kept the range of the character it came from.
struct Folded {
  std::string text;
  std::vector<size_t> from, to;
};

// Characters that are not words: ASCII punctuation and the general
// punctuation block's dashes and quotes, the soft hyphen, the no-break space.
bool IsDropped(std::string_view ch) {
  if (ch.size() == 1) {
    unsigned char c = ch[0];
    return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }
  if (ch == "\xC2\xAD" || ch == "\xC2\xA0") return true;
  // U+2000 to U+206F: spaces, dashes, quotes, bullets.
  return ch.size() == 3 && static_cast<unsigned char>(ch[0]) == 0xE2 &&
         (static_cast<unsigned char>(ch[1]) == 0x80 || static_cast<unsigned char>(ch[1]) == 0x81);
}

Folded Fold(std::string_view s) {
  Folded f;
  for (size_t i = 0; i < s.size();) {
    size_t n = 1;
    while (i + n < s.size() && IsContinuation(s[i + n])) ++n;
    std::string_view ch = s.substr(i, n);
    if (!IsDropped(ch)) {
      for (char c : ch) {
        f.text += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        f.from.push_back(i);
        f.to.push_back(i + n);
      }
    }
    i += n;
  }
  return f;
}

struct Candidate {
  size_t begin = 0, end = 0;  // in the text searched
  size_t context = 0;         // bytes of prefix and suffix matched
  bool full = false;          // all of both
  size_t errors = 0;          // fuzzy only
  double distance = 0;        // from where the quote was, as a share of the text
};

bool Better(const Candidate& a, const Candidate& b) {
  if (a.full != b.full) return a.full;
  if (a.errors != b.errors) return a.errors < b.errors;
  if (a.context != b.context) return a.context > b.context;
  return a.distance < b.distance;
}

// Scores [begin, end) of text as a place for a quote with this prefix and
// suffix.
Candidate Score(std::string_view text, size_t begin, size_t end, std::string_view prefix,
                std::string_view suffix, double position) {
  Candidate c;
  c.begin = begin;
  c.end = end;
  size_t p = CommonSuffix(text.substr(0, begin), prefix);
  size_t s = CommonPrefix(text.substr(end), suffix);
  c.context = p + s;
  c.full = p == prefix.size() && s == suffix.size();
  double at = text.empty() ? 0 : static_cast<double>(begin) / static_cast<double>(text.size());
  c.distance = std::fabs(at - position);
  return c;
}

// The best candidate, if it may stand for a quote of quote_size bytes.
const Candidate* Choose(const std::vector<Candidate>& candidates, size_t quote_size) {
  if (candidates.empty()) return nullptr;
  const Candidate* best = &candidates[0];
  for (const Candidate& c : candidates) {
    if (Better(c, *best)) best = &c;
  }
  bool confirmed = quote_size >= kShortQuote || best->full || best->context >= kConfirmingContext ||
                   candidates.size() == 1;
  return confirmed ? best : nullptr;
}

std::vector<Candidate> Occurrences(std::string_view text, std::string_view needle,
                                   std::string_view prefix, std::string_view suffix,
                                   double position) {
  std::vector<Candidate> out;
  if (needle.empty()) return out;
  for (size_t at = text.find(needle); at != std::string_view::npos && out.size() < kMaxCandidates;
       at = text.find(needle, at + 1)) {
    out.push_back(Score(text, at, at + needle.size(), prefix, suffix, position));
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// Sellers' algorithm: the end of each stretch of text within max_errors of
// pattern, and the best start for it.
std::vector<Candidate> FuzzyOccurrences(std::string_view text, std::string_view pattern,
                                        size_t max_errors, double position) {
  size_t m = pattern.size();
  std::vector<size_t> column(m + 1);
  for (size_t i = 0; i <= m; ++i) column[i] = i;
  std::vector<std::pair<size_t, size_t>> ends;  // (end, errors)
  for (size_t j = 0; j < text.size(); ++j) {
    size_t diagonal = column[0];
    column[0] = 0;  // a match may start anywhere
    for (size_t i = 1; i <= m; ++i) {
      size_t left = column[i];
      column[i] = std::min(
          {column[i] + 1, column[i - 1] + 1, diagonal + (pattern[i - 1] == text[j] ? 0 : 1)});
      diagonal = left;
    }
    if (column[m] <= max_errors) {
      // Keep only the best end of a run of neighbouring ends.
      if (!ends.empty() && ends.back().first == j && column[m] < ends.back().second) {
        ends.back() = {j + 1, column[m]};
      } else if (ends.empty() || ends.back().first < j) {
        ends.emplace_back(j + 1, column[m]);
      }
    }
    if (ends.size() > kMaxCandidates) break;
  }
  std::vector<Candidate> out;
  for (auto [end, errors] : ends) {
    Candidate best;
    best.errors = std::numeric_limits<size_t>::max();
    size_t lo = end > m + max_errors ? end - m - max_errors : 0;
    size_t hi = end > m - std::min(m, max_errors) ? end - (m - std::min(m, max_errors)) : 0;
    for (size_t begin = lo; begin <= hi && begin < end; ++begin) {
      size_t e = EditDistance(pattern, text.substr(begin, end - begin));
      if (e < best.errors) {
        best.errors = e;
        best.begin = begin;
      }
    }
    if (best.errors > max_errors) continue;
    best.end = end;
    double at = text.empty() ? 0 : static_cast<double>(best.begin) / text.size();
    best.distance = std::fabs(at - position);
    out.push_back(best);
  }
  return out;
}

// [begin, end) of folded text as a range of the text it was folded from.
Anchored Unfold(const Folded& f, size_t begin, size_t end, AnchorMatch match) {
  return {match, f.from[begin], f.to[end - 1]};
}

}  // namespace

Anchored AnchorQuote(std::string_view text, const TextQuote& quote, double position) {
  if (quote.exact.empty()) {  // an insertion point: between its prefix and suffix
    std::string both = quote.prefix + quote.suffix;
    std::vector<Candidate> c = Occurrences(text, both, "", "", position);
    if (const Candidate* best = Choose(c, both.size())) {
      size_t at = best->begin + quote.prefix.size();
      return {AnchorMatch::kExact, at, at};
    }
    return {};
  }
  // exact, then words
  std::vector<Candidate> c = Occurrences(text, quote.exact, quote.prefix, quote.suffix, position);
  if (const Candidate* best = Choose(c, quote.exact.size())) {
    return {best->full ? AnchorMatch::kExact : AnchorMatch::kWords, best->begin, best->end};
  }
  Folded hay = Fold(text);
  Folded exact = Fold(quote.exact);
  if (exact.text.empty()) return {};
  std::string prefix = Fold(quote.prefix).text, suffix = Fold(quote.suffix).text;
  c = Occurrences(hay.text, exact.text, prefix, suffix, position);
  if (const Candidate* best = Choose(c, exact.text.size())) {
    return Unfold(hay, best->begin, best->end, AnchorMatch::kNormalised);
  }
  size_t length = exact.text.size();
  if (length > 2 * kEndChars) {
    std::string_view head = std::string_view(exact.text).substr(0, kEndChars);
    std::string_view tail = std::string_view(exact.text).substr(length - kEndChars);
    std::vector<Candidate> spans;
    for (const Candidate& h : Occurrences(hay.text, head, prefix, "", position)) {
      size_t from = h.begin + length / 2, to = h.begin + length + length / 2;
      for (size_t t = hay.text.find(tail, from); t != std::string::npos && t + kEndChars <= to;
           t = hay.text.find(tail, t + 1)) {
        Candidate s = Score(hay.text, h.begin, t + kEndChars, prefix, suffix, position);
        // Nearest the quote's length first: errors stands for the difference.
        size_t got = s.end - s.begin;
        s.errors = got > length ? got - length : length - got;
        s.full = false;
        spans.push_back(s);
      }
    }
    if (const Candidate* best = Choose(spans, length)) {
      return Unfold(hay, best->begin, best->end, AnchorMatch::kEnds);
    }
  }
  if (length <= kMaxFuzzyChars && length >= 4) {
    size_t max_errors = std::max<size_t>(1, static_cast<size_t>(kMaxFuzzyErrors * length));
    std::vector<Candidate> fuzzy = FuzzyOccurrences(hay.text, exact.text, max_errors, position);
    for (Candidate& f : fuzzy) {
      Candidate s = Score(hay.text, f.begin, f.end, prefix, suffix, position);
      f.context = s.context;
    }
    if (const Candidate* best = Choose(fuzzy, length)) {
      return Unfold(hay, best->begin, best->end, AnchorMatch::kFuzzy);
    }
  }
  return {};
}

const char* AnchorMatchName(AnchorMatch match) {
  switch (match) {
    case AnchorMatch::kExact:
      return "exact";
    case AnchorMatch::kWords:
      return "words";
    case AnchorMatch::kNormalised:
      return "normalised";
    case AnchorMatch::kEnds:
      return "ends";
    case AnchorMatch::kFuzzy:
      return "fuzzy";
    case AnchorMatch::kNone:
      break;
  }
  return "none";
}

}  // namespace glossator::edits
