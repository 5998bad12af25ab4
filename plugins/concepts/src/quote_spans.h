// quote_spans: the passages of one block inside quotation marks.
//
// Pairs “…”, ‘…’ and straight "…" (a straight mark opens at the start of the
// block or after white space or an opening bracket, and closes otherwise).
// ’ between letters is an apostrophe, not a closing mark. Marks are paired
// within the block only; one left open is dropped.
//
// Thread safety: no state.
#ifndef GLOSSATOR_CONCEPTS_QUOTE_SPANS_H_
#define GLOSSATOR_CONCEPTS_QUOTE_SPANS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace concepts {

struct Span {
  uint32_t begin, end;  // byte offsets into the block, between the marks
};

std::vector<Span> QuoteSpans(std::string_view block);

// Whether [begin, end) lies inside one of spans.
bool InsideQuotes(const std::vector<Span>& spans, uint32_t begin, uint32_t end);

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_QUOTE_SPANS_H_
