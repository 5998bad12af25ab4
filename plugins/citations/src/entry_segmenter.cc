#include "entry_segmenter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "dates.h"
#include "entry_label.h"
#include "person_names.h"
#include "word_tokens.h"

namespace citations {
namespace {

// The weights of the evidence for "an entry starts here" in a list that is
// not numbered; a start is taken when their sum exceeds kStartThreshold.
// Chosen on the tuning four fifths of GROBID's reference-segmenter data
// (tools/segmentation_eval; data/README.md), never on the held-out fifth.
struct StartWeights {
  // How the candidate begins.
  double repeated_author = 3.0;  // "———. 1979." or "--, and"
  double names = 2.0;            // "Surname, I.", "I. Surname", "de Laguna, G."
  double organisation = 2.0;     // "Society for Clinical Listening", "R Core Team"
  double capital = 0.5;          // a capitalised word, no names pattern (a corporate author?)
  double not_capital = -4.0;     // a lower-case word, a digit, punctuation
  // How the text before it ends.
  double full_stop = 1.5;             // "... Clinic."
  double number_before_stop = 1.0;    // and more after a number: "... 2004."
  double pages_before_stop = 0.5;     // and more after a page range: "... 201-219."
  double initial_stop = 0.0;          // "... Smith, J." (a wrapped author list, or an entry end)
  double closing_bracket = 1.0;       // "...)" or "...]"
  double joining_punctuation = -3.0;  // "," ";" ":" "&" "and": the sentence runs on
  double line_end_hyphen = -4.0;      // "Ge-" / "netic"
  double other_end = -0.5;            // a letter or digit: a URL, a DOI, pages without a stop
  // The year.
  double early_year = 1.5;          // an author-date list, and the year follows the names
  double no_early_year = -2.5;      // an author-date list, and no year follows the names
  double entry_has_no_year = -2.5;  // the entry so far has no year yet
  double title_after_year = -4.0;   // an author-date entry so far is names and year: its title
                                    // follows ("Kingsbury, B. 2011. The IBM 2009 system.")
  double entry_too_short = -2.0;    // the entry so far is shorter than kShortestEntry
  double inside_unit = -2.0;        // not at a unit's start: layout did not break the line here
};
constexpr StartWeights kStartWeights;
constexpr double kStartThreshold = 1.0;
// Bytes: an entry is never shorter ("Freud, S. (1900)." is 18).
constexpr size_t kShortestEntry = 18;
// Bytes from an entry's start within which an author-date entry prints its year:
// after twenty authors' names (APA 7 lists up to twenty, or nineteen, an
// ellipsis and the last). Every word on the way must read as a name.
constexpr size_t kEarlyYearWindow = 420;
// A list is author-date when it has at least this many starts with names
// and then a year per year printed in it.
constexpr double kAuthorDateShare = 0.5;
// Bytes from an entry's start within which a corporate author ends and the year comes.
constexpr size_t kCorporateYearWindow = 80;
// A list is numbered when at least this many of its entries start with
// consecutive numbers, and at least this many per year printed in it (a list
// of 20 entries has about 20 years; grouped entries, "[3] A, 1990; B, 1992",
// have more).
constexpr size_t kNumberedMinimum = 3;
constexpr double kNumberedShare = 0.3;

enum class Head { kRepeatedAuthor, kNames, kOrganisation, kCapital, kNotCapital };

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t'; }

size_t SkipSpaces(std::string_view text, size_t i, size_t end) {
  size_t n;
  while (i < end && IsSpace(DecodeAt(text, i, &n))) i += n;
  return i;
}

// The word at i (up to white space) and where it ends.
std::string_view WordAt(std::string_view text, size_t i, size_t end, size_t* word_end) {
  size_t j = i, n;
  while (j < end && !IsSpace(DecodeAt(text, j, &n))) j += n;
  *word_end = j;
  return text.substr(i, j - i);
}

std::string_view StripEnd(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ':')) w.remove_suffix(1);
  return w;
}

// "———.", "--,", "___": the author of the entry before, again.
bool IsRepeatedAuthor(std::string_view text, size_t i, size_t end) {
  size_t dashes = 0, n;
  while (i < end) {
    char32_t c = DecodeAt(text, i, &n);
    if (!IsDash(c) && c != '_') break;
    ++dashes;
    i += n;
  }
  if (dashes == 0) return false;
  // One dash must stand alone ("— 1979" or "-, and"), not open a word ("-based").
  return dashes >= 2 || i >= end || !IsLetterAt(text, i);
}

