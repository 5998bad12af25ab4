#include "text/boundaries.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <memory>

namespace glossator::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Runs iterator over text[begin, end) and hands each piece to add.
template <typename Add>
Status Split(icu::BreakIterator& iterator, const std::string& text, size_t begin, size_t end,
             Add add) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut =
      utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status)) return Status::Internal(std::string("ICU: ") + u_errorName(status));
  iterator.setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return Status::Internal(std::string("ICU: ") + u_errorName(status));
  }
  int32_t from = iterator.first();
  for (int32_t to = iterator.next(); to != icu::BreakIterator::DONE;
       from = to, to = iterator.next()) {
    add(begin + static_cast<size_t>(from), begin + static_cast<size_t>(to),
        iterator.getRuleStatus());
  }
  utext_close(ut);
  return Status::Ok();
}

}  // namespace

Result<TextBoundaries> FindBoundaries(const Document& doc) {
  UErrorCode status = U_ZERO_ERROR;
  // The filtered iterator keeps "Dr.", "e.g." and other abbreviations of
  // ICU's English data inside their sentence.
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> filter(
      icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getEnglish(), status));
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_SUCCESS(status) && filter) {
    // Abbreviations of the readings' own prose and citations, beyond ICU's list.
    // Suppressions match the end of the word before the full stop, so none
    // may be the tail of an ordinary word ("ed." would hold "failed.").
    for (const char* abbreviation :
         {"Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "e.g.", "i.e.", "et al.", "pp.", "cf.", "vs.",
          "No.", "Vol.", "Ed.", "Eds.", "Fig.", "approx."}) {
      filter->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
    }
    sentences.reset(filter->build(sentences.release(), status));
  }
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || !sentences || !words) {
    return Status::Internal(std::string("ICU break iterators unavailable: ") + u_errorName(status));
  }
  const std::string& text = doc.text();
  TextBoundaries out;
  for (const Block& block : doc.blocks()) {
    Status s = Split(*sentences, text, block.begin, block.end, [&](size_t b, size_t e, int32_t) {
      while (b < e && IsSpace(text[b])) ++b;
      while (e > b && IsSpace(text[e - 1])) --e;
      if (b < e) out.sentences.push_back({b, e});
    });
    if (!s.ok()) return s;
    s = Split(*words, text, block.begin, block.end, [&](size_t b, size_t e, int32_t rule) {
      // UBRK_WORD_NONE marks spaces and punctuation.
      if (rule != UBRK_WORD_NONE) out.words.push_back({b, e});
    });
    if (!s.ok()) return s;
  }
  return out;
}

}  // namespace glossator::text
