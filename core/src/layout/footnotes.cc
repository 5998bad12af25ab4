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
// foot): written after the paragraph, as notes are, so it is not cut.
void DeferUnderARunningSentence(const Line& above, const std::vector<const Line*>& foot,
                                FootnoteSplit& split) {
  if (EndsSentence(above.Text()) || foot.size() > params::kMaxDeferredFootLines) return;
  for (const Line* l : foot) {
    const Line* prev = split.deferred.empty() ? nullptr : split.deferred.back().lines.back();
    bool apart = prev == nullptr ||
                 l->box.y0 - prev->box.y1 > params::kParagraphGap * prev->height() ||
                 std::abs(l->font_size - prev->font_size) >= kSizeTolerance;
    if (apart) split.deferred.push_back({BlockKind::kParagraph, 0, 0, {}});
    split.deferred.back().lines.push_back(l);
  }
  split.flow.resize(split.flow.size() - foot.size());
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
  FootnoteSplit split;
  for (const Line& l : page.lines) {
    if (!l.furniture) split.flow.push_back(&l);
  }
  // The last line of running text, and the smaller lines after and below it.
  size_t last_body = split.flow.size();
  while (last_body > 0 && Smaller(*split.flow[last_body - 1], body_size)) --last_body;
  if (last_body == 0 || last_body == split.flow.size()) return split;
  const Line& above = *split.flow[last_body - 1];
  // Below a heading in body type, small lines are a section in small type (a
  // reference list), not notes.
  if (above.bold || above.font_size > body_size + kSizeTolerance) return split;
  std::vector<const Line*> foot(split.flow.begin() + last_body, split.flow.end());
  double left = foot.front()->box.x0;
  for (const Line* l : foot) {
    if (l->box.y0 < above.box.y1 || l->box.y0 < params::kFootnoteTop * page.height) return split;
    left = std::min(left, l->box.x0);
  }
  // Small type under the text with no mark (a caption, a quotation) is no
  // note, unless it is the rest of a note the page before left mid-sentence.
  if (LeadingNoteMark(foot.front()->Text()).empty() &&
      std::abs(foot.front()->font_size - run_on_size) >= kSizeTolerance) {
    DeferUnderARunningSentence(above, foot, split);
    return split;
  }

  int previous = -1;  // the last note's number, -1 when not numeric
  bool mark_alone = false;
  for (const Line* l : foot) {
    std::string mark = LeadingNoteMark(l->Text());
    bool at_margin = l->box.x0 <= left + params::kFootnoteMarkInset * l->font_size;
    // A numbered note follows the one before it: "12 pp." opening a wrapped
    // line of note 3 is no note 12.
    bool opens = !mark.empty() && at_margin && !mark_alone &&
                 (previous < 0 || NumericMark(mark) < 0 || NumericMark(mark) == previous + 1);
    if (opens || split.notes.empty()) {
      split.notes.push_back({BlockKind::kFootnote, 0, 0, {}});
      previous = NumericMark(mark);
    }
    split.notes.back().lines.push_back(l);
    // A mark set as a line of its own (raised above its note's first line)
    // opens the note on the next line.
    mark_alone = !mark.empty() && mark == l->Text();
  }
  split.flow.resize(last_body);
  return split;
}

double RunOnNoteSize(const FootnoteSplit& split) {
  if (split.notes.empty()) return 0;
  const Line& last = *split.notes.back().lines.back();
  return EndsSentence(last.Text()) ? 0 : last.font_size;
}

}  // namespace glossator::layout
