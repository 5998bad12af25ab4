#include "person_names.h"

#include <algorithm>
#include <array>

namespace citations {
namespace {

// Lower-case words that belong to a family name ("van der Berg").
bool IsParticle(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kParticles = {
      "van", "von", "de",  "der", "den", "del", "della", "di",  "da",  "du", "la",
      "le",  "dos", "das", "ten", "ter", "bin", "ibn",   "al-", "el-", "zu", "vom"};
  return std::find(kParticles.begin(), kParticles.end(), w) != kParticles.end();
}

// A particle printed with a capital at the start of a family name ("Van
// Mechelen", "De Frias"), lower-cased for IsParticle.
bool IsParticleAnyCase(std::string_view w) {
  if (w.empty()) return false;
  std::string lower(w);
  if (lower[0] >= 'A' && lower[0] <= 'Z') lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  return IsParticle(lower);
}

bool IsSuffix(std::string_view w) {
  return w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr" || w == "II" || w == "III" ||
         w == "IV" || w == "Jnr" || w == "Snr";
}

// Words that show a chunk is an organisation, not a person.
bool IsOrganisationWord(std::string_view w) {
  static constexpr std::array<std::string_view, 36> kWords = {
      "Organization",  "Organisation", "Association", "Society",    "Institute",     "Institut",
      "Department",    "Council",      "Committee",   "Agency",     "Office",        "University",
      "Centre",        "Center",       "Bureau",      "Ministry",   "Foundation",    "Group",
      "Board",         "Commission",   "Service",     "Consortium", "Network",       "Team",
      "International", "Corporation",  "Inc.",        "Ltd.",       "Collaboration", "Alliance",
      "Federation",    "Academy",      "College",     "Hospital",   "Trust",         "Project"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

struct Token {
  Span span;
  bool initials = false, particle = false, suffix = false, capitalised = false;
};

enum class ChunkKind { kInitials, kNameInitials, kInitialsName, kWords, kFull, kOther };

struct Chunk {
  Span span;
  char separator = 0;  // what came before it: 0 (start), ',', ';', '&'
  std::vector<Token> tokens;
  ChunkKind kind = ChunkKind::kOther;
  size_t words = 0;  // tokens that are neither initials nor suffixes
};

std::vector<Token> Tokens(std::string_view text, Span span) {
  std::vector<Token> out;
  size_t i = span.begin, n;
  while (i < span.end) {
    while (i < span.end && IsSpace(DecodeAt(text, i, &n))) i += n;
    if (i >= span.end) break;
    size_t b = i;
    while (i < span.end) {
      char32_t c = DecodeAt(text, i, &n);
      if (IsSpace(c)) {
        // "Martin- Facklam": a hyphen at a line end, kept with the next word.
        size_t p = PreviousStart(text, i);
        if (p >= b && IsDash(DecodeAt(text, p, &n)) && p > b) {
          i += 1;
          continue;
        }
        break;
      }
      i += n;
    }
    Token t;
    t.span = TrimSpace(text, Span{b, i});
    std::string_view w = Slice(text, t.span);
    t.suffix = IsSuffix(w);
    t.initials = !t.suffix && IsInitials(w);
    t.particle = IsParticle(w);
    t.capitalised = IsUpperAt(text, t.span.begin);
    if (!t.span.empty()) out.push_back(t);
  }
  return out;
}

void Classify(Chunk& c) {
  const std::vector<Token>& t = c.tokens;
  c.words = 0;
  bool other = false, any_initials = false;
  for (const Token& k : t) {
    if (!k.initials && !k.suffix) ++c.words;
    if (!k.initials && !k.suffix && !k.particle && !k.capitalised) other = true;
    any_initials = any_initials || k.initials;
  }
  if (t.empty() || other) {
    c.kind = ChunkKind::kOther;
  } else if (c.words == 0) {
    c.kind = ChunkKind::kInitials;
  } else if (t[0].initials) {
    c.kind = ChunkKind::kInitialsName;  // "D. R. Goyal"
  } else if (!any_initials) {
    c.kind = ChunkKind::kWords;  // "Abernathy", "Lucien Brown"
  } else {
    // Words then initials only ("Kilbride S.", "Kaastra J.S."), or initials
    // between words ("Thomas G. Dietterich").
    size_t k = 0;
    while (k < t.size() && !t[k].initials) ++k;
    bool tail = true;
    for (size_t j = k; j < t.size(); ++j) tail = tail && (t[j].initials || t[j].suffix);
    c.kind = tail ? ChunkKind::kNameInitials : ChunkKind::kFull;
  }
}

// Splits span at ',', ';', '&' and the words "and" / "und" / "et" (not "et al.").
std::vector<Chunk> Chunks(std::string_view text, Span span, bool* et_al) {
  std::vector<Chunk> out;
  char separator = 0;
  size_t start = span.begin, n;
  auto close = [&](size_t end, char next) {
    Span s = TrimPunctuation(text, Span{start, end});
    std::string_view v = Slice(text, s);
    if (v == "et al." || v == "et al" || v == "et. al." || v == "etc." || v == "..." || v == "…") {
      *et_al = true;
    } else if (!s.empty()) {
      // "Okonjo et al.": the phrase at the end of a chunk.
      for (std::string_view tail : {" et al.", " et al"}) {
        if (v.size() > tail.size() && v.substr(v.size() - tail.size()) == tail) {
          *et_al = true;
          s.end -= tail.size();
          s = TrimPunctuation(text, s);
          break;
        }
      }
      Chunk c;
      c.span = s;
      c.separator = separator;
      out.push_back(c);
    }
    separator = next;
  };
  size_t i = span.begin;
  while (i < span.end) {
    char32_t c = DecodeAt(text, i, &n);
    if (c == ',' || c == ';' || c == '&') {
      close(i, static_cast<char>(c));
      i += n;
      start = i;
      continue;
    }
    size_t before;
    bool word_start = i == span.begin || IsSpace(DecodeAt(text, PreviousStart(text, i), &before));
    bool matched = false;
    for (std::string_view word : {"and", "und", "et", "y"}) {
      // The word and the space after it (a line break too: "and\nVohs").
      size_t after = i + word.size();
      if (!word_start || text.substr(i, word.size()) != word || after >= span.end ||
          !IsSpace(DecodeAt(text, after, &before))) {
        continue;
      }
      if (word == "et" &&
          (text.substr(after + 1, 3) == "al." || text.substr(after + 1, 3) == "al ")) {
        continue;
      }
      close(i, '&');
      i = after + before;
      start = i;
      matched = true;
      break;
    }
    if (!matched) i += n;
  }
  close(span.end, 0);
  for (Chunk& c : out) {
    c.tokens = Tokens(text, c.span);
    Classify(c);
  }
  return out;
}

Span Cover(const std::vector<Token>& t, size_t from, size_t to) {
  if (from >= to) return Span{};
  return Span{t[from].span.begin, t[to - 1].span.end};
}

// A name as one line: a line break or a run of spaces inside it ("Van\nMechelen")
// becomes one space.
std::string FoldSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Person MakePerson(std::string_view text, Span family, Span given, Span whole) {
  Person p;
  p.family_span = family;
  p.given_span = given;
  p.family = FoldSpaces(Slice(text, family));
  p.given = FoldSpaces(Slice(text, given));
  p.span = whole;
  return p;
}

// One chunk holding a whole name, in either order.
Person PersonOfChunk(std::string_view text, const Chunk& c) {
  const std::vector<Token>& t = c.tokens;
  size_t k = 0;
  switch (c.kind) {
    case ChunkKind::kNameInitials: {
      while (k < t.size() && !t[k].initials) ++k;
      return MakePerson(text, Cover(t, 0, k), Cover(t, k, t.size()), c.span);
    }
    case ChunkKind::kInitialsName: {
      while (k < t.size() && t[k].initials) ++k;
      // "Thomas G. Dietterich" starts with a word, so it is not this kind;
      // "D. R. Goyal" and "J. Smith Jr." are.
      return MakePerson(text, Cover(t, k, t.size()), Cover(t, 0, k), c.span);
    }
    case ChunkKind::kFull:
    case ChunkKind::kWords: {
      if (t.size() == 1) return MakePerson(text, t[0].span, Span{}, c.span);
      // Given names first; the family name is the last word with the
      // particles before it and any suffix after it.
      size_t end = t.size();
      size_t last = end;
      while (last > 0 && t[last - 1].suffix) --last;
      if (last == 0) last = end;
      size_t family = last - 1;
      while (family > 0 && t[family - 1].particle) --family;
      if (family == 0) return MakePerson(text, Cover(t, 0, end), Span{}, c.span);
      return MakePerson(text, Cover(t, family, end), Cover(t, 0, family), c.span);
    }
    default:
      return MakePerson(text, c.span, Span{}, c.span);
  }
}

bool LooksLikeOrganisation(std::string_view text, const std::vector<Chunk>& chunks) {
  if (chunks.size() != 1) return false;
  const Chunk& c = chunks[0];
  bool keyword = false, initials = false;
  size_t capitalised = 0;  // capitalised words that are not initials
  for (const Token& t : c.tokens) {
    initials = initials || t.initials;
    keyword = keyword || IsOrganisationWord(Slice(text, t.span));
    if (t.capitalised && !t.initials) ++capitalised;
  }
  // "R Core Team": a one-letter word is no initial when two words and a
  // keyword stand with it; "J. A. Board" is a person.
  if (initials) return keyword && capitalised >= 2;
  return keyword || capitalised >= 4 ||
         (c.tokens.size() >= 3 && c.kind == ChunkKind::kOther && capitalised >= 2);
}

// A chunk that can be a family name standing before its given names: one
// word, or particles and one word ("van Stokkum", "De Frias"). "Mark Hall"
// is a full name, so "Mark Hall, Eibe Frank" is two people.
bool SurnameShaped(std::string_view text, const Chunk& c) {
  if (c.kind != ChunkKind::kWords || c.tokens.empty()) return false;
  for (size_t k = 0; k + 1 < c.tokens.size(); ++k) {
    if (!IsParticleAnyCase(Slice(text, c.tokens[k].span))) return false;
  }
  return true;
}

// "Robert C.", "Grace A.": one given name and initials, the given part of
// an inverted first author in Chicago and MLA.
bool GivenNameAndInitials(const Chunk& c) {
  return c.kind == ChunkKind::kNameInitials && c.words == 1 && !c.tokens[0].initials;
}

}  // namespace

bool IsInitials(std::string_view w) {
  if (w.empty()) return false;
  size_t i = 0, n, capitals = 0, dots = 0;
  while (i < w.size()) {
    char32_t c = DecodeAt(w, i, &n);
    if (!IsUpper(c)) return false;
    ++capitals;
    i += n;
    // One lower-case letter may follow, with a dot ("Th.", "Wm.").
    if (i < w.size() && IsLower(DecodeAt(w, i, &n))) {
      size_t after = i + n;
      if (after >= w.size() || w[after] != '.') return false;
      i = after;
    }
    if (i < w.size() && w[i] == '.') {
      ++dots;
      ++i;
    }
    if (i < w.size() && IsDash(DecodeAt(w, i, &n))) i += n;
  }
  if (capitals > 4) return false;
  return dots > 0 || capitals <= 3;
}

PersonList ParsePersonList(std::string_view text, Span span) {
  PersonList out;
  span = TrimPunctuation(text, span);
  if (span.empty()) return out;
  std::vector<Chunk> chunks = Chunks(text, span, &out.et_al);
  if (LooksLikeOrganisation(text, chunks)) {
    Person p = MakePerson(text, chunks[0].span, Span{}, chunks[0].span);
    p.organisation = true;
    out.persons.push_back(p);
    return out;
  }
  bool semicolons =
      std::any_of(chunks.begin(), chunks.end(), [](const Chunk& c) { return c.separator == ';'; });
  for (size_t i = 0; i < chunks.size();) {
    const Chunk& c = chunks[i];
    const Chunk* next = i + 1 < chunks.size() ? &chunks[i + 1] : nullptr;
    bool comma_next = next != nullptr && next->separator == ',';
    if (c.kind == ChunkKind::kInitials) {
      // Stray initials: they belong to the person before when it has none.
      if (!out.persons.empty() && out.persons.back().given.empty()) {
        Person& p = out.persons.back();
        p.given_span = c.span;
        p.given = std::string(Slice(text, c.span));
        p.span.end = c.span.end;
      }
      ++i;
      continue;
    }
    bool surname_like = c.kind == ChunkKind::kWords && c.words <= 3;
    if (surname_like && comma_next && next->kind == ChunkKind::kInitials) {
      // "Abernathy, L. K."
      out.persons.push_back(
          MakePerson(text, c.span, next->span, Span{c.span.begin, next->span.end}));
      i += 2;
      continue;
    }
    bool inverted_here = i == 0 || (semicolons && c.separator == ';');
    // A two-word family name before its given name ("Garcia Marquez,
    // Gabriel") only when the list is that one person.
    bool family_first = SurnameShaped(text, c) ||
                        (surname_like && chunks.size() == 2 && next != nullptr && next->words == 1);
    if (family_first && comma_next && inverted_here && GivenNameAndInitials(*next)) {
      // "Barber, Robert C.", "de Laguna, Grace A.".
      out.persons.push_back(
          MakePerson(text, c.span, next->span, Span{c.span.begin, next->span.end}));
      i += 2;
      continue;
    }
    if (family_first && comma_next && inverted_here &&
        (next->kind == ChunkKind::kWords || next->kind == ChunkKind::kFull) &&
        next->tokens.size() <= 3) {
      // "Wettschereck, Dietrich", "Flajolet, Philippe; Sedgewick, Robert".
      out.persons.push_back(
          MakePerson(text, c.span, next->span, Span{c.span.begin, next->span.end}));
      i += 2;
      continue;
    }
    out.persons.push_back(PersonOfChunk(text, c));
    ++i;
  }
  return out;
}

size_t EditorMarkerAtEnd(std::string_view text, Span span) {
  static constexpr std::array<std::string_view, 22> kMarkers = {
      "(Eds.)",  "(Ed.)",  "(eds.)", "(ed.)",     "(Eds)",     "(Ed)",     "(eds)",   "(ed)",
      "(Hrsg.)", "(Hg.)",  "(dir.)", "(editors)", "(Editors)", "(editor)", "editors", "editor",
      "Editors", "Editor", "eds.",   "Eds.",      "ed.",       "Ed."};
  Span s = TrimSpace(text, span);
  while (s.end > s.begin && (text[s.end - 1] == ',' || text[s.end - 1] == ' ' ||
                             (text[s.end - 1] == '.' && s.end >= 2 && text[s.end - 2] == ')'))) {
    --s.end;
  }
  std::string_view v = Slice(text, s);
  for (std::string_view m : kMarkers) {
    if (v.size() > m.size() && v.substr(v.size() - m.size()) == m) {
      size_t at = s.end - m.size();
      // A marker that is a word must stand alone ("ed." but not "Reed.").
      if (m[0] != '(' && at > s.begin && text[at - 1] != ' ' && text[at - 1] != ',') continue;
      return at;
    }
  }
  return span.end;
}

Span EditorNames(std::string_view text, Span span) {
  span = TrimSpace(text, span);
  for (std::string_view lead : {"In: ", "in: ", "In ", "in ", "ed. ", "eds. ", "Ed. ", "Eds. ",
                                "edited by ", "Edited by "}) {
    if (text.substr(span.begin, lead.size()) == lead && span.size() > lead.size()) {
      span.begin += lead.size();
      break;
    }
  }
  span.end = EditorMarkerAtEnd(text, span);
  return TrimPunctuation(text, span);
}

std::string PersonLines(const std::vector<Person>& persons) {
  std::string out;
  for (const Person& p : persons) {
    if (!out.empty()) out += '\n';
    out += p.family + "|" + (p.organisation ? std::string() : p.given);
  }
  return out;
}

}  // namespace citations
