#include "publication_tail.h"

#include <algorithm>

#include "field_scan.h"
#include "volume_pages.h"

namespace citations {
namespace {

// Lower-case words a place may hold ("Newcastle upon Tyne", "Frankfurt am Main").
bool IsPlaceWord(std::string_view w) {
  return w == "upon" || w == "on" || w == "am" || w == "de" || w == "sur" || w == "la" ||
         w == "le" || w == "del" || w == "im" || w == "an" || w == "der";
}

}  // namespace

bool LooksLikePlace(std::string_view text, Span place) {
  std::string_view p = Slice(text, place);
  if (p.empty() || p.size() > 60 || !IsUpperAt(text, place.begin)) return false;
  size_t i = 0;
  while (i < p.size()) {
    while (i < p.size() && (p[i] == ' ' || p[i] == ',')) ++i;
    size_t b = i;
    while (i < p.size() && p[i] != ' ' && p[i] != ',') ++i;
    if (i == b) break;
    std::string_view w = p.substr(b, i - b);
    for (char c : w) {
      if (IsAsciiDigit(c)) return false;
    }
    if (w.front() == '(' && w.back() == ')') w = w.substr(1, w.size() - 2);  // "(VT)"
    if (!IsUpperAt(w, 0) && !IsPlaceWord(w)) return false;
  }
  return true;
}

bool LooksLikePublisher(std::string_view s) {
  return HasAny(s,
                {"Press",        "Books",    "Publisher", "Publishing", "Verlag",    "University",
                 "Publications", "Editions", "Routledge", "Wiley",      "Springer",  "Elsevier",
                 "Norton",       "Karnac",   "Guilford",  "Basic",      "Blackwell", "Sage",
                 "Macmillan",    "Addison",  "Kluwer",    "Academic",   "Erlbaum",   "Harper",
                 "Penguin",      "Hogarth",  "Tavistock", "Jossey",     "Prentice",  "McGraw",
                 "Kaufmann",     "Brill",    "Gruyter",   "Cengage"});
}

bool HasTalkWords(std::string_view v) {
  return At(v, 0, "Paper presented") || At(v, 0, "Presented at") || At(v, 0, "Talk given") ||
         At(v, 0, "Lecture") || At(v, 0, "Paper read") || At(v, 0, "Poster") ||
         At(v, 0, "Keynote") || At(v, 0, "Address") ||
         HasAny(v, {"Symposium", "Conference", "Congress", "Meeting", "Colloquium", "Workshop",
                    "Convention", "presented at"});
}

Span TakeLinksAndNotes(std::string_view text, Span span, ParsedReference* ref) {
  std::string_view v = Slice(text, span);
  size_t cut = v.size();
  auto token_end = [&](size_t from) {
    size_t e = from;
    while (e < v.size() && v[e] != ' ' && v[e] != '\n') ++e;
    while (e > from && (v[e - 1] == '.' || v[e - 1] == ',' || v[e - 1] == ')' || v[e - 1] == ']')) {
      --e;
    }
    return e;
  };
  for (std::string_view lead : {"https://doi.org/", "http://dx.doi.org/", "http://doi.org/",
                                "doi:", "DOI:", "doi ", "DOI "}) {
    size_t at = v.find(lead);
    if (at == std::string_view::npos) continue;
    size_t b = at + lead.size();
    while (b < v.size() && v[b] == ' ') ++b;
    size_t e = token_end(b);
    if (e > b) {
      SetField(text, Span{span.begin + b, span.begin + e}, &ref->doi);
      cut = std::min(cut, at);
    }
    break;
  }
  for (std::string_view lead : {"https://", "http://", "www."}) {
    size_t at = v.find(lead);
    if (at == std::string_view::npos) continue;
    if (v.substr(at).rfind("https://doi.org/", 0) == 0 ||
        v.substr(at).rfind("http://dx.doi.org/", 0) == 0) {
      continue;
    }
    size_t e = token_end(at);
    SetField(text, Span{span.begin + at, span.begin + e}, &ref->url);
    cut = std::min(cut, at);
    break;
  }
  // Notes that end entries, and the words that introduce a link.
  for (std::string_view note :
       {"Retrieved from", "retrieved from", "Retrieved", "Available at", "Available from",
        "Available:", "Accessed", "accessed", "URL:", "Online:", "Also in", "See also",
        "Reprinted in", "Reprinted", "(Original work", "Original work published", "Retirado de",
        "(with "}) {
    size_t at = v.find(note);
    if (at != std::string_view::npos && at > 0 && at < cut) cut = at;
  }
  // An opening bracket left before the cut: "39-46 (doi:...)".
  Span out{span.begin, span.begin + cut};
  out = TrimPunctuation(text, out);
  while (!out.empty() && (text[out.end - 1] == '(' || text[out.end - 1] == '[')) {
    --out.end;
    out = TrimPunctuation(text, out);
  }
  return out;
}

size_t TakePlacePublisher(std::string_view text, Span span, ParsedReference* ref) {
  // The last colon outside parentheses with a letter after it.
  size_t colon = std::string_view::npos;
  int depth = 0;
  for (size_t i = span.begin; i < span.end; ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && depth > 0) --depth;
    if (text[i] == ':' && depth <= 1) {
      size_t k = SkipSpaces(text, i + 1, span.end);
      if (k < span.end && IsLetterAt(text, k)) colon = i;
    }
  }
  if (colon == std::string_view::npos) return span.end;
  // The place: back to the start of its sentence, a parenthesis or a comma
  // after a word that is no place ("Vol. 1, Boston: ...").
  size_t place_begin = colon;
  while (place_begin > span.begin) {
    size_t p = place_begin - 1;
    char c = text[p];
    // "(Delhi: Ajanta)" ends here; "White River Junction (VT):" goes on.
    if (c == '(' && text.substr(p, colon - p).find(')') == std::string_view::npos) break;
    if (c == '.' && p + 1 < text.size() && text[p + 1] == ' ' &&
        !EndsInitial(text, span.begin, p) && !IsAbbreviation(WordBefore(text, span.begin, p))) {
      break;
    }
    place_begin = p;
  }
  Span place = TrimPunctuation(text, Span{place_begin, colon});
  // "Vol. 3, Part A, Boston" or "Conference, Boston": keep the last pieces that are a place.
  std::vector<Span> pieces = CommaPieces(text, place);
  size_t first = pieces.size();
  while (first > 0 && LooksLikePlace(text, TrimSpace(text, pieces[first - 1]))) --first;
  // A place is one piece, or a city and a state or country.
  if (first == pieces.size() || pieces.size() - first > 3) return span.end;
  place = TrimPunctuation(text, Span{pieces[first].begin, place.end});
  if (!LooksLikePlace(text, place)) return span.end;
  size_t pub_begin = SkipSpaces(text, colon + 1, span.end);
  size_t pub_end = SentenceEnd(text, pub_begin, span.end);
  Span publisher{pub_begin, pub_end};
  bool bracketed = place.begin > span.begin && text[place.begin - 1] == '(';
  if (bracketed) {
    size_t close = text.find(')', pub_begin);
    if (close != std::string_view::npos && close < publisher.end) publisher.end = close;
  }
  // "Cambridge, MA: MIT Press, 2004": a year after the publisher is no part of it.
  std::vector<Span> pub_pieces = CommaPieces(text, publisher);
  if (pub_pieces.size() > 1) {
    Span last = TrimPunctuation(text, pub_pieces.back());
    if (!last.empty() && IsAsciiDigit(text[last.begin]))
      publisher.end = pub_pieces.back().begin - 1;
  }
  SetField(text, place, &ref->place);
  SetField(text, publisher, &ref->publisher);
  if (ref->publisher.value.empty()) {
    ref->place = Field{};
    return span.end;
  }
  return bracketed ? place.begin - 1 : place.begin;
}

