#include "anystyle_scoring.h"

#include <cstdio>
#include <sstream>

#include "reference_parser.h"
#include "text_scan.h"

namespace citations::testing {
namespace {

bool StartsWith(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }
bool EndsWith(const std::string& s, const std::string& p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

std::string Trim(const std::string& s) { return TrimmedValue(s); }

std::string StripLeading(std::string v, std::initializer_list<const char*> labels) {
  for (const char* l : labels) {
    if (StartsWith(v, l)) return Trim(v.substr(std::string(l).size()));
  }
  return v;
}

std::string StripTrailing(std::string v, std::initializer_list<const char*> labels) {
  bool again = true;
  while (again) {
    again = false;
    for (const char* l : labels) {
      if (EndsWith(v, l) && v.size() > std::string(l).size()) {
        v = Trim(v.substr(0, v.size() - std::string(l).size()));
        again = true;
      }
    }
  }
  return v;
}

std::string RemoveSpaces(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c != ' ') out += c;
  }
  return out;
}

// What our parse gives for an AnyStyle field.
std::string OurValue(const std::string& field, const std::string& s, const ParsedReference& r) {
  if (field == "author") return r.authors.empty() ? "" : std::string(Slice(s, r.authors_span));
  if (field == "editor") return r.editors.empty() ? "" : std::string(Slice(s, r.editors_span));
  if (field == "date") return std::string(Slice(s, r.year.span));
  if (field == "title") return r.title.value;
  // A talk's meeting stands where AnyStyle puts a container.
  if (field == "journal" || field == "container-title") {
    return r.container.value.empty() ? r.event.value : r.container.value;
  }
  if (field == "collection-title") return r.collection.value;
  if (field == "volume") {
    return r.issue.value.empty() ? r.volume.value : r.volume.value + "(" + r.issue.value + ")";
  }
  if (field == "pages") return r.pages.value;
  if (field == "publisher") return r.publisher.value;
  if (field == "location") return r.place.value;
  return "";
}

bool Scored(const std::string& field) {
  return field == "author" || field == "editor" || field == "date" || field == "title" ||
         field == "journal" || field == "container-title" || field == "collection-title" ||
         field == "volume" || field == "pages" || field == "publisher" || field == "location";
}

// The fields scored when we give a value the gold lacks.
constexpr const char* kOurFields[] = {"author",          "editor",           "date",   "title",
                                      "container-title", "collection-title", "volume", "pages",
                                      "publisher",       "location"};

void Add(DatasetScore* score, const std::string& field, bool correct, bool predicted,
         const Mismatch& m) {
  FieldScore& f = score->fields[field];
  ++f.gold;
  ++score->overall.gold;
  if (predicted) {
    ++f.predicted;
    ++score->overall.predicted;
  }
  if (correct) {
    ++f.correct;
    ++score->overall.correct;
  } else {
    score->mismatches.push_back(m);
  }
}

void AddSpurious(DatasetScore* score, const std::string& field, const Mismatch& m) {
  ++score->fields[field].predicted;
  ++score->overall.predicted;
  score->mismatches.push_back(m);
}

}  // namespace

std::string NormaliseField(const std::string& field, const std::string& value) {
  std::string v = Trim(NormalizeDashes(value));
  if (field == "editor") {
    v = StripLeading(v, {"In:", "in:", "In ", "in "});
    v = StripTrailing(v,
                      {"(Eds.)",     "(Ed.)",   "(eds.)",    "(ed.)",     "(Eds)",    "(Ed)",
                       "(eds)",      "(ed)",    "(editors)", "(Editors)", "(editor)", "(gen. ed.)",
                       "(\u00e9d.)", "(Eds",    "(Ed",       "(eds",      "(ed",      "(editors",
                       "(Editors",   "(editor", "(Editor",   "editors",   "editor",   "Editors",
                       "Editor",     "Eds.",    "Ed.",       "eds.",      "ed.",      "Eds",
                       "Ed",         "eds",     "ed",        "(Hrsg.)",   "(Hrsg",    "Hrsg."});
    v = StripLeading(v,
                     {"ed. ", "eds. ", "Ed. ", "Eds. ", "edited by ", "Edited by ", "ed ", "eds "});
  } else if (field == "journal" || field == "container-title") {
    v = StripLeading(v, {"In:", "in:", "In ", "in "});
    // A talk's meeting: the words that introduce it are a label.
    v = StripLeading(
        v, {"Paper presented at the ", "Paper presented at ", "Poster session presented at the ",
            "Poster session presented at ", "Poster presented at the ", "Poster presented at ",
            "Presented at the ", "Presented at "});
  } else if (field == "pages") {
    v = RemoveSpaces(StripLeading(v, {"pp.", "pp", "p.", "pages", "S."}));
  } else if (field == "volume") {
    v = StripLeading(v, {"Vol.", "vol.", "Volume", "volume", "Vol", "vol"});
    for (const char* no : {", No. ", ", no. ", " No. ", " no. ", ", No ", ", n. "}) {
      size_t at = v.find(no);
      if (at != std::string::npos) {
        v = v.substr(0, at) + "(" + Trim(v.substr(at + std::string(no).size())) + ")";
        break;
      }
    }
    v = RemoveSpaces(v);
  }
  return Trim(v);
}

