#include "passage_file.h"

#include <sstream>
#include <utility>

#include "glossator/plugin_testing.h"

namespace vignettes {
namespace {

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

glossator::Result<std::vector<LabelledPassage>> ParsePassages(const std::string& contents,
                                                              const std::string& path) {
  std::vector<LabelledPassage> out;
  std::istringstream in(contents);
  std::string line, paragraph;
  int number = 0;
  auto close_paragraph = [&] {
    if (!paragraph.empty() && !out.empty()) out.back().paragraphs.push_back(paragraph);
    paragraph.clear();
  };
  auto where = [&](int n) { return path + ":" + std::to_string(n) + ": "; };
  while (std::getline(in, line)) {
    ++number;
    std::string text = Trim(line);
    if (text.rfind("===", 0) == 0) {
      close_paragraph();
      if (!out.empty() && out.back().paragraphs.empty()) {
        return glossator::Status::InvalidArgument(where(out.back().line) + "empty passage");
      }
      std::string label = Trim(text.substr(3));
      LabelledPassage p;
      p.line = number;
      if (label == "vignette") {
        p.vignette = true;
        p.kind = "vignette";
      } else if (label.rfind("not ", 0) == 0 && !Trim(label.substr(4)).empty()) {
        p.kind = Trim(label.substr(4));
      } else {
        return glossator::Status::InvalidArgument(where(number) +
                                                  "expected \"=== vignette\" or "
                                                  "\"=== not KIND\", found \"" +
                                                  text + "\"");
      }
      out.push_back(std::move(p));
      continue;
    }
    if (out.empty()) {
      if (text.empty() || text[0] == '#') continue;
      return glossator::Status::InvalidArgument(where(number) + "text before the first \"===\"");
    }
    if (text.empty()) {
      close_paragraph();
    } else {
      paragraph += (paragraph.empty() ? "" : " ") + text;
    }
  }
  close_paragraph();
  if (!out.empty() && out.back().paragraphs.empty()) {
    return glossator::Status::InvalidArgument(where(out.back().line) + "empty passage");
  }
  return out;
}

glossator::Document MakeDocument(const std::vector<std::string>& paragraphs) {
  glossator::DocumentParts parts;
  parts.source.path = "passage.txt";
  parts.source.file_name = "passage.txt";
  parts.source.page_count = 1;
  for (const std::string& p : paragraphs) {
    if (!parts.text.empty()) parts.text += "\n\n";
    glossator::Block b;
    b.kind = glossator::BlockKind::kParagraph;
    b.begin = parts.text.size();
    parts.text += p;
    b.end = parts.text.size();
    b.first_page = b.last_page = 1;
    parts.blocks.push_back(b);
  }
  glossator::Page page;
  page.number = 1;
  parts.pages.push_back(page);
  return glossator::Document(std::move(parts));
}

glossator::Result<Passage> ToPassage(const glossator::Document& doc) {
  auto bounds = glossator::plugin_testing::HostBoundaries(doc);
  if (!bounds.ok()) return bounds.status();
  Passage passage;
  passage.text = doc.text();
  for (const glossator::Block& b : doc.blocks()) {
    bool prose = IsProse(static_cast<int>(b.kind), b.slide);
    passage.blocks.push_back({b.begin, b.end, prose, IsNote(static_cast<int>(b.kind))});
  }
  for (const auto& [begin, end] : bounds.value().sentences) {
    passage.sentences.push_back({begin, end, 0});
  }
  AssignSentencesToBlocks(passage);
  return passage;
}

}  // namespace vignettes
