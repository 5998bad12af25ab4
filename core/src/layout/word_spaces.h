// Which neighbours on a line are separate words. Poppler gives a line as
// boxes and judges a space after each (pdf::Word::space_after); this keeps
// its word boundaries unless the evidence to join is strong: a change of
// font with no gap ("14" in italics before "(2)"), or letter-spacing.
#ifndef GLOSSATOR_LAYOUT_WORD_SPACES_H_
#define GLOSSATOR_LAYOUT_WORD_SPACES_H_

#include <vector>

#include "layout/line.h"

namespace glossator::layout {

// One flag per gap: spaces[i] says whether a space stands between words i and
// i + 1 of the line (in reading order); words.size() - 1 flags.
std::vector<bool> WordSpaces(const std::vector<LineWord>& words);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_WORD_SPACES_H_
