#include "layout/figures.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

#include "layout/params.h"

namespace glossator::layout {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The label words of captions, in the languages of the readings.
constexpr std::string_view kCaptionLabels[] = {
    "Figure", "FIGURE", "Fig.",      "FIG.",    "Table",   "TABLE", "Tab.",   "Exhibit", "Chart",
    "Plate",  "Abb.",   "Abbildung", "Tabelle", "Tableau", "Tabla", "Figura", "Listing"};

bool IsFigureChar(unsigned char c) {
  return std::isdigit(c) || std::strchr(".,%+-()[]<>=*/:;~", c) != nullptr;
}

// Block b's text, "" when its range is not in text.
std::string_view TextOf(const Block& b, std::string_view text) {
  if (b.end <= b.begin || b.end > text.size()) return {};
  return text.substr(b.begin, b.end - b.begin);
}

}  // namespace

bool IsFigure(std::string_view word) {
  if (word == "N/A" || word == "n/a" || word == "NA" || word == "-" || word == "\u2013" ||
      word == "\u2014") {
    return true;
  }
  bool digit = false;
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) {
      // − – ± ≤ ≥ ×: the signs of a table's cells.
      static constexpr std::string_view kSigns[] = {"\u2212", "\u2013", "\u00B1",
                                                    "\u2264", "\u2265", "\u00D7"};
      bool sign = false;
      for (std::string_view s : kSigns) {
        if (word.substr(i, s.size()) == s) {
          i += s.size() - 1;
          sign = true;
          break;
        }
      }
      if (!sign) return false;
      continue;
    }
    if (!IsFigureChar(c)) return false;
    digit = digit || std::isdigit(c);
  }
  return digit || word == "<" || word == ">" || word == "=";
}

bool IsCaption(std::string_view text) {
  for (std::string_view label : kCaptionLabels) {
    if (!StartsWith(text, label)) continue;
    size_t i = label.size();
    while (i < text.size() && text[i] == ' ') ++i;
    size_t number = i;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) ||
                               std::strchr("IVXivx", text[i]) != nullptr ||
                               (i > number && text[i] == '.' && i + 1 < text.size() &&
                                std::isdigit(static_cast<unsigned char>(text[i + 1]))))) {
      ++i;
    }
    if (i == number || (i == label.size() && label.back() != '.')) continue;  // "Tables", no number
    if (i == text.size()) return true;                                        // "Table 1" alone
    std::string_view rest = text.substr(i);
    if (StartsWith(rest, ".") || StartsWith(rest, ":") || StartsWith(rest, " -") ||
        StartsWith(rest, " \u2013") || StartsWith(rest, " \u2014") || StartsWith(rest, "|")) {
      return true;
    }
  }
  return false;
}

bool IsFigureText(std::string_view text) {
  size_t words = 0, figures = 0;
  bool enumerator = false;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i == start) break;
    ++words;
    std::string_view word = text.substr(start, i - start);
    figures += IsFigure(word);
    enumerator = enumerator || (word.size() >= 2 && word.back() == '.' &&
                                std::isdigit(static_cast<unsigned char>(word[word.size() - 2])));
  }
  if (words < params::kFigureTextMinWords) return words >= 2 && figures == words && !enumerator;
  return static_cast<double>(figures) >= params::kFigureTextShare * static_cast<double>(words);
}

void ClassifyFigures(std::vector<Block>& blocks, std::string_view text) {
  for (Block& b : blocks) {
    bool paragraph = b.kind == BlockKind::kParagraph;
    // A caption set bold ("Table 1" over its table) is no section heading.
    std::string_view t = TextOf(b, text);
    if ((!paragraph && b.kind != BlockKind::kHeading) || t.empty()) continue;
    if (IsCaption(t)) {
      b.kind = BlockKind::kCaption;
      b.level = 0;
    } else if (paragraph && IsFigureText(t)) {
      b.kind = BlockKind::kFigureText;
    }
  }
  // A run of numbers alone, one block each, is a chart's axis ("30", "25",
  // "20"): an affiliation's marks alternate with the affiliations.
  auto lone_figure = [&](const Block& b) {
    std::string_view t = TextOf(b, text);
    return b.kind == BlockKind::kParagraph && !t.empty() && t.find(' ') == std::string_view::npos &&
           IsFigure(t);
  };
  for (size_t i = 0; i < blocks.size();) {
    size_t j = i;
    while (j < blocks.size() && lone_figure(blocks[j])) ++j;
    if (j - i >= params::kMinAxisLabels) {
      for (size_t k = i; k < j; ++k) blocks[k].kind = BlockKind::kFigureText;
    }
    i = std::max(j, i + 1);
  }
}

}  // namespace glossator::layout
