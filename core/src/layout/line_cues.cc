#include "layout/line_cues.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string_view>

#include "layout/blocks.h"
#include "layout/params.h"

namespace glossator::layout {

// The number an enumerator counts: "3." and "(3)" are 3, "c)" is 3; 0 for
// others (roman numerals are not counted).
int ItemNumber(const std::string& label) {
  std::string body;
  for (char c : label) {
    if (std::isalnum(static_cast<unsigned char>(c))) body += c;
  }
  if (body.empty()) return 0;
  if (std::all_of(body.begin(), body.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return body.size() <= 2 ? std::stoi(body) : 0;
  }
  // A letter counts in lower case and closed by a bracket ("a)", "(b)"): "A."
  // is as often an initial ("C." / "A. R. Hoare") and "(A)" a figure's panel.
  if (body.size() == 1 && std::islower(static_cast<unsigned char>(body[0])) &&
      label.back() == ')') {
    return body[0] - 'a' + 1;
  }
  return 0;
}

// A relation or an operator: what a formula has and a table's cell, a
// date or a contents' number ("2010", "A.3.1") has not.
bool HasMathSign(const std::string& text) {
  static constexpr std::string_view kSigns[] = {"=",      "<",      ">",      "+",      "\u2212",
                                                "\u00D7", "\u00B1", "\u2264", "\u2265", "\u2260",
                                                "\u2208", "\u2211", "\u222B", "\u2248", "\u2261",
                                                "\u221D", "\u2192", "\u21D2", "\u2218", "\u2297"};
  return std::any_of(std::begin(kSigns), std::end(kSigns),
                     [&](std::string_view s) { return text.find(s) != std::string::npos; });
}

// The line opens with a raised mark in smaller type, "¹", "†", "*" (an
// affiliation's or a note's): it opens an entry of its own. In running text a
// mark follows its word and never opens a line.
bool OpensWithRaisedMark(const Line& l) {
  if (l.words.size() < 2) return false;
  const LineWord& mark = l.words[0];
  const LineWord& next = l.words[1];
  static constexpr std::string_view kMarkSymbols[] = {"*",      "\u2020", "\u2021", "\u00A7",
                                                      "\u00B6", "\u25E6", "\u2217"};
  bool digits = !mark.text.empty() && std::all_of(mark.text.begin(), mark.text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
  bool mark_chars = digits || std::find(std::begin(kMarkSymbols), std::end(kMarkSymbols),
                                        mark.text) != std::end(kMarkSymbols);
  // Raised: its middle above the next word's by more than kMarkRaise ems of
  // that word (a margin line number glued to the line sits on its baseline,
  // its middle lower).
  double raised = (next.box.y0 + next.box.y1) / 2 - (mark.box.y0 + mark.box.y1) / 2;
  return mark_chars && mark.font_size < next.font_size - kSizeTolerance &&
         raised > params::kMarkRaise * next.font_size;
}

bool IsChapterLabel(const std::string& text) {
  size_t space = text.find(' ');
  if (space == std::string::npos || text.find(' ', space + 1) != std::string::npos) return false;
  std::string label = text.substr(0, space);
  for (char& c : label) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kLabels[] = {"chapter", "part",     "lecture", "book",
                                                 "kapitel", "chapitre", "teil",    "vorlesung"};
  return std::find(std::begin(kLabels), std::end(kLabels), label) != std::end(kLabels);
}

bool IsEquationNumber(const std::string& text) {
  if (text.size() < 3 || text.front() != '(' || text.back() != ')') return false;
  return std::all_of(text.begin() + 1, text.end() - 1,
                     [](char c) {
                       return std::isdigit(static_cast<unsigned char>(c)) || c == '.' ||
                              std::isalpha(static_cast<unsigned char>(c));
                     }) &&
         text.size() <= 8;
}

}  // namespace glossator::layout
