// Lines: the words of a page grouped into the lines a reader sees.
#ifndef GLOSSATOR_LAYOUT_LINE_H_
#define GLOSSATOR_LAYOUT_LINE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "glossator/document.h"
#include "pdf/pdf_reader.h"

namespace glossator::layout {

struct LineWord {
  std::string text;  // normalised
  Box box;
  double font_size = 0;
  // Which font the word is set in: equal for equal font names (a hash; two
  // fonts that collide only lose the cue that Poppler broke at a font change).
  size_t font_id = 0;
  // Poppler's reading order and its judgement of a space after the word
  // (pdf::Word::order, space_after).
  uint32_t order = 0;
  bool space_after = false;
  bool bold = false;  // set in a bold font
  // A glyph was drawn after the last character but mapped to nothing (a soft
  // hyphen Poppler dropped).
  bool trailing_unmapped_glyph = false;
};

struct Line {
  int page = 0;
  std::vector<LineWord> words;
  Box box;
  double font_size = 0;    // the size most of the line's characters have
  bool bold = false;       // most characters are in a bold font
  bool monospace = false;  // most characters are in a monospace font (code)
  double math_share = 0;   // of its characters, those in a font of mathematics
  bool furniture = false;
  // The line runs across the gutter of columns set on its page (a table's
  // caption, a full-width abstract over two columns): MarkSpanningLines.
  bool spans_columns = false;

  // The words joined by single spaces. Built on first use and kept: layout
  // asks for it several times per line. Set words before the first call.
  const std::string& Text() const;
  double height() const { return box.y1 - box.y0; }

 private:
  mutable std::string text_;
};

// A list's enumerator: "1.", "12)", "[3]", "(iv)", "a.", a bullet glyph. A
// bare number is none (a line number, a page's figure).
bool IsEnumerator(const std::string& text);

// Groups a page's words (in Poppler's reading order) into lines: a new line
// starts where the next word is not to the right on the same baseline, or
// stands far to the right of the previous one (another column or text box).
std::vector<Line> BuildLines(const pdf::RawPage& page);

// The lines of the page's sideways text (RawPage::sideways), read in their
// own direction, as furniture of kind kMargin with boxes on the page.
std::vector<Furniture> SidewaysFurniture(const pdf::RawPage& page);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_LINE_H_
