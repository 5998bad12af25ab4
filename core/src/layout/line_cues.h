// What a line's words say of the line, for the block builder: the number
// of a list's item, a formula's signs, a raised mark opening the line, an
// equation's number.
#ifndef GLOSSATOR_LAYOUT_LINE_CUES_H_
#define GLOSSATOR_LAYOUT_LINE_CUES_H_

#include <string>

#include "layout/line.h"

namespace glossator::layout {

// The number an enumerator counts: "3." and "(3)" are 3, "c)" is 3; 0 for
// others ("A.", "(A)", numbers of three digits or more, roman numerals).
int ItemNumber(const std::string& label);

// A relation or an operator ("=", "<", "−", "∈", ...): what a formula has
// and a table's cell, a date or a contents' number ("2010", "A.3.1") has not.
bool HasMathSign(const std::string& text);

// The line opens with a mark in smaller type, raised kMarkRaise ems or more
// ("¹", "†", "*": an affiliation's or a note's).
bool OpensWithRaisedMark(const Line& l);

// "Chapter 2", "CHAPTER IV", "Part One", "Lecture 3": the label a chapter's
// title is set under.
bool IsChapterLabel(const std::string& text);

// "(12)", "(3a)", "(2.4)": an equation's number.
bool IsEquationNumber(const std::string& text);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_LINE_CUES_H_
