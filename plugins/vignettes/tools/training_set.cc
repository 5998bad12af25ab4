#include "training_set.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "markdown_text.h"
#include "tagger.h"

namespace vignettes {
namespace {

glossator::Result<std::string> Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return glossator::Status::NotFound(path + ": cannot be read");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

glossator::Result<std::vector<std::unique_ptr<RealText>>> LoadRealTexts(
    const std::string& labels_dir, const std::string& texts_dir) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(labels_dir, ec)) {
    if (entry.path().extension() == ".tsv") paths.push_back(entry.path().string());
  }
  if (ec) return glossator::Status::NotFound(labels_dir + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  std::vector<std::unique_ptr<RealText>> out;
  for (const std::string& path : paths) {
    auto contents = Slurp(path);
    if (!contents.ok()) return contents.status();
    auto labels = ParseRealLabels(contents.value(), path);
    if (!labels.ok()) return labels.status();
    auto doc = ReadMarkdownDocument(texts_dir + "/" + labels.value().text);
    if (!doc.ok()) {
      return glossator::Status::NotFound(path + ": its text " + doc.status().message());
    }
    auto text = std::make_unique<RealText>(
        RealText{std::move(labels.value()), std::move(doc.value()), {}, {}});
    if (auto s = LocateLabels(text->labels, text->doc.text()); !s.ok()) return s;
    auto passage = ToPassage(text->doc);
    if (!passage.ok()) return passage.status();
    text->passage = std::move(passage.value());
    text->sentence_labels = LabelSentences(text->passage, text->labels);
    out.push_back(std::move(text));
  }
  return out;
}

std::vector<Example> ExamplesOf(const RealText& text) {
  std::vector<Example> out;
  std::vector<SentenceScore> scores = ScoreSentences(text.passage, TrainedWeights());
  for (size_t i = 0; i < scores.size(); ++i) {
    const Sentence& s = text.passage.sentences[i];
    if (!text.passage.blocks[s.block].prose) continue;
    if (text.sentence_labels[i] == SentenceLabel::kAside) continue;
    out.push_back({scores[i].cues, text.sentence_labels[i] == SentenceLabel::kCase});
  }
  return out;
}

glossator::Result<std::vector<Example>> PassageExamples(const std::string& path) {
  auto contents = Slurp(path);
  if (!contents.ok()) return contents.status();
  auto passages = ParsePassages(contents.value(), path);
  if (!passages.ok()) return passages.status();
  std::vector<Example> out;
  for (const LabelledPassage& l : passages.value()) {
    glossator::Document doc = MakeDocument(l.paragraphs);
    auto passage = ToPassage(doc);
    if (!passage.ok()) return passage.status();
    for (const SentenceScore& s : ScoreSentences(passage.value(), TrainedWeights())) {
      out.push_back({s.cues, l.vignette});
    }
  }
  return out;
}

glossator::Result<std::vector<Example>> AllTrainingExamples(const std::string& training_path,
                                                            const std::string& labels_dir,
                                                            const std::string& texts_dir) {
  auto examples = PassageExamples(training_path);
  if (!examples.ok()) return examples.status();
  auto texts = LoadRealTexts(labels_dir, texts_dir);
  if (!texts.ok()) return texts.status();
  std::vector<Example> out = std::move(examples.value());
  for (const auto& text : texts.value()) {
    std::vector<Example> more = ExamplesOf(*text);
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

}  // namespace vignettes