DatasetScores ScoreAnyStyleDataset(const std::string& path, const ReferenceParserFn& parse,
                                   const std::function<bool(size_t)>& include) {
  std::string error;
  std::vector<AnyStyleSequence> sequences = ReadAnyStyleDataset(path, &error);
  if (!error.empty()) {
    DatasetScores scores;
    scores.error = error;
    return scores;
  }
  return ScoreSequences(sequences, parse, include);
}

DatasetScores ScoreSequences(const std::vector<AnyStyleSequence>& sequences,
                             const ReferenceParserFn& parse,
                             const std::function<bool(size_t)>& include) {
  DatasetScores scores;
  for (size_t index = 0; index < sequences.size(); ++index) {
    if (include && !include(index)) continue;
    const AnyStyleSequence& seq = sequences[index];
    const std::string& s = seq.text;
    const auto& fields = seq.fields;
    // The author-year subset: author then date, after any citation number.
    size_t first = 0;
    if (!fields.empty() && fields[0].first == "citation-number") first = 1;
    bool author_year = fields.size() >= first + 2 && fields[first].first == "author" &&
                       fields[first + 1].first == "date";
    ParsedReference r = parse ? parse(s) : ParseReference(s);
    ++scores.all.sequences;
    if (author_year) ++scores.author_year.sequences;
    std::map<std::string, bool> seen;
    bool whole = true;
    for (const auto& [field, value] : fields) {
      if (!Scored(field)) continue;
      // journal and container-title are one field for us; each kind counts once.
      std::string kind = field == "journal" ? "container-title" : field;
      if (seen[kind]) continue;
      seen[kind] = true;
      std::string gold = NormaliseField(field, value);
      std::string ours = NormaliseField(field, OurValue(field, s, r));
      Mismatch m{s, field, gold, ours};
      bool correct = gold == ours;
      whole = whole && correct;
      Add(&scores.all, field, correct, !ours.empty(), m);
      if (author_year) Add(&scores.author_year, field, correct, !ours.empty(), m);
    }
    // Fields we read that the gold does not have: wrong for precision.
    for (const char* field : kOurFields) {
      std::string kind = std::string(field) == "journal" ? "container-title" : field;
      if (seen[kind]) continue;
      std::string ours = NormaliseField(field, OurValue(field, s, r));
      if (ours.empty()) continue;
      whole = false;
      Mismatch m{s, field, "", ours};
      AddSpurious(&scores.all, kind, m);
      if (author_year) AddSpurious(&scores.author_year, kind, m);
    }
    if (whole) {
      ++scores.all.whole_right;
      if (author_year) ++scores.author_year.whole_right;
    }
  }
  return scores;
}

std::string FormatScores(const std::string& title, const DatasetScore& score) {
  std::ostringstream out;
  char line[200];
  std::snprintf(
      line, sizeof line,
      "%s: %zu references, field accuracy %.3f (%zu/%zu), micro-F1 %.3f, whole entry "
      "right %.3f (%zu)\n",
      title.c_str(), score.sequences, score.overall.accuracy(), score.overall.correct,
      score.overall.gold, score.overall.f1(),
      score.sequences == 0 ? 1.0 : static_cast<double>(score.whole_right) / score.sequences,
      score.whole_right);
  out << line;
  std::snprintf(line, sizeof line, "  %-18s %6s %6s %6s  %6s %6s %6s\n", "field", "gold", "right",
                "ours", "recall", "prec", "F1");
  out << line;
  for (const auto& [field, f] : score.fields) {
    std::snprintf(line, sizeof line, "  %-18s %6zu %6zu %6zu  %.3f  %.3f  %.3f\n", field.c_str(),
                  f.gold, f.correct, f.predicted, f.accuracy(), f.precision(), f.f1());
    out << line;
  }
  return out.str();
}

}  // namespace citations::testing