// Initials as a names head shows them: "M." "M.J." "Th.", or two or three
// capitals without dots after a surname ("Smith JA"), but not words in
// capitals that end entries ("URL", "DOI").
bool LooksLikeInitials(std::string_view word, int position) {
  if (!IsInitials(word)) return false;
  if (word.find('.') != std::string_view::npos) return true;
  static constexpr std::array<std::string_view, 8> kNotInitials = {"URL", "DOI", "PMC", "PMID",
                                                                   "USA", "UK",  "ACM", "IEEE"};
  return position > 0 && word.size() <= 3 &&
         std::find(kNotInitials.begin(), kNotInitials.end(), word) == kNotInitials.end();
}

// Whether the capitalised words at i name an organisation: among its first
// words (capitalised, or "for", "of", "the", "and" between them) one that
// organisations are named by ("Society for Clinical Listening.", "American
// Psychiatric Association.", "R Development Core Team"). Not "University" or
// "Group": publishers are named so ("Cambridge University Press").
bool IsOrganisation(std::string_view text, size_t i, size_t end) {
  static constexpr std::array<std::string_view, 22> kOrganisationWords = {
      "Society",    "Association", "Institute",     "Institution", "Organization", "Organisation",
      "Council",    "Committee",   "Team",          "Foundation",  "Department",   "Office",
      "Agency",     "Board",       "Centre",        "Center",      "Academy",      "Ministry",
      "Commission", "Consortium",  "Collaboration", "Bureau"};
  size_t at = i, word_end;
  for (int w = 0; w < 8 && at < end; ++w) {
    std::string_view word = WordAt(text, at, end, &word_end);
    std::string_view bare = StripEnd(word);
    while (!bare.empty() && (bare.back() == '.' || bare.back() == ')')) bare.remove_suffix(1);
    if (std::find(kOrganisationWords.begin(), kOrganisationWords.end(), bare) !=
        kOrganisationWords.end()) {
      return true;
    }
    bool function_word = bare == "for" || bare == "of" || bare == "the" || bare == "and" ||
                         bare == "on" || bare == "&";
    if (!function_word && !IsUpperAt(text, at)) return false;
    if (word.back() == '.' || word.back() == ',') return false;  // the name ended without one
    at = SkipSpaces(text, word_end, end);
  }
  return false;
}

// How the text at i begins: names, a repeated author, a capitalised word or not.
Head HeadAt(std::string_view text, size_t i, size_t end) {
  if (IsRepeatedAuthor(text, i, end)) return Head::kRepeatedAuthor;
  // A stray bullet before the entry ("• Brekke, J.").
  size_t n;
  if (i < end && IsBullet(DecodeAt(text, i, &n)) && i + n < end && text[i + n] == ' ') {
    i = SkipSpaces(text, i + n, end);
  }
  // Quotation marks do not open names; a particle may ("de Laguna", "van der Berg").
  size_t word_end;
  std::string_view first = WordAt(text, i, end, &word_end);
  size_t words = 0;
  while (IsNameParticle(StripEnd(first)) && words < 3) {
    i = SkipSpaces(text, word_end, end);
    first = WordAt(text, i, end, &word_end);
    ++words;
  }
  if (first.empty() || !IsUpperAt(text, i)) return Head::kNotCapital;
  // Within the first words: a comma after a name, an initial, "and" or "&".
  size_t at = i;
  for (int w = 0; w < 4 && at < end; ++w) {
    std::string_view word = WordAt(text, at, end, &word_end);
    if (word.empty()) break;
    std::string_view bare = StripEnd(word);
    // "I. Surname", "Surname I", not "CrossRef Medline Arakawa H" (nor, alas,
    // "Di Cintio A.", which looks the same as "Medline Bolhuis JJ").
    if (w <= 1 && LooksLikeInitials(bare, w) && !(w == 0 && bare.size() > 4)) return Head::kNames;
    // "Surname," or "Van Dyke,", not "Chem. Biol.,".
    size_t comma = word.find(',');
    bool abbreviation = comma != std::string_view::npos && comma > 0 && word[comma - 1] == '.';
    if (word.back() == ',' && !abbreviation && IsUpperAt(text, at) &&
        (w == 0 || (w == 1 && !first.ends_with('.')))) {
      return Head::kNames;
    }
    // "Smith and Jones", not "Gender and byline".
    if (w > 0 && (bare == "and" || bare == "&")) {
      size_t next = SkipSpaces(text, word_end, end);
      return next < end && IsUpperAt(text, next) ? Head::kNames : Head::kCapital;
    }
    if (!IsUpperAt(text, at) && !IsNameParticle(bare)) break;
    at = SkipSpaces(text, word_end, end);
  }
  return IsOrganisation(text, i, end) ? Head::kOrganisation : Head::kCapital;
}

