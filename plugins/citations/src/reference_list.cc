#include "reference_list.h"

#include <algorithm>
#include <array>
#include <string>

#include "dates.h"
#include "entry_label.h"
#include "entry_segmenter.h"
#include "person_names.h"
#include "reference_parser.h"

namespace citations {
namespace {

// Whether the words before an entry's date can be its names: no lower-case
// word but particles, "and", "et al." and editor markers.
bool NamesOnly(std::string_view text, Span span) {
  static constexpr std::array<std::string_view, 16> kAllowed = {
      "and", "&",   "et", "al.", "van", "von", "de", "der",
      "den", "del", "da", "di",  "du",  "la",  "le", "y"};
  size_t i = span.begin, n;
  while (i < span.end) {
    while (i < span.end && IsSpace(DecodeAt(text, i, &n))) i += n;
    size_t b = i;
    while (i < span.end && !IsSpace(DecodeAt(text, i, &n))) i += n;
    if (i == b) break;
    std::string_view w = text.substr(b, i - b);
    while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.remove_suffix(1);
    if (w.empty() || !IsLowerAt(w, 0)) continue;
    if (w.front() == '(' || std::find(kAllowed.begin(), kAllowed.end(), w) != kAllowed.end()) {
      continue;
    }
    if (w == "eds." || w == "ed." || w == "(eds.)" || w == "(ed.)") continue;
    return false;
  }
  return true;
}

// No sentence ends and no colon among the names: "Stalemate. Hartford, CT:
// Merrow & Lyle. Castellan, I." is the end of one entry and the start of
// another, not names.
bool NoSentenceInside(std::string_view text, Span names) {
  for (size_t i = names.begin; i < names.end; ++i) {
    if (text[i] == ':') return false;
    if (text[i] != '.' || i + 1 >= names.end || text[i + 1] != ' ') continue;
    if (EndsInitial(text, names.begin, i)) continue;
    std::string_view before = text.substr(names.begin, i - names.begin);
    bool marker = false;
    for (std::string_view m : {"al", "Eds", "Ed", "eds", "ed", "Jr", "Sr"}) {
      marker =
          marker || (before.size() >= m.size() && before.substr(before.size() - m.size()) == m);
    }
    if (!marker) return false;
  }
  return true;
}

bool HasInitialOrComma(std::string_view text, Span span) {
  std::string_view v = Slice(text, span);
  if (v.find(',') != std::string_view::npos) return true;
  size_t i = 0;
  while (i < v.size()) {
    size_t j = v.find(' ', i);
    if (j == std::string_view::npos) j = v.size();
    if (j > i && IsInitials(v.substr(i, j - i))) return true;
    i = j + 1;
  }
  return false;
}

// The entries of blocks [first, end), split by the list's own style; each
// without its number or bullet, numbers kept apart.
void Entries(std::string_view text, const std::vector<TextBlock>& blocks, size_t first, size_t end,
             ReferenceList* list) {
  std::vector<Span> units;
  for (size_t b = first; b < end; ++b) {
    Span span = TrimSpace(text, blocks[b].span);
    if (!span.empty()) units.push_back(span);
  }
  for (const SegmentedEntry& e : SegmentEntries(text, units)) {
    Span entry = e.span;
    // The number as printed ("[12]", "12.", "10.Wang") is not part of the entry.
    EntryLabel label = LabelAt(text, entry.begin, entry.end);
    if (e.number > 0 && label.number == e.number) entry.begin = label.span.end;
    entry = SkipEntryMarker(text, entry);
    if (entry.empty()) continue;
    list->entries.push_back(entry);
    list->numbers.push_back(e.number);
  }
}

bool IsHeadingBlock(const TextBlock& b) {
  if (b.type == BlockType::kHeading) return true;
  // A short paragraph or line that is only the word ("References").
  return b.span.size() <= 40;
}

}  // namespace

bool IsReferenceHeading(std::string_view heading, bool* notes) {
  *notes = false;
  std::string h = AsciiLower(TrimmedValue(heading));
  // "7. References", "VII References", "A. Bibliography".
  size_t i = 0;
  while (i < h.size() && ((h[i] >= '0' && h[i] <= '9') || h[i] == '.' || h[i] == ' ')) ++i;
  h = h.substr(i);
  static constexpr std::array<std::string_view, 16> kNames = {"references",
                                                              "reference list",
                                                              "bibliography",
                                                              "works cited",
                                                              "literature",
                                                              "literature cited",
                                                              "cited literature",
                                                              "references cited",
                                                              "select bibliography",
                                                              "selected bibliography",
                                                              "further reading",
                                                              "works consulted",
                                                              "sources",
                                                              "literatur",
                                                              "bibliographie",
                                                              "références"};
  for (std::string_view name : kNames) {
    if (h == name) {
      *notes = name == "sources";
      return true;
    }
  }
  if (h == "notes" || h == "notes and references" || h == "references and notes" ||
      h == "endnotes") {
    *notes = h == "notes" || h == "endnotes";
    return true;
  }
  return false;
}

bool LooksLikeEntryStart(std::string_view text, Span span, bool strict) {
  span = SkipEntryMarker(text, span);
  if (span.empty() || !IsUpperAt(text, span.begin)) return false;
  Span head{span.begin, std::min(span.end, span.begin + 200)};
  DateMatch date = FindEntryDate(text, head);
  if (!date.found || date.span.begin - span.begin > 150) return false;
  Span names{span.begin, date.span.begin};
  if (!NamesOnly(text, names)) return false;
  if (!strict) return true;
  // A paragraph of running text ("Tessaro (1987a) called ...") is no entry.
  if (!HasInitialOrComma(text, names) || !NoSentenceInside(text, names)) return false;
  size_t after = date.span.end;
  while (after < span.end && (text[after] == ' ' || text[after] == ')')) ++after;
  return after < span.end && (text[after] == '.' || text[after] == ',' || text[after] == ':');
}

std::vector<ReferenceList> FindReferenceLists(std::string_view text,
                                              const std::vector<TextBlock>& blocks) {
  std::vector<ReferenceList> lists;
  for (size_t h = 0; h < blocks.size(); ++h) {
    bool notes = false;
    if (!IsHeadingBlock(blocks[h]) || !IsReferenceHeading(Slice(text, blocks[h].span), &notes)) {
      continue;
    }
    int level = blocks[h].type == BlockType::kHeading ? blocks[h].level : 0;
    size_t end = h + 1;
    while (end < blocks.size()) {
      const TextBlock& b = blocks[end];
      if (b.type == BlockType::kHeading && (level == 0 || b.level == 0 || b.level <= level)) break;
      ++end;
    }
    if (end == h + 1) continue;
    size_t entry_like = 0;
    for (size_t b = h + 1; b < end; ++b) {
      // Numbered notes are no list ("1. The names ... have been changed."):
      // under Notes only entries with their date count.
      entry_like += LooksLikeEntryStart(text, blocks[b].span, /*strict=*/false) ||
                    (!notes && StartsLikeEntry(text, blocks[b].span));
    }
    // Notes hold references only sometimes; other names need one entry at least.
    if (entry_like == 0 || (notes && entry_like * 2 < end - h - 1)) continue;
    ReferenceList list;
    list.heading_block = h;
    list.first_block = h + 1;
    list.end_block = end;
    Entries(text, blocks, h + 1, end, &list);
    lists.push_back(std::move(list));
    h = end - 1;
  }
  if (!lists.empty()) return lists;

  // No heading: a run of at least three entries at the end (a few short
  // non-entry blocks, links or a footer line, may follow it).
  size_t end = blocks.size(), skipped = 0;
  while (end > 0 && skipped < 3 &&
         !LooksLikeEntryStart(text, blocks[end - 1].span, /*strict=*/true)) {
    --end;
    ++skipped;
  }
  size_t first = end, strong = 0;
  while (first > 0) {
    const TextBlock& b = blocks[first - 1];
    if (b.type == BlockType::kHeading) break;
    if (LooksLikeEntryStart(text, b.span, /*strict=*/true)) {
      ++strong;
    } else if (!IsLowerAt(text, SkipEntryMarker(text, b.span).begin)) {
      break;  // neither an entry nor the continuation of one
    }
    --first;
  }
  // A continuation block cannot open the list.
  while (first < end && !LooksLikeEntryStart(text, blocks[first].span, /*strict=*/true)) ++first;
  if (strong < 3) return lists;
  ReferenceList list;
  list.first_block = first;
  list.end_block = end;
  Entries(text, blocks, first, end, &list);
  lists.push_back(std::move(list));
  return lists;
}

}  // namespace citations
