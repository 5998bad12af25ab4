#include "labelled_reference.h"

#include <algorithm>

#include "dates.h"
#include "field_scan.h"
#include "person_names.h"
#include "publication_tail.h"
#include "reference_parser.h"
#include "volume_pages.h"

namespace citations {
namespace {

// text[span] without end punctuation and without quotation marks around it.
Span Unquote(std::string_view text, Span span) {
  span = TrimPunctuation(text, span);
  size_t n, m;
  if (span.size() >= 2 && IsQuote(DecodeAt(text, span.begin, &n)) &&
      IsQuote(DecodeAt(text, PreviousStart(text, span.end), &m))) {
    span = TrimPunctuation(text, Span{span.begin + n, span.end - m});
  }
  return span;
}

void Set(std::string_view text, Span span, Field* field) { SetField(text, span, field); }

// The number in a volume's second run, which is its issue ("no. 3", "(14-15)",
// "Issue 2" printed apart from the volume, after the date or the pages); an
// empty span when it holds none.
Span IssueNumber(std::string_view text, Span run) {
  size_t i = run.begin;
  while (i < run.end && !IsDigit(static_cast<unsigned char>(text[i]))) ++i;
  size_t e = i;
  size_t n;
  while (e < run.end && (IsDigit(static_cast<unsigned char>(text[e])) ||
                         (IsDash(DecodeAt(text, e, &n)) && e > i))) {
    e += IsDigit(static_cast<unsigned char>(text[e])) ? 1 : n;
  }
  while (e > i && !IsDigit(static_cast<unsigned char>(text[e - 1]))) --e;
  return Span{i, e};
}

// "Ehlers, C.L. Chaos and Complexity", "Hjorth, B. EEG Analysis": in names
// printed surname first ("Surname, I."), a name ends with its initials and
// full stop, and the word that follows, unless more names follow it, is the
// title's start, whatever the labeller said. Read so for the first name, and
// for each name of a list separated by semicolons ("Flood, M.W.; Grimm, B.
// EntropyHub"); a list that turns to given name first after its first name
// ("Mason, R. Hal and John C. McKelvey") goes on. Only when a title follows
// the labelled names.
void EndInvertedNames(std::string_view text, const std::vector<LabelToken>& tokens,
                      std::vector<FieldLabel>* labels) {
  auto piece = [&](size_t k) { return Slice(text, tokens[k].span); };
  size_t a = 0;
  while (a < tokens.size() && (*labels)[a] != kAuthorField) ++a;
  size_t b = a;
  while (b < tokens.size() && (*labels)[b] == kAuthorField) ++b;
  size_t after = b;
  while (after < tokens.size() && (*labels)[after] == kOtherField) ++after;
  if (after < tokens.size() && (*labels)[after] != kTitleField) return;
  // A name starts at j: "Surname, I.", "John C.", "J. Smith".
  auto name_at = [&](size_t j) {
    if (j + 1 >= b || !IsUpperAt(piece(j), 0)) return false;
    if (IsInitials(piece(j))) return IsUpperAt(piece(j + 1), 0);
    return IsInitials(piece(j + 1)) ||
           (j + 2 < b && piece(j + 1) == "," && IsInitials(piece(j + 2)));
  };
  for (size_t k = a; k + 2 < b && piece(k + 1) == ",";) {
    size_t r = k + 2;  // the name's initials are [k + 2, r)
    while (r < b && IsInitials(piece(r))) ++r;
    if (r == k + 2 || r >= b) return;
    std::string_view next = piece(r);
    if (next == ";") {
      k = r + 1;
      continue;
    }
    if (piece(r - 1).back() != '.' || !IsLetterAt(next, 0) || next == "and" || next == "et") {
      return;
    }
    for (size_t j = r; j + 1 < b; ++j) {
      std::string_view w = piece(j);
      bool separator = w == "," || w == ";" || w == "&" || w == "and";
      if (separator && name_at(j + 1)) return;
    }
    for (size_t j = r; j < b; ++j) (*labels)[j] = kTitleField;
    return;
  }
}

}  // namespace

ParsedReference ReferenceFromLabels(std::string_view text, Span entry,
                                    const std::vector<LabelToken>& tokens,
                                    const std::vector<FieldLabel>& given) {
  ParsedReference ref;
  ref.entry = entry;
  std::vector<FieldLabel> labels = given;
  EndInvertedNames(text, tokens, &labels);
  // A sign the labeller left out of a field inside which it stands ("Phys .
  // Rev", a journal's inner full stop) belongs to the field.
  for (size_t k = 1; k + 1 < tokens.size(); ++k) {
    size_t n;
    bool sign = !IsWordChar(DecodeAt(text, tokens[k].span.begin, &n)) &&
                tokens[k].span.begin + n == tokens[k].span.end;
    // Not a comma between numbers: "77, 3" is a volume and its issue.
    std::string_view w = Slice(text, tokens[k].span);
    bool numbers = labels[k - 1] == kVolumeField || labels[k - 1] == kPagesField;
    if (numbers && (w == "," || w == ";")) continue;
    if (sign && labels[k] == kOtherField && labels[k - 1] == labels[k + 1]) {
      labels[k] = labels[k - 1];
    }
  }
  // Every reference has a date: when the labeller found none, a year among
  // the journal's or the numbers' pieces is it ("PLOS ONE 2021, 16",
  // "JOSS 2020, 5").
  if (std::find(labels.begin(), labels.end(), kDateField) == labels.end()) {
    for (size_t k = 0; k < tokens.size(); ++k) {
      std::string_view w = Slice(text, tokens[k].span);
      size_t suffix = 0;
      bool year = !w.empty() && YearAt(w, 0, &suffix) == w.size();
      if (year && labels[k] != kTitleField && labels[k] != kAuthorField) {
        labels[k] = kDateField;
        break;
      }
    }
  }
  // The first run of each label.
  std::vector<Span> field(kFieldLabelCount);
  std::vector<bool> seen(kFieldLabelCount, false);
  Span second_volume;
  for (size_t k = 0; k < tokens.size();) {
    size_t e = k;
    while (e < tokens.size() && labels[e] == labels[k]) ++e;
    FieldLabel l = labels[k];
    Span run{tokens[k].span.begin, tokens[e - 1].span.end};
    if (!seen[l]) {
      seen[l] = true;
      field[l] = run;
    } else if (l == kVolumeField && second_volume.empty()) {
      second_volume = run;
    }
    k = e;
  }
  bool edited = false;
  if (seen[kAuthorField]) {
    Span people = TrimPunctuation(text, field[kAuthorField]);
    size_t marker = EditorMarkerAtEnd(text, people);
    if (marker < people.end) {
      Span names = TrimPunctuation(text, Span{people.begin, marker});
      ref.editors = ParsePersonList(text, names).persons;
      ref.editors_span = names;
      edited = true;
    } else {
      PersonList list = ParsePersonList(text, people);
      ref.authors = list.persons;
      ref.authors_et_al = list.et_al;
      ref.authors_span = people;
    }
  }
  if (seen[kEditorField] && ref.editors.empty()) {
    Span names = EditorNames(text, field[kEditorField]);
    ref.editors = ParsePersonList(text, names).persons;
    ref.editors_span = names;
  }
  if (seen[kDateField]) {
    // The whole run as printed ("June 1978", "(2008, May)"), else the year in it.
    Span printed = TrimAll(text, field[kDateField]);
    DateMatch date;
    if (ParseDateText(Slice(text, printed), &date) && !date.year.empty()) {
      date.found = true;
      date.span = printed;
    } else {
      date = FindEntryDate(text, field[kDateField]);
    }
    if (date.found) {
      ref.year.value = date.year;
      ref.year.span = date.span;
      ref.year_suffix = date.suffix;
      ref.date = date.iso;
    } else {
      ref.year.span = TrimPunctuation(text, field[kDateField]);
    }
  }
  if (seen[kTitleField]) Set(text, Unquote(text, field[kTitleField]), &ref.title);
  if (seen[kContainerField]) {
    Span c = TrimPunctuation(text, field[kContainerField]);
    for (std::string_view lead : {"In: ", "in: ", "In ", "in "}) {
      if (text.substr(c.begin, lead.size()) == lead) {
        c.begin += lead.size();
        break;
      }
    }
    Set(text, Unquote(text, c), &ref.container);
  }
  if (seen[kCollectionField]) Set(text, field[kCollectionField], &ref.collection);
  if (seen[kVolumeField]) {
    ParsedReference numbers;
    if (ParseVolumePages(text, field[kVolumeField], &numbers)) {
      ref.volume = numbers.volume;
      ref.issue = numbers.issue;
    } else {
      Set(text, field[kVolumeField], &ref.volume);
    }
    Span issue = IssueNumber(text, second_volume);
    if (ref.issue.value.empty() && !issue.empty()) Set(text, issue, &ref.issue);
  }
  if (seen[kPagesField]) {
    ParsedReference numbers;
    if (ParseVolumePages(text, field[kPagesField], &numbers) && !numbers.pages.value.empty()) {
      ref.pages = numbers.pages;
      ref.pages_from = numbers.pages_from;
      ref.pages_to = numbers.pages_to;
    } else {
      SetPages(text, field[kPagesField], &ref);
    }
  }
  if (seen[kPublisherField]) Set(text, field[kPublisherField], &ref.publisher);
  if (seen[kLocationField]) Set(text, field[kLocationField], &ref.place);
  // Links anywhere after the title.
  size_t links_from = seen[kTitleField] ? field[kTitleField].end : entry.begin;
  TakeLinksAndNotes(text, Span{links_from, entry.end}, &ref);

  // The kind, from what was found.
  std::string_view title = ref.title.value;
  bool personal = title.rfind("Personal communication", 0) == 0 ||
                  title.rfind("personal communication", 0) == 0;
  if (personal) {
    ref.kind = Kind::kPersonalCommunication;
    ref.title = Field{};
  } else if (edited) {
    ref.kind = Kind::kEditedBook;
  } else if (!ref.editors.empty() && !ref.container.value.empty()) {
    ref.kind = Kind::kChapter;
  } else if (!ref.container.value.empty() && HasTalkWords(ref.container.value) &&
             ref.volume.value.empty()) {
    ref.kind = Kind::kTalk;
    ref.event = ref.container;
    ref.container = Field{};
  } else if (!ref.container.value.empty() &&
             (!ref.volume.value.empty() || !ref.pages.value.empty() ||
              ref.publisher.value.empty())) {
    ref.kind = Kind::kArticle;
  } else if (!ref.collection.value.empty() ||
             HasAny(ref.publisher.value, {"Working Paper", "Report"})) {
    ref.kind = Kind::kReport;
  } else if (!ref.publisher.value.empty() || !ref.place.value.empty()) {
    ref.kind = Kind::kBook;
  } else if (!ref.url.value.empty()) {
    ref.kind = Kind::kWebPage;
  } else if (ref.date.size() == 10) {
    ref.kind = Kind::kTalk;
  }
  ref.title_level =
      ref.kind == Kind::kArticle || ref.kind == Kind::kChapter || ref.kind == Kind::kTalk ? 'a'
                                                                                          : 'm';
  ref.container_level = ref.kind == Kind::kArticle ? 'j' : 'm';
  return ref;
}

ParsedReference LabelReference(std::string_view text, Span entry, const SequenceModel& model) {
  entry = SkipEntryMarker(text, entry);
  std::vector<LabelToken> tokens = TokenizeForLabelling(text, entry);
  return ReferenceFromLabels(text, entry, tokens, model.Label(tokens));
}

}  // namespace citations