bool IsDateWord(std::string_view w) {
  std::string lower = AsciiLower(w);
  return lower.starts_with("in press") || lower.starts_with("n.d") ||
         lower.starts_with("forthcoming") || lower.starts_with("in preparation") ||
         lower.starts_with("submitted") || lower.starts_with("to appear");
}

// A year (or "in press", "n.d.") at i.
bool DateAt(std::string_view text, size_t i, size_t end) {
  size_t suffix;
  if (YearAt(text, i, &suffix) > 0) return true;
  return IsDateWord(text.substr(i, std::min<size_t>(end - i, 16)));
}

// Whether text[begin, end) holds a year or "in press", "n.d.".
bool HasDate(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (i > begin && IsLetterAt(text, i - 1)) continue;
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    if (((c >= '1' && c <= '2') || c == 'i' || c == 'n' || c == 'f' || c == 's' || c == 't') &&
        DateAt(text, i, end)) {
      return true;
    }
  }
  return false;
}

// Whether the names at i are followed, before any sentence of running text,
// by a year within kEarlyYearWindow: "Smith, J., & Lee, K. (1999)",
// "Smith J, Lee K. 1999.", "American Psychiatric Association. (2013)".
bool YearFollowsNames(std::string_view text, size_t i, size_t end, Head head) {
  // A corporate author is short and has no initials ("American Psychiatric
  // Association. (2013)"); "CrossRef Medline Arakawa H, ... (2008a)" is the
  // end of one entry and the start of the next.
  bool corporate = head == Head::kCapital || head == Head::kOrganisation;
  size_t limit = std::min(end, i + (corporate ? kCorporateYearWindow : kEarlyYearWindow));
  size_t at = i, word_end;
  bool names_ended = false;  // a full stop after a name: only the date may follow
  int words = 0;
  while (at < limit) {
    std::string_view word = WordAt(text, at, limit, &word_end);
    if (word.empty()) break;
    size_t b = at;
    if (b < limit && (text[b] == '(' || text[b] == '[')) ++b;
    // A status ("In press", "Submitted") after capitalised words is more
    // likely a journal's ("Transactions of the ACL. In press.") than a
    // corporate author's, which prints a year or "n.d.".
    if (DateAt(text, b, end)) {
      size_t suffix;
      return !corporate || YearAt(text, b, &suffix) > 0 ||
             AsciiLower(text.substr(b, std::min<size_t>(end - b, 3))) == "n.d";
    }
    if (names_ended) return false;
    // APA 7's ellipsis between the nineteenth author and the last.
    if (word == "..." || word == "\u2026" || word == "...," || word == "\u2026,") {
      at = SkipSpaces(text, word_end, limit);
      continue;
    }
    std::string_view bare = StripEnd(word);
    // "R Development Core Team (2006)" is an organisation; "Arakawa H" names people.
    if (corporate && LooksLikeInitials(bare, words)) return false;
    ++words;
    // Numbers and lower-case words other than particles, "and", "et al." and
    // editor markers are not names.
    if (IsDigit(static_cast<unsigned char>(text[b]))) return false;
    // An organisation's name has its function words ("Society for Clinical
    // Listening"), which other capitalised words do not make names ("In
    // Proceedings of the NAACL 2012").
    if (head == Head::kOrganisation && IsLowerAt(text, at) &&
        (bare == "for" || bare == "of" || bare == "the" || bare == "on" || bare == "in")) {
      at = SkipSpaces(text, word_end, limit);
      continue;
    }
    if (IsLowerAt(text, at) && !IsNameParticle(bare) && bare != "and" && bare != "et" &&
        bare != "al." && bare != "al" && bare != "eds." && bare != "ed." && bare != "(eds.)" &&
        bare != "(ed.)" && bare != "y" && bare != "e" && bare != "und") {
      return false;
    }
    // "Koonin,E.V." is a name with its initials, printed without a space.
    size_t comma = bare.rfind(',');
    std::string_view tail = comma == std::string_view::npos ? bare : bare.substr(comma + 1);
    if (word.back() == '.' && !IsInitials(tail) && bare != "al." && bare != "Jr." &&
        bare != "Sr." && bare != "eds." && bare != "ed." && bare != "(eds.)" && bare != "(ed.)" &&
        bare != "(Eds.)" && bare != "(Ed.)" && bare != "Eds." && bare != "Ed.") {
      names_ended = true;
    }
    at = SkipSpaces(text, word_end, limit);
  }
  return false;
}

