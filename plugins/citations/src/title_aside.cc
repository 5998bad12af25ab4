#include "title_aside.h"

#include <string>

#include "text_scan.h"

namespace citations {
namespace {

// Words that make a bracket at a title's end an aside about the edition.
constexpr std::string_view kAsideWords[] = {
    "ed.",        "eds.",       "Ed.",      "Eds.",     "trans.",  "Trans.",  "tr.",
    "Vol.",       "vol.",       "Vols.",    "S.E.",     "SE ",     "pp.",     "p. ",
    "edition",    "Edition",    "Original", "original", "Reprint", "reprint", "Hrsg.",
    "translated", "Translated", "revised",  "Revised"};

}  // namespace

size_t TitleAsideStart(std::string_view title) {
  while (!title.empty() && (title.back() == '.' || title.back() == ',' || title.back() == ' ')) {
    title.remove_suffix(1);
  }
  if (title.empty()) return title.size();
  char close = title.back();
  if (close != ')' && close != ']') return title.size();
  char open = close == ')' ? '(' : '[';
  size_t at = title.rfind(open);
  // Not the whole title, and after a space ("Writings (Vol. 2)", not "f(x)").
  if (at == std::string_view::npos || at == 0 || title[at - 1] != ' ') return title.size();
  std::string_view inside = title.substr(at + 1, title.size() - at - 2);
  for (std::string_view w : kAsideWords) {
    if (inside.find(w) != std::string_view::npos) return at;
  }
  return title.size();
}

void DropTitleAside(std::string_view text, ParsedReference* r) {
  if (!r->title.present()) return;
  size_t at = TitleAsideStart(r->title.value);
  if (at >= r->title.value.size()) return;
  std::string value = TrimmedValue(r->title.value.substr(0, at));
  if (value.empty()) return;
  r->title.value = value;
  if (!r->title.span.empty()) {
    // The span ends where the value does: find it from the span's start.
    Span s{r->title.span.begin, r->title.span.end};
    std::string_view printed = Slice(text, s);
    size_t aside = TitleAsideStart(printed);
    if (aside < printed.size())
      r->title.span = TrimPunctuation(text, Span{s.begin, s.begin + aside});
  }
}

}  // namespace citations
