#include "sequence_features.h"

#include <algorithm>

#include "dates.h"
#include "person_names.h"

namespace citations {
namespace {

uint32_t Hash(const std::string& s) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h % kFeatureBuckets;
}

// X for upper case, x lower, d digit, other characters as they are; runs folded.
std::string Shape(std::string_view w) {
  std::string out;
  for (size_t i = 0, n; i < w.size(); i += n) {
    char32_t c = DecodeAt(w, i, &n);
    char k = IsUpper(c)    ? 'X'
             : IsLetter(c) ? 'x'
             : IsDigit(c)  ? 'd'
             : c < 0x80    ? static_cast<char>(c)
                           : '~';
    if (out.empty() || out.back() != k) out += k;
  }
  return out;
}

bool IsPunct(char c) {
  return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

}  // namespace

FieldLabel FieldLabelOf(std::string_view tag) {
  if (tag == "author") return kAuthorField;
  if (tag == "editor") return kEditorField;
  if (tag == "date") return kDateField;
  if (tag == "title") return kTitleField;
  if (tag == "journal" || tag == "container-title") return kContainerField;
  if (tag == "collection-title") return kCollectionField;
  if (tag == "volume") return kVolumeField;
  if (tag == "pages") return kPagesField;
  if (tag == "publisher") return kPublisherField;
  if (tag == "location") return kLocationField;
  return kOtherField;
}

namespace {

// A full stop inside a word: between digits ("1003.0694") or letters
// ("U.S.", "e.g."), but not from a lower-case letter to a capital, where two
// words were printed without a space ("manifolds.Class", "Phys.Rev.").
bool InnerFullStop(char32_t before, char32_t after) {
  if (IsDigit(before) || IsDigit(after)) return IsDigit(before) && IsDigit(after);
  return !(IsLower(before) && IsUpper(after));
}

// "doi:10.1371/x", "10.1000/x", "https://example.org/a": a link, whatever
// signs it holds.
bool IsLink(std::string_view w) {
  if (w.find("://") != std::string_view::npos) return true;
  size_t slash = w.find('/');
  if (slash == std::string_view::npos) return false;
  size_t doi = w.find("10.");
  return doi != std::string_view::npos && doi < slash;
}

}  // namespace

std::vector<Span> LabelPieces(std::string_view text, Span span) {
  std::vector<Span> out;
  for (size_t i = span.begin, n; i < span.end;) {
    while (i < span.end && IsSpace(DecodeAt(text, i, &n))) i += n;
    size_t b = i;
    while (i < span.end && !IsSpace(DecodeAt(text, i, &n))) i += n;
    if (IsLink(Slice(text, Span{b, i}))) {
      // A DOI or a URL is one piece, without the sign that ends it.
      size_t e = i;
      while (e > b + 1) {
        size_t p = PreviousStart(text, e);
        if (!IsEndPunctuation(DecodeAt(text, p, &n))) break;
        e = p;
      }
      out.push_back(Span{b, e});
      for (; e < i; e += n) {
        DecodeAt(text, e, &n);
        out.push_back(Span{e, e + n});
      }
      continue;
    }
    for (size_t k = b; k < i;) {
      char32_t c = DecodeAt(text, k, &n);
      if (!IsWordChar(c)) {
        out.push_back(Span{k, k + n});  // a sign of its own: "(", ",", "“"
        k += n;
        continue;
      }
      size_t start = k;
      char32_t previous = c;
      k += n;
      while (k < i) {
        char32_t d = DecodeAt(text, k, &n);
        if (IsWordChar(d)) {
          // A series letter before its volume ("B303", "Beams13"): two
          // pieces; an article number after one small letter ("e0259448")
          // stays one.
          if (IsDigit(d) && IsLetter(previous) && !(k == start + 1 && IsLower(previous))) break;
          previous = d;
          k += n;
          continue;
        }
        size_t m = 0;
        char32_t next = k + n < i ? DecodeAt(text, k + n, &m) : U' ';
        bool joins =
            IsWordChar(next) && (d == '.' ? InnerFullStop(previous, next)
                                          : d == '/' || d == '&' || IsDash(d) || IsApostrophe(d));
        if (joins) {
          previous = next;
          k += n + m;
          continue;
        }
        // An abbreviation keeps its full stop ("Phys.", "J.", "pp.").
        if (d == '.' && IsLetter(previous)) k += n;
        break;
      }
      out.push_back(Span{start, k});
    }
  }
  return out;
}

std::vector<LabelToken> TokenizeForLabelling(std::string_view text, Span span) {
  std::vector<LabelToken> out;
  for (Span piece : LabelPieces(text, span)) out.push_back(LabelToken{piece, {}});
  const size_t count = out.size();
  std::vector<std::string> lower(count), shape(count), last(count);
  std::vector<bool> initials(count);
  for (size_t k = 0; k < count; ++k) {
    std::string_view w = Slice(text, out[k].span);
    std::string core = TrimmedValue(w);
    lower[k] = AsciiLower(core);
    shape[k] = Shape(w);
    last[k] = IsPunct(w.back()) ? std::string(1, w.back()) : "none";
    initials[k] = IsInitials(core);
  }
  bool seen_year = false;
  int sentences = 0;
  for (size_t k = 0; k < count; ++k) {
    std::string_view w = Slice(text, out[k].span);
    std::vector<uint32_t>& f = out[k].features;
    auto add = [&](const std::string& x) { f.push_back(Hash(x)); };
    add("bias");
    add("w=" + lower[k]);
    add("shape=" + shape[k]);
    add("last=" + last[k]);
    add("first=" + (IsPunct(w.front()) ? std::string(1, w.front()) : std::string("none")));
    // Whether white space stands before the piece: "12(3)" and "12 (3)" differ.
    size_t begin = out[k].span.begin, length;
    bool spaced =
        begin == span.begin || IsSpace(DecodeAt(text, PreviousStart(text, begin), &length));
    add(std::string("spaced=") + (spaced ? "1" : "0"));
    if (lower[k].size() >= 3) add("suffix=" + lower[k].substr(lower[k].size() - 3));
    if (lower[k].size() >= 2) add("prefix=" + lower[k].substr(0, 2));
    bool year = false;
    for (size_t j = 0; j + 4 <= w.size(); ++j) {
      size_t suffix;
      if (YearAt(w, j, &suffix) > 0) year = true;
    }
    if (year) add("year");
    add("seen_year=" + std::to_string(seen_year));
    add("sentences=" + std::to_string(std::min(sentences, 4)));
    add("pos=" + std::to_string(k * 8 / count));
    if (k == 0) add("start");
    if (k + 1 == count) add("end");
    if (initials[k]) add("initials");
    if (MonthNumber(TrimmedValue(w)) > 0) add("month");
    add("len=" + std::to_string(std::min<size_t>(lower[k].size(), 8)));
    for (int d : {-3, -2, -1, 1, 2, 3}) {
      long j = static_cast<long>(k) + d;
      std::string at = std::to_string(d);
      if (j < 0 || j >= static_cast<long>(count)) {
        add("edge" + at);
        continue;
      }
      add("w" + at + "=" + lower[j]);
      add("shape" + at + "=" + shape[j]);
      add("last" + at + "=" + last[j]);
    }
    if (year) seen_year = true;
    if (last[k] == "." && !initials[k]) ++sentences;
  }
  return out;
}

}  // namespace citations