// Whether text[begin, end) ends with its first date: "Lee, K., & Ho, M. (1999)."
// or "Lee K, Ho M. 1999.", names and the year and nothing else.
bool EndsWithFirstDate(std::string_view text, size_t begin, size_t end) {
  while (end > begin && (IsSpaceByte(text[end - 1]) || text[end - 1] == '.' ||
                         text[end - 1] == ')' || text[end - 1] == ',')) {
    --end;
  }
  size_t w = end;
  while (w > begin && !IsSpaceByte(text[w - 1]) && text[w - 1] != '(') --w;
  if (w == end || !DateAt(text, w, end)) return false;
  return !HasDate(text, begin, w);
}

// The last non-space character before i and where it starts.
size_t LastCharBefore(std::string_view text, size_t begin, size_t i) {
  while (i > begin && IsSpaceByte(text[i - 1])) --i;
  return i > begin ? PreviousStart(text, i) : std::string_view::npos;
}

double EndWeight(std::string_view text, size_t begin, size_t p) {
  size_t last = LastCharBefore(text, begin, p);
  if (last == std::string_view::npos) return 0;
  char c = text[last];
  if (c == '.') {
    // "Smith, J." might be inside a wrapped author list.
    size_t w = last;
    while (w > begin && !IsSpaceByte(text[w - 1])) --w;
    if (EndsInitial(text, w, last)) return kStartWeights.initial_stop;
    // Entries end with pages, a volume or a year more often than with a word
    // ("pp. 554-573." rather than "Rooms of the Clinic.").
    bool number = w < last && IsDigit(static_cast<unsigned char>(text[last - 1]));
    // A page range ends a journal article, which is never followed by its publisher.
    std::string_view word = text.substr(w, last - w);
    size_t dash = word.find_first_of("-\xE2");  // a hyphen, or the first byte of an en dash
    bool pages = number && dash != std::string_view::npos && dash > 0 &&
                 IsDigit(static_cast<unsigned char>(word[dash - 1]));
    return kStartWeights.full_stop + (number ? kStartWeights.number_before_stop : 0.0) +
           (pages ? kStartWeights.pages_before_stop : 0.0);
  }
  if (c == ')' || c == ']') return kStartWeights.closing_bracket;
  if (c == ',' || c == ';' || c == ':' || c == '&') return kStartWeights.joining_punctuation;
  size_t n;
  if (IsDash(DecodeAt(text, last, &n)) && last > begin &&
      IsLetterAt(text, PreviousStart(text, last))) {
    return kStartWeights.line_end_hyphen;
  }
  size_t w = last;
  while (w > begin && !IsSpaceByte(text[w - 1])) --w;
  std::string_view word = text.substr(w, last + n - w);
  static constexpr std::array<std::string_view, 13> kJoining = {
      "and", "in", "In", "of", "the", "for", "to", "a", "an", "on", "with", "by", "from"};
  if (std::find(kJoining.begin(), kJoining.end(), word) != kJoining.end()) {
    return kStartWeights.joining_punctuation;
  }
  return kStartWeights.other_end;
}

double HeadWeight(Head head) {
  switch (head) {
    case Head::kRepeatedAuthor:
      return kStartWeights.repeated_author;
    case Head::kNames:
      return kStartWeights.names;
    case Head::kOrganisation:
      return kStartWeights.organisation;
    case Head::kCapital:
      return kStartWeights.capital;
    case Head::kNotCapital:
      return kStartWeights.not_capital;
  }
  return 0;
}