bool TakeBarePublisher(std::string_view text, Span span, ParsedReference* ref) {
  span = TrimPunctuation(text, span);
  // Its sentences: "San Jose, CA. AAAI Press", "University Press. Chapel Hill, NC".
  std::vector<Span> sentences;
  for (size_t i = span.begin; i < span.end;) {
    size_t e = SentenceEnd(text, i, span.end);
    Span s = TrimPunctuation(text, Span{i, e});
    if (!s.empty()) sentences.push_back(s);
    i = e + 1;
  }
  auto short_name = [&](Span s) {
    std::string_view v = Slice(text, s);
    if (v.empty() || v.size() > 60 || !IsUpperAt(text, s.begin)) return false;
    for (char c : v) {
      if (IsAsciiDigit(c)) return false;
    }
    return true;
  };
  if (sentences.size() == 2) {
    Span a = sentences[0], b = sentences[1];
    if (LooksLikePublisher(Slice(text, a)) && LooksLikePlace(text, b)) {
      SetField(text, a, &ref->publisher);
      SetField(text, b, &ref->place);
      return true;
    }
    if (LooksLikePlace(text, a) && short_name(b)) {
      SetField(text, a, &ref->place);
      SetField(text, b, &ref->publisher);
      return true;
    }
    return false;
  }
  if (sentences.size() != 1) return false;
  std::vector<Span> pieces = CommaPieces(text, span);
  if (pieces.size() > 3) return false;
  Span first = TrimPunctuation(text, pieces[0]);
  if (!LooksLikePublisher(Slice(text, first)) || !short_name(first)) return false;
  SetField(text, first, &ref->publisher);
  if (pieces.size() > 1) {
    Span place = TrimPunctuation(text, Span{pieces[1].begin, pieces.back().end});
    if (LooksLikePlace(text, place)) SetField(text, place, &ref->place);
  }
  return true;
}

