#include "layout/blocks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace glossator::layout {
namespace {

// Font sizes closer than this are one size.
constexpr double kSizeTolerance = 0.6;

bool EndsSentence(const std::string& text) {
  if (text.empty()) return false;
  static const std::vector<std::string> kEnds = {".",  "?",   "!",  ":",  ".”", "?”",
                                                 "!”", ".\"", ".)", ".’", "?’"};
  for (const std::string& e : kEnds) {
    if (text.size() >= e.size() && text.compare(text.size() - e.size(), e.size(), e) == 0) {
      return true;
    }
  }
  return false;
}

bool Overlaps(const Box& a, const Box& b) {
  double overlap = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  return overlap > 0.3 * std::min(a.x1 - a.x0, b.x1 - b.x0);
}

// The size most characters of running text have.
double BodySize(const std::vector<PageLines>& pages) {
  std::map<double, size_t> chars;
  for (const PageLines& p : pages) {
    for (const Line& l : p.lines) {
      if (!l.furniture) chars[l.font_size] += l.Text().size();
    }
  }
  if (chars.empty()) return 0;
  return std::max_element(chars.begin(), chars.end(),
                          [](auto& a, auto& b) { return a.second < b.second; })
      ->first;
}

// The left and right edges of the column a line stands in: the extremes of
// lines of its size on its page that share its horizontal extent (an indented
// abstract in smaller type is a column of its own).
struct Column {
  double left = 0, right = 0;
};

Column ColumnOf(const Line& line, const PageLines& page) {
  Column c{line.box.x0, line.box.x1};
  for (const Line& other : page.lines) {
    if (other.furniture || std::abs(other.font_size - line.font_size) > 0.25) continue;
    if (!Overlaps(other.box, line.box)) continue;
    c.left = std::min(c.left, other.box.x0);
    c.right = std::max(c.right, other.box.x1);
  }
  return c;
}

// Justified text ends most lines at its column's right edge; there a short
// line ends a paragraph. Ragged text says nothing by line length. Decided per
// type size over the whole document, so that a page holding only a few lines
// of a size (a reference list's last page) is judged like the rest.
std::map<double, bool> JustifiedSizes(const std::vector<PageLines>& pages) {
  std::map<double, std::pair<size_t, size_t>> full_and_all;
  for (const PageLines& page : pages) {
    for (const Line& l : page.lines) {
      if (l.furniture) continue;
      auto& [full, all] = full_and_all[l.font_size];
      ++all;
      if (l.box.x1 >= ColumnOf(l, page).right - 0.4 * l.font_size) ++full;
    }
  }
  std::map<double, bool> justified;
  for (const auto& [size, counts] : full_and_all) {
    justified[size] = counts.second >= 6 && counts.first * 2 >= counts.second;
  }
  return justified;
}

struct Placed {
  const Line* line;
  const PageLines* page;
  Column column;
  bool justified;
};

class TextBlockBuilder {
 public:
  explicit TextBlockBuilder(double body_size) : body_size_(body_size) {}

  void Add(const Placed& l) {
    size_t marker = 0;
    bool bullet = StartsWithBullet(l.line->Text(), &marker);
    if (current_.empty() || bullet || StartsNewBlock(l)) Flush();
    if (current_.empty()) kind_ = bullet ? BlockKind::kListItem : BlockKind::kParagraph;
    current_.push_back(l);
  }

  std::vector<LayoutBlock> Finish() {
    Flush();
    return std::move(blocks_);
  }

 private:
  bool SameStyle(const Line& a, const Line& b) const {
    return std::abs(a.font_size - b.font_size) < kSizeTolerance && a.bold == b.bold;
  }

  bool Indented(const Placed& l) const { return l.line->box.x0 > l.column.left + Em(l); }
  double Em(const Placed& l) const { return 0.8 * l.line->font_size; }
  bool Full(const Placed& l) const { return l.line->box.x1 >= l.column.right - 1.5 * Em(l); }

  // Hanging indent (a reference list): the first line at the margin, the rest indented.
  bool Hanging() const {
    if (current_.size() < 2 || Indented(current_.front())) return false;
    for (size_t i = 1; i < current_.size(); ++i) {
      if (!Indented(current_[i])) return false;
    }
    return true;
  }

  bool StartsNewBlock(const Placed& l) const {
    const Placed& p = current_.back();
    if (!SameStyle(*p.line, *l.line)) return true;
    bool same_flow =
        p.page == l.page && l.line->box.y0 > p.line->box.y0 && Overlaps(p.line->box, l.line->box);
    if (same_flow) {
      double gap = l.line->box.y0 - p.line->box.y1;
      if (gap > 0.6 * p.line->height()) return true;
      if (p.justified && !Full(p) && current_.size() >= 1 && !IsHeadingStyle(*p.line)) return true;
      if (Indented(l)) {
        // Continuing a hanging indent, or the second line of one.
        bool first_at_margin = !Indented(current_.front());
        return !(first_at_margin && (current_.size() == 1 || Hanging()));
      }
      return Hanging();  // back at the margin after a hanging indent
    }
    // A page or column break: the paragraph goes on when the sentence runs on.
    if (IsHeadingStyle(*p.line)) return true;
    if (Indented(l) && !Hanging()) return true;
    if (Hanging() && !Indented(l)) return true;
    if (!EndsSentence(p.line->Text())) return false;
    return !(p.justified && Full(p));
  }