struct Candidate {
  size_t at;         // where the entry would start
  bool unit_start;   // at a unit's start (a line or block layout broke)
  size_t names_end;  // how far its names and year may run: see NamesEnd
};

// The end of unit u, or of a later one when the names may wrap onto it: a
// unit not ending with a full stop after a word or a bracket ("Smith, J.,
// Lee, K., &" / "Xing, J. (1997)", "Blanchard RJ" / "(2008b)"). A year beyond
// a unit that ends a sentence ("CRC Press, Boca Raton, FL.") belongs to
// another entry.
size_t NamesEnd(std::string_view text, const std::vector<Span>& units, size_t u) {
  while (u + 1 < units.size()) {
    size_t next = units[u + 1].begin;
    double end_weight = EndWeight(text, units[u].begin, next);
    if (end_weight >= kStartWeights.full_stop || end_weight == kStartWeights.closing_bracket) {
      // "Shaojun Wang." / "2011. A large ...": only the year may follow.
      size_t b = next < units[u + 1].end && text[next] == '(' ? next + 1 : next;
      if (DateAt(text, b, units[u + 1].end)) ++u;
      break;
    }
    ++u;
  }
  return units[u].end;
}

// Where an entry may start: every unit's start, and inside a unit after a
// full stop or a closing bracket and a space, before a capital, a particle or
// a dash.
std::vector<Candidate> Candidates(std::string_view text, const std::vector<Span>& units) {
  std::vector<Candidate> out;
  for (size_t k = 0; k < units.size(); ++k) {
    Span u = units[k];
    size_t names_end = NamesEnd(text, units, k);
    out.push_back({u.begin, true, names_end});
    for (size_t i = u.begin + 2; i < u.end; ++i) {
      if (text[i - 1] != ' ') continue;
      char before = text[i - 2];
      if (before != '.' && before != ')' && before != ']') continue;
      if (HeadAt(text, i, u.end) == Head::kNotCapital) continue;
      out.push_back({i, false, names_end});
    }
  }
  return out;
}

// How many years text[span] prints: about how many entries it has, as most
// have one.
size_t YearsIn(std::string_view text, Span span) {
  size_t years = 0, n;
  for (size_t i = span.begin; i < span.end; ++i) {
    if ((i == span.begin || !IsWordChar(DecodeAt(text, PreviousStart(text, i), &n))) &&
        YearAt(text, i, &n) > 0) {
      ++years;
    }
  }
  return years;
}

// Where the number `number` is printed in `form` at or after `from`: at a
// unit's start, or inside one after a space ("[12]" anywhere, "12." and
// "(12)" after the end of the entry before; a bare "12 " only at a start).
size_t FindLabel(std::string_view text, const std::vector<Span>& units, LabelForm form, size_t from,
                 int number) {
  size_t end = units.back().end;
  for (Span u : units) {
    if (u.end <= from) continue;
    for (size_t i = std::max(from, u.begin); i < u.end; ++i) {
      if (i != u.begin) {
        if (form == LabelForm::kBare || text[i - 1] != ' ') continue;
        if (text[i] != '[' && text[i] != '(' && (text[i] < '1' || text[i] > '9')) continue;
        size_t last = LastCharBefore(text, u.begin, i);
        if (last == std::string_view::npos) continue;
        char c = text[last];
        if (form != LabelForm::kBracket && c != '.' && c != ')' && c != ']') continue;
      }
      EntryLabel l = LabelAt(text, i, end);
      if (l.form == form && l.number == number) return i;
    }
  }
  return std::string_view::npos;
}

struct NumberChain {
  std::vector<size_t> starts;
  std::vector<int> numbers;
};

// The consecutive numbers in `form` from the first one printed (a number may
// be missing from a list: then the one after it).
NumberChain ChainOf(std::string_view text, const std::vector<Span>& units, LabelForm form) {
  NumberChain chain;
  size_t first = units.front().begin, end = units.back().end;
  EntryLabel l = LabelAt(text, first, end);
  int number = l.form == form ? l.number : 1;
  size_t at = l.form == form ? first : FindLabel(text, units, form, first, 1);
  while (at != std::string_view::npos) {
    chain.starts.push_back(at);
    chain.numbers.push_back(number);
    size_t next = FindLabel(text, units, form, at + 1, number + 1);
    size_t after = FindLabel(text, units, form, at + 1, number + 2);
    if (next == std::string_view::npos || (after != std::string_view::npos && after < next)) {
      next = after;
      ++number;
    }
    ++number;
    at = next;
  }
  return chain;
}

