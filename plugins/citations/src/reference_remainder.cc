#include "reference_remainder.h"

#include <array>

#include "person_names.h"
#include "publication_tail.h"

namespace citations {
namespace {

// An editors marker ("(Eds.)", ", editors") in text[span]: its start, or
// npos; *size receives its length.
size_t FindEditorMarker(std::string_view text, Span span, size_t* size) {
  static constexpr std::array<std::string_view, 24> kMarkers = {
      "(Eds.)",  "(Ed.)", "(eds.)",    "(ed.)",     "(Eds)",     "(Ed)",     "(eds)",  "(ed)",
      "(Hrsg.)", "(Hg.)", "(dir.)",    "(editors)", "(Editors)", "(editor)", ", eds.", ", ed.",
      ", Eds.",  ", Ed.", ", editors", ", editor",  ", eds",     " eds.",    " Eds.",  " (Ed.),"};
  size_t best = std::string_view::npos;
  std::string_view window = text.substr(0, span.end);
  for (std::string_view m : kMarkers) {
    size_t at = window.find(m, span.begin);
    if (at != std::string_view::npos && at < best && at - span.begin < 250) {
      best = at;
      *size = m.size();
    }
  }
  return best;
}

void CopyNumbers(const ParsedReference& from, ParsedReference* to) {
  if (!from.volume.value.empty()) to->volume = from.volume;
  if (!from.issue.value.empty()) to->issue = from.issue;
  if (!from.pages.value.empty()) {
    to->pages = from.pages;
    to->pages_from = from.pages_from;
    to->pages_to = from.pages_to;
  }
}

// What follows the numbers or the book: place and publisher, or a bare
// publisher.
void TakePublisherAtEnd(std::string_view text, Span rest, ParsedReference* ref) {
  rest = TrimPunctuation(text, rest);
  if (rest.empty()) return;
  if (TakePlacePublisher(text, rest, ref) < rest.end) return;
  TakeBarePublisher(text, rest, ref);
}

// After "In ": editors, the book, its pages, then place and publisher.
void TakeChapter(std::string_view text, Span span, ParsedReference* ref) {
  ref->kind = Kind::kChapter;
  ref->title_level = 'a';
  size_t marker_size = 0;
  size_t marker = FindEditorMarker(text, span, &marker_size);
  size_t book = span.begin;
  if (marker != std::string_view::npos) {
    Span editors = TrimPunctuation(text, Span{span.begin, marker});
    ref->editors = ParsePersonList(text, editors).persons;
    ref->editors_span = editors;
    book = SkipSpaces(text, marker + marker_size, span.end);
    while (book < span.end &&
           (text[book] == ',' || text[book] == ':' || text[book] == ' ' || text[book] == '.')) {
      ++book;
    }
  }
  // The book's title ends at its pages, a volume, or its sentence.
  size_t stop = SentenceEnd(text, book, span.end);
  for (std::string_view end_mark :
       {" (pp.", " (p.", " (Vol.", " (vol.", ", pp.", ", p. ", " pp.", ", Vol. ", ", vol. ",
        ", Volume ", ", ed. ", ", edited by ", ", pages "}) {
    size_t at = text.substr(0, stop).find(end_mark, book);
    if (at != std::string_view::npos) stop = at;
  }
  // Pages without "pp.": "Handbook (25-50)", "Language Studies, 13-42".
  for (size_t k = book + 1; k + 2 < stop; ++k) {
    bool lead = (text[k] == '(' && text[k - 1] == ' ') || (text[k] == ' ' && text[k - 1] == ',');
    if (!lead || !IsAsciiDigit(text[k + 1])) continue;
    ParsedReference t;
    size_t close = text[k] == '(' ? text.find(')', k) : stop;
    if (close == std::string_view::npos || close > stop) continue;
    if (ParseVolumePages(text, Span{k + 1, close}, &t) && !t.pages.value.empty()) {
      stop = text[k] == '(' ? k : k - 1;
      break;
    }
  }
  SetField(text, Span{book, stop}, &ref->container);
  ref->container_level = 'm';
  size_t i = stop;
  // ", ed. Michael Renov," after the book.
  for (std::string_view lead : {", ed. ", ", edited by "}) {
    if (At(text, i, lead) && ref->editors.empty()) {
      size_t b = i + lead.size();
      size_t e = text.find(',', b);
      if (e == std::string_view::npos || e > span.end) e = SentenceEnd(text, b, span.end);
      ref->editors = ParsePersonList(text, Span{b, e}).persons;
      ref->editors_span = TrimPunctuation(text, Span{b, e});
      i = e;
    }
  }
  // "(pp. 20-55)", "(Vol. 3, pp. 1761-1800)", ", pp. 411-420", "1-11".
  while (i < span.end && (text[i] == ',' || text[i] == ' ')) ++i;
  bool paren = i < span.end && text[i] == '(';
  size_t close = paren ? text.find(')', i) : SentenceEnd(text, i, span.end);
  if (close == std::string_view::npos || close > span.end) close = span.end;
  ParsedReference trial;
  if (paren && ParseVolumePages(text, Span{i + 1, close}, &trial)) {
    CopyNumbers(trial, ref);
    i = close + 1;
  } else if (!paren) {
    // The numbers run to the sentence end or to a comma before the publisher.
    for (size_t stop_at : {close, text.find(". ", i)}) {
      if (stop_at == std::string_view::npos || stop_at > span.end) continue;
      ParsedReference t;
      if (ParseVolumePages(text, Span{i, stop_at}, &t)) {
        CopyNumbers(t, ref);
        i = stop_at;
        break;
      }
    }
  }
  TakePublisherAtEnd(text, Span{i, span.end}, ref);
  // "In Proceedings of the X, Edinburgh.": a place after the book when nothing else says where.
  if (ref->place.value.empty()) {
    std::vector<Span> pieces = CommaPieces(text, ref->container.span);
    size_t first = pieces.size();
    while (first > 1 && pieces.size() - first < 2 &&
           LooksLikePlace(text, TrimPunctuation(text, pieces[first - 1]))) {
      --first;
    }
    if (first < pieces.size()) {
      SetField(text, Span{pieces[first].begin, ref->container.span.end}, &ref->place);
      SetField(text, Span{ref->container.span.begin, pieces[first].begin - 1}, &ref->container);
    }
  }
}

// Whether text[rest] reads as a whole as a journal, a publisher or a book.
bool ReadsAsTail(std::string_view text, Span rest) {
  ParsedReference trial;
  std::string_view v = Slice(text, rest);
  if (At(v, 0, "in ") || At(v, 0, "In ") || At(v, 0, "In: ")) return true;
  if (TakeJournal(text, rest, &trial, /*strict=*/true)) return true;
  if (TakePlacePublisher(text, rest, &trial) == rest.begin) return true;
  return TakeBarePublisher(text, rest, &trial);
}

// Makes text[from, to) part of the title (a subtitle after a full stop).
void ExtendTitle(std::string_view text, size_t to, ParsedReference* ref) {
  Span title = TrimPunctuation(text, Span{ref->title.span.begin, to});
  ref->title.span = title;
  ref->title.value = std::string(Slice(text, title));
}

// Lower-case words of four letters or more: a sentence, not a journal's
// abbreviated name.
bool HasProse(std::string_view s) {
  size_t run = 0;
  for (char c : s) {
    run = (c >= 'a' && c <= 'z') ? run + 1 : 0;
    if (run >= 4) return true;
  }
  return false;
}

// A subtitle after a full stop: one sentence of prose, no digits, no
// editors, no genre ("PhD thesis", "Technical report").
bool IsSubtitle(std::string_view text, Span span) {
  std::string_view v = Slice(text, span);
  if (!HasProse(v) || SentenceEnd(text, span.begin, span.end) < span.end) return false;
  for (char c : v) {
    if (IsAsciiDigit(c)) return false;
  }
  return !HasAny(v, {"(Eds", "(Ed", "(eds", "(ed", "thesis", "Thesis", "dissertation",
                     "Dissertation", "report", "Report", "Traduction", "Translated", "translated"});
}

}  // namespace

bool SplitTitleTail(std::string_view text, ParsedReference* ref, Span* rest) {
  Span title = ref->title.span;
  for (size_t i = title.begin; i + 2 < title.end; ++i) {
    if (text[i] != ',' || text[i + 1] != ' ') continue;
    Span candidate = TrimPunctuation(text, Span{i + 2, title.end});
    if (candidate.empty() || !ReadsAsTail(text, candidate)) continue;
    ExtendTitle(text, i, ref);
    *rest = candidate;
    return true;
  }
  return false;
}

void ParseRemainder(std::string_view text, Span rest, ParsedReference* ref) {
  const bool edited = ref->kind == Kind::kEditedBook;
  Span r = TakeLinksAndNotes(text, TrimPunctuation(text, rest), ref);
  std::string_view v = Slice(text, r);
  bool has_day = ref->date.size() == 10;
  ref->title_level = 'm';
  if (v.empty()) {
    if (!ref->url.value.empty()) {
      ref->kind = Kind::kWebPage;
    } else if (!edited) {
      ref->kind = has_day ? Kind::kTalk : Kind::kOther;
    }
    return;
  }
  // A subtitle, then "In ..." ("Philosophy of science. How science moves. In M. ...").
  size_t in = v.find(". In ");
  if (in != std::string_view::npos && !At(v, 0, "In ") && HasProse(v.substr(0, in))) {
    ExtendTitle(text, r.begin + in, ref);
    r.begin += in + 2;
    v = Slice(text, r);
  }
  if (At(v, 0, "In ") || At(v, 0, "In: ") || At(v, 0, "in: ") || At(v, 0, "in ")) {
    TakeChapter(text, Span{r.begin + (At(v, 2, ":") ? 4 : 3), r.end}, ref);
    return;
  }
  if (TakeJournal(text, r, ref, /*strict=*/true)) {
    // "Subtitle. Journal, 12, 1-10": the sentence before the journal is the title's.
    size_t cut = SentenceEnd(text, ref->container.span.begin, ref->container.span.end);
    if (cut < ref->container.span.end &&
        HasProse(text.substr(ref->container.span.begin, cut - ref->container.span.begin))) {
      ExtendTitle(text, cut, ref);
      SetField(text, Span{cut + 1, ref->container.span.end}, &ref->container);
    }
    ref->kind = Kind::kArticle;
    ref->title_level = 'a';
    ref->container_level = 'j';
    return;
  }
  if (TakeThesisOrReport(text, r, ref)) return;
  size_t place_at = TakePlacePublisher(text, r, ref);
  if (place_at < r.end) {
    Span before = TrimPunctuation(text, Span{r.begin, place_at});
    ref->kind = edited ? Kind::kEditedBook : Kind::kBook;
    if (before.empty()) {
      // nothing between the title and the place
    } else if (TakeSeries(text, before, ref)) {
      ref->kind = Kind::kReport;
    } else if (TakeJournal(text, before, ref, /*strict=*/true)) {
      // A book in a numbered series, or proceedings: "Advances in X (Vol. 1), (pp. 1-9)."
      ref->container_level = ref->pages.value.empty() ? 's' : 'm';
      if (!ref->pages.value.empty()) ref->kind = Kind::kChapter;
    } else if (HasAny(Slice(text, before),
                      {"report", "Report", "Working paper", "Working Paper"})) {
      SetField(text, before, &ref->collection);
      ref->kind = Kind::kReport;
    } else if (HasTalkWords(Slice(text, before))) {
      ref->kind = Kind::kTalk;
      SetField(text, before, &ref->event);
    } else if (At(Slice(text, before), 0, "Proceedings") || At(Slice(text, before), 0, "Proc.")) {
      SetField(text, before, &ref->container);  // a paper in proceedings
      ref->kind = Kind::kChapter;
      ref->title_level = 'a';
    } else if (IsSubtitle(text, before)) {
      ExtendTitle(text, before.end, ref);  // a subtitle after a full stop
    } else {
      SetField(text, before, &ref->collection);
    }
    if (HasAny(ref->publisher.value, {"Working Papers", "Working Paper", "Report"})) {
      ref->kind = Kind::kReport;
    }
    return;
  }
  if (HasTalkWords(v)) {
    ref->title_level = 'a';
    TakeTalk(text, r, ref);
    return;
  }
  if (TakeJournal(text, r, ref, /*strict=*/false)) {
    ref->kind = Kind::kArticle;
    ref->title_level = 'a';
    ref->container_level = 'j';
    return;
  }
  if (TakeSeries(text, r, ref)) {
    ref->kind = Kind::kReport;
    return;
  }
  if (TakeBarePublisher(text, r, ref)) {
    ref->kind = edited ? Kind::kEditedBook : Kind::kBook;
    return;
  }
  if (!ref->url.value.empty()) {
    ref->kind = Kind::kWebPage;
    return;
  }
  // A newspaper or magazine ("The Times"), or a source we cannot tell.
  SetField(text, r, &ref->container);
  ref->kind = has_day ? Kind::kArticle : Kind::kOther;
  ref->title_level = 'a';
}

}  // namespace citations
