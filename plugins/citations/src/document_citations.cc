#include "document_citations.h"

#include "reference_parser.h"

namespace citations {

DocumentCitations ProcessDocument(std::string_view text, const std::vector<TextBlock>& blocks,
                                  const CitationOptions& options) {
  DocumentCitations out;
  out.lists = FindReferenceLists(text, blocks);
  std::vector<bool> in_list(blocks.size(), false);
  std::vector<std::string> surnames;
  for (const ReferenceList& list : out.lists) {
    if (list.heading_block != ReferenceList::kNoHeading) in_list[list.heading_block] = true;
    for (size_t b = list.first_block; b < list.end_block; ++b) in_list[b] = true;
    for (Span entry : list.entries) {
      out.references.push_back(ParseReference(text, entry, options.model));
      for (const Person& p : out.references.back().Creators()) surnames.push_back(p.family);
    }
  }
  CitationFinder finder(surnames, options.finder);
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (in_list[b]) continue;
    for (Citation& c : finder.Find(text, blocks[b].span)) out.citations.push_back(std::move(c));
  }
  LinkCitations(out.references, &out.citations, options.link);
  return out;
}

}  // namespace citations
