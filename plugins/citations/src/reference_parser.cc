#include "reference_parser.h"

#include <array>

#include "dates.h"
#include "field_scan.h"
#include "labelled_reference.h"
#include "person_names.h"
#include "reference_remainder.h"
#include "title_aside.h"
#include "volume_pages.h"

namespace citations {
namespace {

// Skips white space and the punctuation that separates fields.
size_t SkipSeparators(std::string_view text, size_t i, size_t end) {
  size_t n;
  while (i < end) {
    char32_t c = DecodeAt(text, i, &n);
    if (!IsEndPunctuation(c)) break;
    i += n;
  }
  return i;
}

// Where the author list of an entry whose date comes late ends: the first
// sentence end that is not after an initial, or a quotation mark.
size_t AuthorsEnd(std::string_view text, Span span) {
  size_t n;
  for (size_t i = span.begin; i < span.end; i += n) {
    char32_t c = DecodeAt(text, i, &n);
    if (c == 0x201C || c == '"') return i;
  }
  return SentenceEnd(text, span.begin, span.end);
}

// Takes the title that starts at i: quoted, bracketed, or up to the end of
// its sentence. Returns where the title's field ends (after its closing
// punctuation).
size_t TakeTitle(std::string_view text, size_t i, size_t end, ParsedReference* ref) {
  size_t n;
  char32_t c = DecodeAt(text, i, &n);
  Span title;
  size_t after;
  if (c == 0x201C || c == '"' || c == 0x2018 || c == 0xAB) {
    char32_t close = c == 0x201C ? 0x201D : c == 0x2018 ? 0x2019 : c == 0xAB ? 0xBB : '"';
    size_t j = i + n, m;
    while (j < end && DecodeAt(text, j, &m) != close) j += m;
    title = Span{i + n, j};
    after = j < end ? j + m : end;
  } else if (c == '[') {
    size_t j = text.find(']', i);
    if (j == std::string_view::npos || j >= end) j = end;
    title = Span{i + 1, j};
    after = j < end ? j + 1 : end;
  } else {
    size_t stop = SentenceEnd(text, i, end);
    title = Span{i, stop};
    after = stop < end ? stop + 1 : end;
    // A '?' or '!' that ends the title belongs to it.
    if (stop < end && (text[stop] == '?' || text[stop] == '!')) title.end = stop + 1;
    // "[Motion picture]", "[DVD]" after the title is not part of it.
    std::string_view v = Slice(text, title);
    size_t bracket = v.rfind(" [");
    if (bracket != std::string_view::npos && v.back() == ']' && bracket > 0) {
      title.end = title.begin + bracket;
      v = Slice(text, title);
    }
    // "(2nd ed.)" after the title is not part of it.
    size_t paren = v.rfind(" (");
    if (paren != std::string_view::npos && v.back() == ')' &&
        (v.find("ed.", paren) != std::string_view::npos ||
         v.find("Vol", paren) != std::string_view::npos)) {
      title.end = title.begin + paren;
    }
  }
  title = TrimPunctuation(text, title);
  ref->title.span = title;
  ref->title.value = std::string(Slice(text, title));
  return after;
}

// Words of a title rather than of names: two lower-case words or more that
// are not particles, "and", "et al." or "ed.".
bool LooksLikeTitle(std::string_view text, Span span) {
  int lower = 0;
  size_t i = span.begin, n;
  while (i < span.end) {
    while (i < span.end && IsSpace(DecodeAt(text, i, &n))) i += n;
    size_t b = i;
    while (i < span.end && !IsSpace(DecodeAt(text, i, &n))) i += n;
    std::string_view w = text.substr(b, i - b);
    while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';'))
      w.remove_suffix(1);
    if (w.empty() || !IsLowerAt(w, 0)) continue;
    if (w == "and" || w == "et" || w == "al" || w == "ed" || w == "eds" || w == "van" ||
        w == "von" || w == "de" || w == "der" || w == "den" || w == "da" || w == "di" ||
        w == "du" || w == "la" || w == "le" || w == "y") {
      continue;
    }
    ++lower;
  }
  return lower >= 2;
}

bool IsPersonalCommunication(std::string_view s) {
  std::string lower;
  for (char c : s) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return lower.rfind("personal communication", 0) == 0 || lower.rfind("pers. comm", 0) == 0;
}

}  // namespace

Span SkipEntryMarker(std::string_view text, Span span) {
  size_t i = span.begin, n;
  while (i < span.end) {
    char32_t c = DecodeAt(text, i, &n);
    if (IsSpace(c)) {
      i += n;
      continue;
    }
    // A bullet or dash followed by a space.
    size_t m;
    if (IsBullet(c) && i + n < span.end && IsSpace(DecodeAt(text, i + n, &m))) {
      i += n + m;
      continue;
    }
    break;
  }
  // "[12] ", "12. ", "(12) ", "12) ".
  size_t j = i;
  bool bracket = j < span.end && (text[j] == '[' || text[j] == '(');
  if (bracket) ++j;
  size_t digits = j;
  while (j < span.end && text[j] >= '0' && text[j] <= '9') ++j;
  if (j > digits && j - digits <= 4 && j + 1 < span.end) {
    bool closes = bracket ? (text[j] == ']' || text[j] == ')') : (text[j] == '.' || text[j] == ')');
    if (closes && text[j + 1] == ' ') i = j + 2;
  }
  span.begin = i;
  return TrimSpace(text, span);
}

