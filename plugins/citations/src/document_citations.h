// document_citations: the whole of the citations plugin's work on one
// document, without the host: find the reference lists, parse their entries,
// find the citations in the other blocks, link them.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_DOCUMENT_CITATIONS_H_
#define GLOSSATOR_CITATIONS_DOCUMENT_CITATIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "blocks.h"
#include "citation.h"
#include "citation_finder.h"
#include "linker.h"
#include "reference.h"
#include "reference_list.h"
#include "sequence_model.h"

namespace citations {

struct CitationOptions {
  FinderOptions finder;
  LinkOptions link;
  // The learned reference labeller for entries the rules do not read whole;
  // null for rules only. Not owned. Default: null.
  const SequenceModel* model = nullptr;
  // Each block after a reference list's heading is one entry, as given (the
  // strings of `glossator refs --strings`), instead of the list being split
  // by its layout and style. Default: false.
  bool entry_per_block = false;
};

struct DocumentCitations {
  std::vector<ReferenceList> lists;
  std::vector<ParsedReference> references;  // every list's entries, in order (bib.1 is [0])
  std::vector<int> numbers;                 // each reference's printed number, 0 when none
  std::vector<Citation> citations;          // in text order
  size_t unparsed = 0;                      // entries read without confidence, kept as text
};

DocumentCitations ProcessDocument(std::string_view text, const std::vector<TextBlock>& blocks,
                                  const CitationOptions& options = {});

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_DOCUMENT_CITATIONS_H_
