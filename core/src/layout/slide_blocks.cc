#include "layout/slide_blocks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "layout/params.h"

namespace glossator::layout {
namespace {

// The size most characters of the slide's lines have.
double BodySizeOf(const std::vector<const Line*>& lines) {
  std::map<double, size_t> chars;
  for (const Line* l : lines) chars[l->font_size] += l->Text().size();
  auto most = std::max_element(chars.begin(), chars.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return most == chars.end() ? 0 : most->first;
}

// A line that opens with a dash and a space: Keynote's and many decks' typed
// sub-bullets ("– Technical and scientific domains").
bool OpensWithDash(const Line& l) {
  const std::string& w = l.words.front().text;
  return l.words.size() >= 2 && (w == "-" || w == "\u2013" || w == "\u2014");
}

// A symbol font's bullet (Wingdings' in PowerPoint) maps to the Private Use
// Area, U+E000 to U+F8FF (UTF-8 EE 80 80 to EF A3 BF): a glyph alone before
// the item's words. (It stays in the text: such a glyph in running text is
// as often a symbol of a formula.)
bool OpensWithSymbolBullet(const Line& l) {
  const std::string& w = l.words.front().text;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(w[i]); };
  return l.words.size() >= 2 && w.size() == 3 &&
         (byte(0) == 0xEE || (byte(0) == 0xEF && byte(1) <= 0xA3));
}

bool OpensItem(const Line& l) {
  size_t marker = 0;
  return StartsWithBullet(l.Text(), &marker) || OpensWithDash(l) || OpensWithSymbolBullet(l);
}

// Where a block's text starts: after its bullet glyph, if it has one.
double TextStart(const Line& first) {
  return first.words.size() >= 2 && OpensItem(first) ? first.words[1].box.x0 : first.box.x0;
}

// Where the text of line's column must end: in a column with another to
// its right, the furthest any of its lines reaches; else the slide's right
// margin, as wide as its left one.
double RightEdge(const Line& line, const std::vector<const Line*>& lines, double page_width) {
  double left = page_width, right = line.box.x1;
  bool column_right = false;
  for (const Line* l : lines) {
    left = std::min(left, l->box.x0);
    if (l->box.x0 < line.box.x1 && line.box.x0 < l->box.x1) right = std::max(right, l->box.x1);
    bool same_rows =
        l->box.y0 < line.box.y1 + 2 * line.height() && line.box.y0 < l->box.y1 + 2 * line.height();
    column_right = column_right || (same_rows && l->box.x0 > line.box.x1);
  }
  return column_right ? right : page_width - left;
}

// l wraps on from block b: the same type, set as close as lines of one item
// are (items stand further apart), at the block's text start (a listing's
// lines at any indent under its first), in the same column, and its first
// word would not have fitted on the line before (a deck's separate short
// lines, one point each, are set as close).
bool WrapsOn(const LayoutBlock& b, const Line& l, const std::vector<const Line*>& lines,
             double page_width) {
  const Line& last = *b.lines.back();
  const Line& first = *b.lines.front();
  if (OpensItem(l) || l.monospace != last.monospace ||
      std::abs(l.font_size - last.font_size) >= kSizeTolerance) {
    return false;
  }
  double gap = l.box.y0 - last.box.y1;
  if (gap < -0.5 * l.height() || gap > params::kSlideWrapGap * l.height()) return false;
  if (l.monospace) return l.box.x0 >= first.box.x0 - 1 && l.box.x0 < last.box.x1;
  if (std::abs(l.box.x0 - TextStart(first)) > params::kSlideAlign) return false;
  const Box& word = l.words.front().box;
  double space = 0.25 * l.font_size;
  return last.box.x1 + space + (word.x1 - word.x0) >
         RightEdge(last, lines, page_width) - params::kSlideAlign;
}

}  // namespace

std::vector<LayoutBlock> BuildSlideBlocks(const PageLines& page, int slide) {
  std::vector<LayoutBlock> blocks;
  std::vector<const Line*> lines;
  for (const Line& l : page.lines) {
    if (!l.furniture) lines.push_back(&l);
  }
  if (lines.empty()) return blocks;
  // Text boxes come in any order; a slide reads top to bottom, left to right.
  std::stable_sort(lines.begin(), lines.end(), [](const Line* a, const Line* b) {
    if (std::abs(a->box.y0 - b->box.y0) > 0.5 * std::min(a->height(), b->height())) {
      return a->box.y0 < b->box.y0;
    }
    return a->box.x0 < b->box.x0;
  });
  if (slide <= 0) slide = page.number;
  // The title: the lines at the top set larger than the slide's text (a
  // word in a picture below may be larger still).
  double body = BodySizeOf(lines);
  LayoutBlock title{BlockKind::kHeading, 1, slide, {}};
  size_t k = 0;
  double title_size = lines.front()->font_size;
  while (k < lines.size() && title_size > body + kSizeTolerance &&
         std::abs(lines[k]->font_size - title_size) < kSizeTolerance) {
    title.lines.push_back(lines[k++]);
  }
  if (!title.lines.empty()) blocks.push_back(std::move(title));
  size_t first_body = blocks.size();

  // Lines wrapped in one item or paragraph go together; the block they wrap
  // from may not be the last one begun (two columns of text on a slide).
  for (; k < lines.size(); ++k) {
    const Line& l = *lines[k];
    auto from =
        std::find_if(blocks.rbegin(), blocks.rend() - static_cast<long>(first_body),
                     [&](const LayoutBlock& b) { return WrapsOn(b, l, lines, page.width); });
    if (from != blocks.rend() - static_cast<long>(first_body)) {
      from->lines.push_back(&l);
      continue;
    }
    BlockKind kind = OpensItem(l)  ? BlockKind::kListItem
                     : l.monospace ? BlockKind::kCode
                                   : BlockKind::kLine;
    blocks.push_back({kind, 0, slide, {&l}});
  }

  // Items whose bullets are drawn, not typed (Beamer): blocks set in from
  // the slide's margin (its title's left edge, or its leftmost text), at
  // least two of them at one indent.
  double margin = 1e9;
  for (const LayoutBlock& b : blocks) margin = std::min(margin, b.lines.front()->box.x0);
  std::map<long, size_t> at_indent;
  auto indent_of = [](const LayoutBlock& b) { return std::lround(b.lines.front()->box.x0); };
  for (size_t i = first_body; i < blocks.size(); ++i) {
    const LayoutBlock& b = blocks[i];
    if (b.kind == BlockKind::kLine &&
        b.lines.front()->box.x0 > margin + params::kSlideItemIndent * b.lines.front()->font_size) {
      ++at_indent[indent_of(b)];
    }
  }
  for (size_t i = first_body; i < blocks.size(); ++i) {
    LayoutBlock& b = blocks[i];
    if (b.kind != BlockKind::kLine) continue;
    auto n = at_indent.find(indent_of(b));
    if (n != at_indent.end() && n->second >= 2) {
      b.kind = BlockKind::kListItem;
    } else if (b.lines.size() > 1) {
      b.kind = BlockKind::kParagraph;  // a sentence wrapped over lines
    }
  }
  return blocks;
}

}  // namespace glossator::layout
