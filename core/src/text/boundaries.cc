#include "text/boundaries.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <atomic>
#include <memory>
#include <new>
#include <string>
#include <utility>

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

// The word iterator, or nullptr with status set.
std::unique_ptr<icu::BreakIterator> WordIterator(UErrorCode& status) {
  return std::unique_ptr<icu::BreakIterator>(
      icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
}

// Whether ICU can make a word iterator, status set when not. Its rules do not
// change in a process, so once one is made the answer is kept; a failure is
// not kept, as it may be memory (--max-memory) that a later document has.
bool CanMakeWordIterator(UErrorCode& status) {
  static std::atomic<bool> made{false};
  if (made.load(std::memory_order_relaxed)) return true;
  if (!WordIterator(status) || U_FAILURE(status)) return false;
  made.store(true, std::memory_order_relaxed);
  return true;
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
  // Checked here too (once a process), so that an ICU without word rules
  // fails here, as before words were found on first use, and not in a
  // plugin's turn.
  if (U_FAILURE(status) || !sentences || !CanMakeWordIterator(status)) {
    return Status::Internal(std::string("ICU break iterators unavailable: ") + u_errorName(status));
  }
  const std::string& text = doc.text();
  TextBoundaries out;
  out.doc = &doc;
  for (const Block& block : doc.blocks()) {
    Status s = Split(*sentences, text, block.begin, block.end, [&](size_t b, size_t e, int32_t) {
      while (b < e && IsSpace(text[b])) ++b;
      while (e > b && IsSpace(text[e - 1])) --e;
      if (b < e) out.sentences.push_back({b, e});
    });
    if (!s.ok()) return s;
  }
  return out;
}

Result<std::vector<Range>> FindWords(const Document& doc) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words = WordIterator(status);
  if (U_FAILURE(status) || !words) {
    return Status::Internal(std::string("ICU word iterator unavailable: ") + u_errorName(status));
  }
  std::vector<Range> out;
  for (const Block& block : doc.blocks()) {
    Status s =
        Split(*words, doc.text(), block.begin, block.end, [&](size_t b, size_t e, int32_t rule) {
          // UBRK_WORD_NONE marks spaces and punctuation.
          if (rule != UBRK_WORD_NONE) out.push_back({b, e});
        });
    if (!s.ok()) return s;
  }
  return out;
}

const std::vector<Range> TextBoundaries::kNoWords;

const std::vector<Range>& TextBoundaries::Words() const {
  if (words_) return *words_;
  if (!doc || !words_failure_.ok()) return kNoWords;
  // No exception leaves: Words() answers the host functions a plugin's C
  // code calls. The host reads the failure after the plugin's turn.
  try {
    Result<std::vector<Range>> found = find_words(*doc);
    if (!found.ok()) {
      words_failure_ = found.status();
      return kNoWords;
    }
    words_.emplace(std::move(found).value());
  } catch (const std::bad_alloc&) {
    // An empty message: nothing more to allocate when memory has run out.
    words_failure_ = Status(StatusCode::kResourceLimit, std::string());
    return kNoWords;
  }
  return *words_;
}

Status TextBoundaries::TakeWordsFailure() const { return std::exchange(words_failure_, Status()); }

}  // namespace glossator::text
