#include "test_passages.h"

#include <gtest/gtest.h>

#include "passage_file.h"

namespace vignettes::testing {

TestPassage::TestPassage(const std::vector<std::string>& paragraphs)
    : doc(MakeDocument(paragraphs)) {
  auto p = ToPassage(doc);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  if (p.ok()) passage = p.value();
}

size_t TestPassage::At(const std::string& text) const {
  size_t at = doc.text().find(text);
  EXPECT_NE(at, std::string::npos) << "no \"" << text << "\" in the passage";
  return at;
}

std::vector<Vignette> TestPassage::Find() const {
  return FindVignettes(passage, TrainedWeights(), SpanOptions{});
}

std::string TestPassage::TextOf(const TextRange& r) const {
  return std::string(doc.text(r.begin, r.end));
}

SentenceCues CuesOf(const std::string& sentence) {
  CueDetector detector;
  return detector.Detect(sentence);
}

}  // namespace vignettes::testing