// Whether text[span] has a journal's numbers: "4:11-19", "12(3)", "201-219".
bool HasVolumeOrPages(std::string_view text, Span span) {
  size_t n;
  for (size_t i = span.begin; i + 2 < span.end; ++i) {
    if (!IsDigit(static_cast<unsigned char>(text[i]))) continue;
    char32_t c = DecodeAt(text, i + 1, &n);
    if ((c == ':' || c == '(' || IsDash(c)) && i + 1 + n < span.end &&
        IsDigit(static_cast<unsigned char>(text[i + 1 + n]))) {
      return true;
    }
  }
  return false;
}

// Where a numbered list's last entry, starting at `start`, ends: at the end
// of the first unit after which it is whole (it has its year and ends a
// sentence) and the next unit does not go on with it (starting in lower
// case, or holding a journal's numbers: "Journal of Process 4:11-19." under
// "3. Tessaro P (1987) A holding."), or at the list's end. No number comes
// after the last entry to end it, so without this a figure's or an
// appendix's text after the list would be read as part of it.
size_t LastEntryEnd(std::string_view text, const std::vector<Span>& units, size_t start) {
  size_t u = 0;
  while (u + 1 < units.size() && units[u + 1].begin <= start) ++u;
  bool dated = false;
  for (; u + 1 < units.size(); ++u) {
    Span here = TrimSpace(text, Span{std::max(start, units[u].begin), units[u].end});
    Span next = TrimSpace(text, units[u + 1]);
    dated = dated || HasDate(text, here.begin, here.end);
    bool ends_sentence = !here.empty() && text[here.end - 1] == '.';
    bool goes_on = !next.empty() && (IsLowerAt(text, next.begin) || HasVolumeOrPages(text, next));
    if (dated && ends_sentence && !goes_on) break;
  }
  return units[u].end;
}

// The numbered list's entries, or none when the list is not numbered: the
// longest chain of consecutive numbers in one form, if it has at least
// kNumberedMinimum numbers and about as many as the list has years.
std::vector<SegmentedEntry> NumberedEntries(std::string_view text, const std::vector<Span>& units,
                                            size_t years) {
  NumberChain best;
  for (LabelForm form : {LabelForm::kBracket, LabelForm::kParenthesis, LabelForm::kDot,
                         LabelForm::kCloseParenthesis, LabelForm::kBare}) {
    NumberChain chain = ChainOf(text, units, form);
    if (chain.starts.size() > best.starts.size()) best = std::move(chain);
  }
  if (best.starts.size() < kNumberedMinimum ||
      static_cast<double>(best.starts.size()) < kNumberedShare * static_cast<double>(years)) {
    return {};
  }
  std::vector<SegmentedEntry> entries;
  size_t first = units.front().begin;
  // Text before the first number (a stray line) is an entry of its own.
  if (best.starts.front() > first) {
    entries.push_back({TrimSpace(text, Span{first, best.starts.front()}), 0});
  }
  for (size_t k = 0; k < best.starts.size(); ++k) {
    size_t stop =
        k + 1 < best.starts.size() ? best.starts[k + 1] : LastEntryEnd(text, units, best.starts[k]);
    entries.push_back({TrimSpace(text, Span{best.starts[k], stop}), best.numbers[k]});
  }
  return entries;
}

// The entries of a list whose entries open with bracketed keys ("[AH]"), or
// none: an entry starts at every key at a unit's start, or inside one after
// the full stop that ends the entry before.
std::vector<SegmentedEntry> KeyedEntries(std::string_view text, const std::vector<Span>& units) {
  size_t keyed = 0;
  for (Span u : units) keyed += KeyLabelAt(text, u.begin, u.end) > 0;
  if (keyed < kNumberedMinimum || 2 * keyed < units.size() / 2) return {};
  std::vector<size_t> starts;
  for (Span u : units) {
    for (size_t i = u.begin; i < u.end; ++i) {
      bool at_start = i == u.begin;
      if (!at_start && !(text[i - 1] == ' ' && i >= u.begin + 2 && text[i - 2] == '.')) continue;
      if (KeyLabelAt(text, i, u.end) > 0) starts.push_back(i);
    }
  }
  if (starts.empty()) return {};
  std::vector<SegmentedEntry> entries;
  if (starts.front() > units.front().begin) {
    entries.push_back({TrimSpace(text, Span{units.front().begin, starts.front()}), 0});
  }
  for (size_t k = 0; k < starts.size(); ++k) {
    size_t end = k + 1 < starts.size() ? starts[k + 1] : units.back().end;
    entries.push_back({TrimSpace(text, Span{starts[k], end}), 0});
  }
  return entries;
}

}  // namespace