ParsedReference ParseReference(std::string_view text, Span entry) {
  ParsedReference ref;
  ref.entry = SkipEntryMarker(text, entry);
  const size_t begin = ref.entry.begin, end = ref.entry.end;
  if (begin >= end) return ref;

  DateMatch date = FindEntryDate(text, ref.entry);
  size_t authors_end = date.found ? date.span.begin : begin;
  bool late_date = false;
  if (date.found) {
    size_t sentence = AuthorsEnd(text, Span{begin, date.span.begin});
    if (sentence < date.span.begin &&
        !TrimPunctuation(text, Span{sentence, date.span.begin}).empty()) {
      authors_end = sentence;  // "Nichols, Bill. “Title.” ... 1993."
      late_date = true;
    }
    ref.year.value = date.year;
    ref.year.span = date.span;
    ref.year_suffix = date.suffix;
    ref.date = date.iso;
  } else {
    authors_end = AuthorsEnd(text, ref.entry);
  }

  // A work with no author: its title stands before the date ("The Blackwell
  // dictionary of cognitive psychology. (1991). Oxford: Blackwell.").
  Span people{begin, authors_end};
  if (date.found && !late_date && date.parenthesised && LooksLikeTitle(text, people)) {
    Span title = TrimPunctuation(text, people);
    ref.title.span = title;
    ref.title.value = std::string(Slice(text, title));
    Span rest{SkipSeparators(text, date.span.end, end), end};
    ParseRemainder(text, rest, &ref);
    return ref;
  }
  // The people before the date: authors, or editors when "(Eds.)" follows.
  size_t marker = EditorMarkerAtEnd(text, people);
  if (marker < authors_end) {
    people.end = marker;
    PersonList list = ParsePersonList(text, people);
    ref.editors = list.persons;
    ref.editors_span = TrimPunctuation(text, people);
    ref.kind = Kind::kEditedBook;
  } else {
    PersonList list = ParsePersonList(text, people);
    ref.authors = list.persons;
    ref.authors_et_al = list.et_al;
    ref.authors_span = TrimPunctuation(text, people);
  }

  // The title, then whatever follows it.
  size_t i = SkipSeparators(
      text, late_date ? authors_end : (date.found ? date.span.end : authors_end), end);
  if (i >= end) return ref;
  if (IsPersonalCommunication(text.substr(i, end - i))) {
    ref.kind = Kind::kPersonalCommunication;
    return ref;
  }
  size_t limit = late_date ? date.span.begin : end;
  size_t after_title = TakeTitle(text, i, limit, &ref);
  Span rest{SkipSeparators(text, after_title, limit), limit};
  // A title that ran to the end may hold the journal or publisher after a comma.
  if (TrimPunctuation(text, rest).empty()) SplitTitleTail(text, &ref, &rest);
  ParseRemainder(text, rest, &ref);
  if (late_date) {
    // What follows a late date: pages ("1993): 675-677.") or nothing.
    Span tail = TrimAll(text, Span{date.span.end, end});
    if (!tail.empty() && ref.pages.value.empty()) ParseVolumePages(text, tail, &ref);
  }
  DropTitleAside(text, &ref);
  return ref;
}

bool IsCompleteParse(const ParsedReference& r) {
  if (r.Creators().empty() || r.year.value.empty()) return false;
  if (r.kind == Kind::kPersonalCommunication) return true;
  if (r.title.value.empty()) return false;
  switch (r.kind) {
    case Kind::kArticle:
      return !r.container.value.empty() && (!r.volume.value.empty() || !r.pages.value.empty());
    case Kind::kBook:
    case Kind::kEditedBook:
      return !r.publisher.value.empty();
    case Kind::kChapter:
      return !r.editors.empty() && !r.container.value.empty() && !r.publisher.value.empty();
    case Kind::kReport:
      return !r.collection.value.empty() || !r.publisher.value.empty();
    case Kind::kTalk:
      return !r.event.value.empty();
    case Kind::kWebPage:
      return !r.url.value.empty();
    default:
      return false;
  }
}

// Whether the date is printed the APA way, in parentheses and followed by a
// full stop ("(1991).", "(1981, April 3)."), the form the rules know best.
bool ApaDate(std::string_view text, const ParsedReference& r) {
  if (r.year.span.empty() || text[r.year.span.begin] != '(') return false;
  size_t after = r.year.span.end;
  while (after < r.entry.end && text[after] == ' ') ++after;
  return after < r.entry.end && text[after] == '.';
}

ParsedReference ParseReference(std::string_view text, Span entry, const SequenceModel* model) {
  ParsedReference r = ParseReference(text, entry);
  if (model != nullptr && !model->empty() && !(IsCompleteParse(r) && ApaDate(text, r))) {
    r = LabelReference(text, entry, *model);
  }
  // "(B. Fink, Trans.)", "(S.E. 12, pp. 97-108)": about the edition, not the title.
  DropTitleAside(text, &r);
  return r;
}

}  // namespace citations
