#include "layout/word_spaces.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>

#include "layout/params.h"

namespace glossator::layout {
namespace {

bool SameType(const LineWord& a, const LineWord& b) {
  return a.font_id == b.font_id && a.font_size == b.font_size;
}

// The gap between two neighbours, in ems of the smaller size; either may
// stand left (right-to-left script).
double GapInEms(const LineWord& a, const LineWord& b) {
  double em = std::min(a.font_size, b.font_size);
  double gap = std::max(b.box.x0 - a.box.x1, a.box.x0 - b.box.x1);
  return em > 0 ? gap / em : HUGE_VAL;  // no size known: a break stands
}

// Poppler's judgement of the gap between two neighbours in its order, or
// true when they are none (it broke between them for a reason of its own).
bool PopplerSpace(const LineWord& a, const LineWord& b) {
  if (b.order == a.order + 1) return a.space_after;
  if (a.order == b.order + 1) return b.space_after;
  return true;
}

// The first character of text, and whether it is all of it (-1: none).
UChar32 FirstCharacter(const std::string& text, bool* alone) {
  int32_t at = 0, length = static_cast<int32_t>(text.size());
  UChar32 c = -1;
  if (length > 0) U8_NEXT(text.data(), at, length, c);
  *alone = at == length;
  return c;
}

bool IsLetter(const std::string& text) {
  bool alone = false;
  UChar32 c = FirstCharacter(text, &alone);
  return c >= 0 && u_isalpha(c);
}

// One letter or one mark of punctuation: the dots of an ellipsis are set
// apart like tracked letters.
bool SingleCharacter(const std::string& text) {
  bool alone = false;
  UChar32 c = FirstCharacter(text, &alone);
  return alone && c >= 0 && (u_isalpha(c) || u_ispunct(c));
}

// Letter-spaced type ("A B S T R A C T", tracked small capitals, an
// ellipsis's dots): Poppler sees a space after each. A run of single letters
// or marks of one type, set evenly and narrowly apart, is one word; so are
// the pieces at either end of
// the run that stand at the same spacing ("R´S" after "A L Z H E I M E").
// A run is all letters or all marks: in "x1, . . . xn" the dots are one.
void JoinLetterSpacing(const std::vector<LineWord>& words, const std::vector<double>& gaps,
                       std::vector<bool>* spaces) {
  size_t n = words.size();
  size_t i = 0;
  while (i < n) {
    size_t end = i;  // the run is words[i..end]
    while (end + 1 < n && SingleCharacter(words[i].text) && SingleCharacter(words[end + 1].text) &&
           IsLetter(words[end + 1].text) == IsLetter(words[i].text) &&
           SameType(words[end], words[end + 1]) && gaps[end] <= params::kLetterSpacingMaxGap &&
           std::abs(gaps[end] - gaps[i]) <= params::kLetterSpacingEvenness) {
      ++end;
    }
    if (end - i + 1 < params::kMinLetterSpacedLetters) {
      ++i;
      continue;
    }
    double spacing = gaps[i];
    auto continues = [&](size_t gap) {
      return SameType(words[gap], words[gap + 1]) &&
             std::abs(gaps[gap] - spacing) <= params::kLetterSpacingEvenness;
    };
    for (size_t g = i; g < end; ++g) (*spaces)[g] = false;
    // Only a word's letters go on at its spacing: after an ellipsis's dots
    // ("x1, . . . xn") the next word stands apart.
    if (IsLetter(words[i].text)) {
      if (i > 0 && continues(i - 1)) (*spaces)[i - 1] = false;
      if (end + 1 < n && continues(end)) (*spaces)[end] = false;
    }
    i = end + 1;
  }
}

}  // namespace

std::vector<bool> WordSpaces(const std::vector<LineWord>& words) {
  if (words.size() < 2) return {};
  std::vector<double> gaps(words.size() - 1);
  std::vector<bool> spaces(words.size() - 1);
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const LineWord &a = words[i], &b = words[i + 1];
    gaps[i] = GapInEms(a, b);
    // A wide gap is a space whatever the order says (Poppler ends its line
    // with no space after; the next box may open a line of its own). A
    // narrow one is a space when Poppler, weighing the line's gaps, says so;
    // across a change of type Poppler breaks anyway, and only the gap counts.
    bool wide = gaps[i] > params::kWordSpaceAcrossFonts;
    spaces[i] = wide || (SameType(a, b) && PopplerSpace(a, b));
  }
  // A hyphen drawn as a box of its own at the end of the line is the line
  // breaker's, and belongs to the word it hangs on (LibreOffice draws it so,
  // a tenth of an em off); the layout then decides whether it stays.
  size_t last = words.size() - 1;
  if (words[last].text == "-" && gaps[last - 1] <= params::kWordSpaceAcrossFonts) {
    spaces[last - 1] = false;
  }
  JoinLetterSpacing(words, gaps, &spaces);
  return spaces;
}

}  // namespace glossator::layout