bool StartsLikeEntry(std::string_view text, Span span) {
  span = TrimSpace(text, span);
  if (span.empty()) return false;
  if (LabelAt(text, span.begin, span.end).found() || KeyLabelAt(text, span.begin, span.end) > 0) {
    return true;
  }
  Head head = HeadAt(text, span.begin, span.end);
  return head == Head::kNames || head == Head::kOrganisation || head == Head::kRepeatedAuthor;
}

std::vector<SegmentedEntry> SegmentEntries(std::string_view text, const std::vector<Span>& units) {
  if (units.empty()) return {};
  size_t years = YearsIn(text, Span{units.front().begin, units.back().end});
  std::vector<SegmentedEntry> numbered = NumberedEntries(text, units, years);
  if (!numbered.empty()) return numbered;
  std::vector<SegmentedEntry> keyed = KeyedEntries(text, units);
  if (!keyed.empty()) return keyed;

  size_t end = units.back().end;
  std::vector<Candidate> candidates = Candidates(text, units);
  // The list's shape: does it print the year right after the names? Every
  // entry has a year (or "n.d."), most have one only, so the number of years
  // estimates the number of entries; in an author-date list about as many
  // possible starts have names and then a year.
  size_t early = 0;
  for (const Candidate& c : candidates) {
    Head head = HeadAt(text, c.at, end);
    if (head == Head::kNotCapital) continue;
    if (!c.unit_start && head != Head::kNames) continue;
    early += YearFollowsNames(text, c.at, c.names_end, head);
  }
  bool author_date = years > 0 && early >= kAuthorDateShare * static_cast<double>(years);

  // GLOSSATOR_DEBUG_SEGMENTER in the environment prints every weighed start.
  static const bool trace = std::getenv("GLOSSATOR_DEBUG_SEGMENTER") != nullptr;
  if (trace) std::fprintf(stderr, "segmenter: %zu years, %zu early starts\n", years, early);
  std::vector<SegmentedEntry> entries;
  size_t entry_begin = units.front().begin;
  for (size_t c = 1; c < candidates.size(); ++c) {
    size_t at = candidates[c].at;
    Head head = HeadAt(text, at, end);
    // Inside a unit an organisation is as likely a publisher ("...
    // 2016. Association for Computational Linguistics.") as an author.
    double head_weight = head == Head::kOrganisation && !candidates[c].unit_start
                             ? kStartWeights.capital
                             : HeadWeight(head);
    double score = head_weight + EndWeight(text, entry_begin, at);
    if (author_date) {
      score += YearFollowsNames(text, at, candidates[c].names_end, head)
                   ? kStartWeights.early_year
                   : kStartWeights.no_early_year;
    }
    if (!HasDate(text, entry_begin, at)) score += kStartWeights.entry_has_no_year;
    if (author_date && EndsWithFirstDate(text, entry_begin, at)) {
      score += kStartWeights.title_after_year;
    }
    if (at - entry_begin < kShortestEntry) score += kStartWeights.entry_too_short;
    if (!candidates[c].unit_start) score += kStartWeights.inside_unit;
    if (trace) {
      std::fprintf(stderr, "segmenter: %s%5.1f %s| %.60s\n", author_date ? "AD " : "", score,
                   candidates[c].unit_start ? "unit " : "     ",
                   std::string(text.substr(at, std::min<size_t>(60, end - at))).c_str());
    }
    if (score <= kStartThreshold) continue;
    entries.push_back({TrimSpace(text, Span{entry_begin, at}), 0});
    entry_begin = at;
  }
  entries.push_back({TrimSpace(text, Span{entry_begin, end}), 0});
  return entries;
}

}  // namespace citations
