// Passages for the tests, made from paragraphs of plain text through the same
// path as a document's (a glossator::Document, the core's ICU sentences).
#ifndef GLOSSATOR_PLUGINS_VIGNETTES_TESTS_TEST_PASSAGES_H_
#define GLOSSATOR_PLUGINS_VIGNETTES_TESTS_TEST_PASSAGES_H_

#include <string>
#include <vector>

#include "glossator/document.h"
#include "passage.h"
#include "tagger.h"

namespace vignettes::testing {

// A Document and the tagger's Passage over it (which points into it).
struct TestPassage {
  explicit TestPassage(const std::vector<std::string>& paragraphs);
  TestPassage(const TestPassage&) = delete;
  TestPassage& operator=(const TestPassage&) = delete;

  glossator::Document doc;
  Passage passage;

  // The offset where text first occurs (fails the test when it does not).
  size_t At(const std::string& text) const;
  // The vignettes the plugin's default model and thresholds find.
  std::vector<Vignette> Find() const;
  std::string TextOf(const TextRange& r) const;
};

// The cues of one sentence, on its own.
SentenceCues CuesOf(const std::string& sentence);

}  // namespace vignettes::testing

#endif  // GLOSSATOR_PLUGINS_VIGNETTES_TESTS_TEST_PASSAGES_H_