  bool IsHeadingStyle(const Line& l) const {
    return l.font_size > body_size_ + kSizeTolerance || l.bold;
  }

  void Flush() {
    if (current_.empty()) return;
    LayoutBlock b;
    b.kind = kind_;
    for (const Placed& p : current_) b.lines.push_back(p.line);
    blocks_.push_back(std::move(b));
    current_.clear();
  }

  double body_size_;
  std::vector<Placed> current_;
  BlockKind kind_ = BlockKind::kParagraph;
  std::vector<LayoutBlock> blocks_;
};

// Headings: larger than body type (levels by size, largest first), or short
// bold lines of body size that do not end a sentence.
void ClassifyHeadings(std::vector<LayoutBlock>& blocks, double body_size) {
  std::set<double, std::greater<>> sizes;
  for (const LayoutBlock& b : blocks) {
    double s = b.lines.front()->font_size;
    if (s > body_size + kSizeTolerance) sizes.insert(std::round(s));
  }
  for (LayoutBlock& b : blocks) {
    const Line& first = *b.lines.front();
    std::string text = first.Text();
    if (first.font_size > body_size + kSizeTolerance) {
      b.kind = BlockKind::kHeading;
      b.level = 1 + static_cast<int>(
                        std::distance(sizes.begin(), sizes.find(std::round(first.font_size))));
    } else if (first.bold && b.lines.size() <= 2 && text.size() < 120 && !EndsSentence(text) &&
               std::abs(first.font_size - body_size) < kSizeTolerance) {
      b.kind = BlockKind::kHeading;
      b.level = static_cast<int>(sizes.size()) + 1;
    }
  }
}

}  // namespace

bool StartsWithBullet(const std::string& text, size_t* marker_bytes) {
  static const std::vector<std::string> kBullets = {"•", "◦", "▪", "‣", "●", "■", "○"};
  for (const std::string& b : kBullets) {
    if (text.size() > b.size() && text.compare(0, b.size(), b) == 0 && text[b.size()] == ' ') {
      *marker_bytes = b.size() + 1;
      return true;
    }
  }
  return false;
}

std::vector<LayoutBlock> BuildTextBlocks(const std::vector<PageLines>& pages) {
  double body_size = BodySize(pages);
  TextBlockBuilder builder(body_size);
  std::map<double, bool> justified_sizes = JustifiedSizes(pages);
  for (const PageLines& page : pages) {
    for (const Line& line : page.lines) {
      if (line.furniture) continue;
      bool justified = justified_sizes[line.font_size];
      Column col = ColumnOf(line, page);
      if (std::getenv("GLOSSATOR_DEBUG_LAYOUT")) {
        std::fprintf(stderr, "p%d [%6.1f %6.1f %6.1f %6.1f] col[%6.1f %6.1f] %4.1f%s%s %s\n",
                     line.page, line.box.x0, line.box.y0, line.box.x1, line.box.y1, col.left,
                     col.right, line.font_size, line.bold ? " B" : "", justified ? " J" : "",
                     line.Text().c_str());
      }
      builder.Add({&line, &page, col, justified});
    }
  }
  std::vector<LayoutBlock> blocks = builder.Finish();
  ClassifyHeadings(blocks, body_size);
  return blocks;
}

bool LooksLikeSlideDeck(const std::vector<PageLines>& pages) {
  if (pages.empty()) return false;
  size_t landscape = 0;
  for (const PageLines& p : pages) landscape += p.width > p.height ? 1 : 0;
  return landscape * 5 >= pages.size() * 4 && BodySize(pages) >= 16;
}

std::vector<LayoutBlock> BuildSlideBlocks(const std::vector<PageLines>& pages,
                                          const std::vector<int>& slide_numbers) {
  std::vector<LayoutBlock> blocks;
  for (size_t i = 0; i < pages.size(); ++i) {
    std::vector<const Line*> lines;
    for (const Line& l : pages[i].lines) {
      if (!l.furniture) lines.push_back(&l);
    }
    if (lines.empty()) continue;
    // Text boxes come in any order; a slide reads top to bottom, left to right.
    std::stable_sort(lines.begin(), lines.end(), [](const Line* a, const Line* b) {
      if (std::abs(a->box.y0 - b->box.y0) > 0.5 * std::min(a->height(), b->height())) {
        return a->box.y0 < b->box.y0;
      }
      return a->box.x0 < b->box.x0;
    });
    double largest = 0, smallest = 1e9;
    for (const Line* l : lines) {
      largest = std::max(largest, l->font_size);
      smallest = std::min(smallest, l->font_size);
    }
    int slide = slide_numbers[i] > 0 ? slide_numbers[i] : pages[i].number;
    LayoutBlock title{BlockKind::kHeading, 1, slide, {}};
    size_t k = 0;
    while (k < lines.size() && std::abs(lines[k]->font_size - largest) < kSizeTolerance &&
           largest > smallest + kSizeTolerance) {
      title.lines.push_back(lines[k++]);
    }
    if (!title.lines.empty()) blocks.push_back(std::move(title));
    for (; k < lines.size(); ++k) {
      size_t marker = 0;
      bool bullet = StartsWithBullet(lines[k]->Text(), &marker);
      blocks.push_back({bullet ? BlockKind::kListItem : BlockKind::kLine, 0, slide, {lines[k]}});
    }
  }
  return blocks;
}

}  // namespace glossator::layout
