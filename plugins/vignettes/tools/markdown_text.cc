#include "markdown_text.h"

#include <cctype>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

namespace vignettes {
namespace {

// The UTF-8 superscript digits ¹ ² ³ and ⁰ ⁴ ... ⁹, which mark notes.
size_t SuperscriptDigitAt(const std::string& s, size_t i) {
  auto byte = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  if (byte(i) == 0xC2 && (byte(i + 1) == 0xB9 || byte(i + 1) == 0xB2 || byte(i + 1) == 0xB3)) {
    return 2;
  }
  if (byte(i) == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) >= 0xB0 && byte(i + 2) <= 0xB9) {
    return 3;
  }
  return 0;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

bool IsFootnoteDefinition(const std::string& line) {
  if (line.rfind("[^", 0) == 0 && line.find("]:") != std::string::npos) return true;
  if (line.size() > 1 && line[0] == '^' && std::isdigit(static_cast<unsigned char>(line[1]))) {
    return true;
  }
  return SuperscriptDigitAt(line, 0) > 0;
}

}  // namespace

std::string PlainLine(const std::string& line) {
  std::string s = Trim(line);
  if (s.rfind("> ", 0) == 0 || s == ">") s = Trim(s.substr(1));
  // A footnote definition's own label goes: "[^3]: ", "^3 ", "³ ".
  if (s.rfind("[^", 0) == 0) {
    size_t close = s.find("]:");
    if (close != std::string::npos) s = Trim(s.substr(close + 2));
  } else if (s.size() > 1 && s[0] == '^') {
    size_t k = 1;
    while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
    s = Trim(s.substr(k));
  }
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 2, "[^") == 0) {
      size_t close = s.find(']', i);
      if (close != std::string::npos) {
        i = close + 1;
        continue;
      }
    }
    if (size_t n = SuperscriptDigitAt(s, i); n > 0) {
      i += n;
      continue;
    }
    if (s[i] == '*') {
      ++i;
      continue;
    }
    out += s[i++];
  }
  // Marks dropped before a space leave it doubled.
  std::string squeezed;
  for (char c : out) {
    if (c == ' ' && !squeezed.empty() && squeezed.back() == ' ') continue;
    squeezed += c;
  }
  return Trim(squeezed);
}

glossator::Document MarkdownDocument(const std::string& contents, const std::string& path) {
  glossator::DocumentParts parts;
  parts.source.path = path;
  parts.source.file_name = path.substr(path.find_last_of('/') + 1);
  parts.source.page_count = 1;
  std::istringstream in(contents);
  std::string line;
  while (std::getline(in, line)) {
    std::string raw = Trim(line);
    if (raw.empty() || raw == "---" || raw == "**Footnotes:**") continue;
    glossator::Block b;
    if (raw[0] == '#') {
      b.kind = glossator::BlockKind::kHeading;
      size_t level = raw.find_first_not_of('#');
      b.level = static_cast<int>(level == std::string::npos ? raw.size() : level);
      raw = raw.substr(level == std::string::npos ? raw.size() : level);
    } else if (IsFootnoteDefinition(raw)) {
      b.kind = glossator::BlockKind::kFootnote;
    }
    std::string text = PlainLine(raw);
    if (text.empty()) continue;
    if (!parts.text.empty()) parts.text += "\n\n";
    b.begin = parts.text.size();
    parts.text += text;
    b.end = parts.text.size();
    b.first_page = b.last_page = 1;
    parts.blocks.push_back(b);
  }
  glossator::Page page;
  page.number = 1;
  parts.pages.push_back(page);
  return glossator::Document(std::move(parts));
}

glossator::Result<glossator::Document> ReadMarkdownDocument(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return glossator::Status::NotFound(path + ": cannot be read");
  std::ostringstream s;
  s << in.rdbuf();
  return MarkdownDocument(s.str(), path);
}

}  // namespace vignettes
