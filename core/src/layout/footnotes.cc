#include "layout/footnotes.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "layout/params.h"

namespace glossator::layout {
namespace {

bool IsSuperscriptDigit(const std::string& s, size_t at, size_t* length) {
  static const char* kDigits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  for (const char* d : kDigits) {
    size_t n = std::char_traits<char>::length(d);
    if (s.compare(at, n, d) == 0) {
      *length = n;
      return true;
    }
  }
  return false;
}

// The length of the mark at the start of word, 0 when it is none.
size_t MarkLength(const std::string& word) {
  size_t i = 0, n = 0;
  while (i < word.size() && word[i] >= '0' && word[i] <= '9') ++i;
  if (i > 0) return i <= 3 ? i : 0;
  while (i < word.size() && IsSuperscriptDigit(word, i, &n)) i += n;
  if (i > 0) return i;
  for (const std::string symbol : {"*", "†", "‡", "§", "¶"}) {
    while (word.compare(i, symbol.size(), symbol) == 0) i += symbol.size();
    if (i > 0) return i;
  }
  return 0;
}

bool Smaller(const Line& l, double body_size) { return l.font_size < body_size - kSizeTolerance; }

// The mark's value when it is a plain number, else -1.
int NumericMark(const std::string& mark) {
  if (mark.empty() || mark[0] < '0' || mark[0] > '9') return -1;
  return std::atoi(mark.c_str());
}

// A few lines of small type at the foot, under a sentence that runs on to
// the next page or column (a proceedings footer, a caption at the page's
// foot): written after the paragraph, as notes are, so it is not cut. True
// when foot was taken.
bool DeferUnderARunningSentence(const Line& above, const std::vector<const Line*>& foot,
                                FootnoteSplit& split) {
  if (EndsSentence(above.Text()) || foot.size() > params::kMaxDeferredFootLines) return false;
  const Line* prev = nullptr;
  for (const Line* l : foot) {
    bool apart = prev == nullptr ||
                 l->box.y0 - prev->box.y1 > params::kParagraphGap * prev->height() ||
                 std::abs(l->font_size - prev->font_size) >= kSizeTolerance;
    if (apart) split.deferred.push_back({BlockKind::kParagraph, 0, 0, {}});
    split.deferred.back().lines.push_back(l);
    prev = l;
  }
  return true;
}

// Takes foot, the small lines that end a column under its last line of
// running text (above), as the column's notes or as small type written after
// the paragraph; false when they are neither and stay in the flow.
bool TakeFoot(const PageLines& page, const Line& above, const std::vector<const Line*>& foot,
              double body_size, double run_on_size, FootnoteSplit& split) {
  // Below a heading in body type, small lines are a section in small type (a
  // reference list), not notes.
  if (above.bold || above.font_size > body_size + kSizeTolerance) return false;
  bool words = false;  // notes have words: a chart's axis ("30 20 10") has none
  for (const Line* l : foot) {
    if (l->box.y0 < above.box.y1 || l->box.y0 < params::kFootnoteTop * page.height) return false;
    for (unsigned char c : l->Text()) words = words || std::isalpha(c) || c >= 0xC3;
  }
  if (!words) return false;
  // Small type under the text with no mark (a caption, a quotation) is no
  // note, unless it is the rest of a note the page before left mid-sentence.
  if (LeadingNoteMark(foot.front()->Text()).empty() &&
      std::abs(foot.front()->font_size - run_on_size) >= kSizeTolerance) {
    return DeferUnderARunningSentence(above, foot, split);
  }
  // Where the notes' marks stand: the first marked line's start. Notes
  // hang (wrapped lines set in) or indent their first line (wrapped lines
  // at the margin, as ACL's): a mark opens a note at that start or left of it.
  double left = foot.front()->box.x0;
  for (const Line* l : foot) {
    if (!LeadingNoteMark(l->Text()).empty()) {
      left = l->box.x0;
      break;
    }
  }
  int previous = -1;  // the last note's number, -1 when not numeric
  bool mark_alone = false, first = true;
  for (const Line* l : foot) {
    std::string mark = LeadingNoteMark(l->Text());
    bool at_margin = l->box.x0 <= left + params::kFootnoteMarkInset * l->font_size;
    // A numbered note follows the one before it: "12 pp." opening a wrapped
    // line of note 3 is no note 12.
    bool opens = !mark.empty() && at_margin && !mark_alone &&
                 (previous < 0 || NumericMark(mark) < 0 || NumericMark(mark) == previous + 1);
    if (opens || first) {
      split.notes.push_back({BlockKind::kFootnote, 0, 0, {}});
      previous = NumericMark(mark);
      first = false;
    }
    split.notes.back().lines.push_back(l);
    // A mark set as a line of its own (raised above its note's first line)
    // opens the note on the next line.
    mark_alone = !mark.empty() && mark == l->Text();
  }
  return true;
}

// True when the flow leaves line's column after it: the next line stands
// a line or more higher on the page (the next column's top), or there is
// none. (A line beside it on its baseline is a table's next cell.)
bool EndsColumn(const std::vector<const Line*>& flow, size_t i) {
  if (i + 1 >= flow.size()) return true;
  const Line& l = *flow[i];
  return flow[i + 1]->box.y0 < l.box.y0 - l.height();
}

}  // namespace

std::string LeadingNoteMark(const std::string& text) {
  size_t end = text.find(' ');
  std::string word = text.substr(0, end);
  size_t n = MarkLength(word);
  if (n > 0 && n == word.size()) return word;
  // A raised number set against the note's first word ("1Here we make"):
  // digits, a capital, a small letter ("3D" and "2nd" are no marks).
  bool digits = n > 0 && std::isdigit(static_cast<unsigned char>(word[0]));
  if (digits && n + 1 < word.size() && std::isupper(static_cast<unsigned char>(word[n])) &&
      std::islower(static_cast<unsigned char>(word[n + 1]))) {
    return word.substr(0, n);
  }
  return "";
}

FootnoteSplit SplitFootnotes(const PageLines& page, double body_size, double run_on_size) {
  std::vector<const Line*> lines;
  for (const Line& l : page.lines) {
    if (!l.furniture) lines.push_back(&l);
  }
  FootnoteSplit split;
  // Each run of smaller lines that ends a column (the last column, or one a
  // two-column page sets its notes under) after a line of running text.
  for (size_t i = 0; i < lines.size();) {
    if (!Smaller(*lines[i], body_size) || i == 0) {
      split.flow.push_back(lines[i++]);
      continue;
    }
    size_t end = i;
    while (end < lines.size() && Smaller(*lines[end], body_size) && !EndsColumn(lines, end)) ++end;
    if (end < lines.size() && Smaller(*lines[end], body_size)) ++end;  // the column's last line
    std::vector<const Line*> foot(lines.begin() + i, lines.begin() + end);
    bool ends_column = EndsColumn(lines, end - 1);
    if (!ends_column || !TakeFoot(page, *lines[i - 1], foot, body_size, run_on_size, split)) {
      split.flow.insert(split.flow.end(), foot.begin(), foot.end());
    }
    i = end;
  }
  return split;
}

double RunOnNoteSize(const FootnoteSplit& split) {
  if (split.notes.empty()) return 0;
  const Line& last = *split.notes.back().lines.back();
  return EndsSentence(last.Text()) ? 0 : last.font_size;
}

}  // namespace glossator::layout
