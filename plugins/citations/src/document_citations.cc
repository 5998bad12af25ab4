#include "document_citations.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "numeric_citations.h"
#include "parse_confidence.h"
#include "reference_parser.h"

namespace citations {
namespace {

// Whether the number before an entry is printed in brackets ("[12] ").
bool IsBracketed(std::string_view text, Span entry) {
  size_t i = entry.begin;
  while (i > 0 && text[i - 1] == ' ') --i;
  return i > 0 && text[i - 1] == ']';
}

// One list of every block after the first heading, one entry a block
// (CitationOptions::entry_per_block).
std::vector<ReferenceList> ListOfBlocks(std::string_view text,
                                        const std::vector<TextBlock>& blocks) {
  ReferenceList list;
  size_t b = 0;
  if (!blocks.empty() && blocks[0].type == BlockType::kHeading) list.heading_block = b++;
  list.first_block = b;
  list.end_block = blocks.size();
  for (; b < blocks.size(); ++b) {
    Span entry = TrimSpace(text, blocks[b].span);
    if (entry.empty()) continue;
    list.entries.push_back(entry);
    list.numbers.push_back(0);
  }
  return {list};
}

}  // namespace

DocumentCitations ProcessDocument(std::string_view text, const std::vector<TextBlock>& blocks,
                                  const CitationOptions& options) {
  DocumentCitations out;
  out.lists =
      options.entry_per_block ? ListOfBlocks(text, blocks) : FindReferenceLists(text, blocks);
  std::vector<bool> in_list(blocks.size(), false);
  std::vector<std::string> surnames, places;
  NumberedList numbered;
  bool any_bracketed = false;
  for (const ReferenceList& list : out.lists) {
    if (list.heading_block != ReferenceList::kNoHeading) in_list[list.heading_block] = true;
    for (size_t b = list.first_block; b < list.end_block; ++b) in_list[b] = true;
    for (size_t e = 0; e < list.entries.size(); ++e) {
      Span entry = list.entries[e];
      int number = list.numbers[e];
      if (number > 0 && !numbered.entries.count(number)) {
        numbered.entries[number] = out.references.size();
      }
      if (number > 0) any_bracketed = any_bracketed || IsBracketed(text, entry);
      out.numbers.push_back(number);
      ParsedReference parsed = ParseReference(text, entry, options.model);
      if (std::string why = WhyNotConfident(parsed); !why.empty()) {
        // GLOSSATOR_DEBUG_CONFIDENCE=1 says which entries were left unparsed, and why.
        if (std::getenv("GLOSSATOR_DEBUG_CONFIDENCE") != nullptr) {
          std::fprintf(stderr, "citations: unparsed (%s): %.*s\n", why.c_str(),
                       static_cast<int>(entry.size()), text.data() + entry.begin);
        }
        parsed = Unparsed(parsed);
        ++out.unparsed;
      }
      out.references.push_back(std::move(parsed));
      for (const Person& p : out.references.back().Creators()) surnames.push_back(p.family);
      if (out.references.back().place.present())
        places.push_back(out.references.back().place.value);
    }
  }
  CitationFinder finder(surnames, options.finder, places);
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (in_list[b]) continue;
    for (Citation& c : finder.Find(text, blocks[b].span)) out.citations.push_back(std::move(c));
  }
  LinkCitations(out.references, &out.citations, options.link);
  // A numbered list is cited by number: "[12]", and "(12)" when the list does
  // not print its numbers in brackets and the text does not cite in
  // brackets (a text citing "[27]" means by "ShanEn (9)" an equation or an
  // item of its own; a style cites one way throughout).
  if (!numbered.entries.empty()) {
    auto find_numeric = [&] {
      std::vector<Citation> found;
      for (size_t b = 0; b < blocks.size(); ++b) {
        if (in_list[b]) continue;
        for (Citation& c : FindNumericCitations(text, blocks[b].span, numbered)) {
          found.push_back(std::move(c));
        }
      }
      return found;
    };
    numbered.parentheses = false;
    std::vector<Citation> numeric = find_numeric();
    if (numeric.empty() && !any_bracketed) {
      numbered.parentheses = true;
      numeric = find_numeric();
    }
    for (Citation& c : numeric) out.citations.push_back(std::move(c));
    std::stable_sort(
        out.citations.begin(), out.citations.end(),
        [](const Citation& a, const Citation& b) { return a.span.begin < b.span.begin; });
  }
  return out;
}

}  // namespace citations