bool TakeThesisOrReport(std::string_view text, Span span, ParsedReference* ref) {
  span = TrimPunctuation(text, span);
  std::string_view v = Slice(text, span);
  static constexpr std::string_view kTheses[] = {"PhD thesis",
                                                 "PhD Thesis",
                                                 "Ph.D. thesis",
                                                 "Ph.D. Thesis",
                                                 "Ph.D. dissertation",
                                                 "Doctoral dissertation",
                                                 "Unpublished doctoral dissertation",
                                                 "Master's thesis",
                                                 "Masters thesis",
                                                 "Masters Thesis",
                                                 "MA thesis",
                                                 "M.A. thesis",
                                                 "MSc thesis"};
  static constexpr std::string_view kReports[] = {
      "Technical report", "Technical Report", "Tech. rep.",      "Tech. Rep.",
      "Working paper",    "Working Paper",    "Research report", "Research Report"};
  bool thesis = false, report = false;
  for (std::string_view t : kTheses) thesis = thesis || At(v, 0, t);
  for (std::string_view r : kReports) report = report || At(v, 0, r);
  if (!thesis && !report) return false;
  std::vector<Span> pieces = CommaPieces(text, span);
  // The genre (and a report's number) is the first piece; places end the rest.
  size_t last = pieces.size();
  while (last > 1 && LooksLikePlace(text, TrimPunctuation(text, pieces[last - 1])) &&
         !LooksLikePublisher(Slice(text, pieces[last - 1])) && pieces.size() - last < 2) {
    --last;
  }
  if (report) {
    ParsedReference series;
    if (TakeSeries(text, pieces[0], &series)) {
      ref->collection = series.collection;
      ref->number = series.number;
    } else {
      SetField(text, pieces[0], &ref->collection);
    }
  }
  if (pieces.size() > 1 && last > 1) {
    SetField(text, Span{pieces[1].begin, pieces[last - 1].end}, &ref->publisher);
  }
  if (last < pieces.size()) SetField(text, Span{pieces[last].begin, span.end}, &ref->place);
  ref->kind = report ? Kind::kReport : Kind::kOther;
  return true;
}

bool TakeSeries(std::string_view text, Span span, ParsedReference* ref) {
  span = TrimPunctuation(text, span);
  if (span.empty()) return false;
  std::string_view v = Slice(text, span);
  if (v.front() == '(' && v.back() == ')') {
    span = TrimPunctuation(text, Span{span.begin + 1, span.end - 1});
    v = Slice(text, span);
  }
  // The number: after "No.", "no.", "Nr.", "#" or the last space.
  for (std::string_view l : {"No. ", "no. ", "No ", "Nr. ", "Number ", "#"}) {
    size_t at = v.rfind(l);
    if (at == std::string_view::npos) continue;
    Span number = TrimPunctuation(text, Span{span.begin + at + l.size(), span.end});
    if (number.empty() || !IsAsciiDigit(text[number.begin])) continue;
    Field collection;
    SetField(text, Span{span.begin, span.begin + at}, &collection);
    if (collection.value.empty()) return false;
    SetField(text, number, &ref->number);
    ref->collection = collection;
    return true;
  }
  size_t space = v.rfind(' ');
  if (space != std::string_view::npos && space + 1 < v.size() && IsAsciiDigit(v[space + 1]) &&
      HasAny(v, {"Report", "report", "Paper", "paper", "Series", "series", "Bulletin", "Memo",
                 "Monograph", "Progress", "Notes"})) {
    SetField(text, Span{span.begin + space + 1, span.end}, &ref->number);
    SetField(text, Span{span.begin, span.begin + space}, &ref->collection);
    return !ref->collection.value.empty();
  }
  return false;
}

void TakeTalk(std::string_view text, Span span, ParsedReference* ref) {
  ref->kind = Kind::kTalk;
  span = TrimPunctuation(text, span);
  for (std::string_view lead :
       {"Paper presented at ", "Paper presented to ", "Presented at ", "Talk given at ",
        "Lecture given at ", "Paper read at ", "Keynote address at ", "Poster presented at ",
        "Poster session presented at "}) {
    if (At(text, span.begin, lead)) {
      span.begin += lead.size();
      if (At(text, span.begin, "the ")) span.begin += 4;
      break;
    }
  }
  // ", Chicago, IL" at the end.
  std::string_view v = Slice(text, span);
  size_t last = v.rfind(", ");
  if (last != std::string_view::npos && v.size() - last == 4 && IsUpperAt(v, last + 2) &&
      IsUpperAt(v, last + 3)) {
    size_t city = v.rfind(", ", last - 1);
    if (city != std::string_view::npos && last - city < 30) {
      SetField(text, Span{span.begin + city + 2, span.end}, &ref->place);
      span.end = span.begin + city;
    }
  }
  SetField(text, span, &ref->event);
}

}  // namespace citations
