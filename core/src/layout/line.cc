#include "layout/line.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <string_view>
#include <utility>

#include "layout/bidi.h"
#include "layout/params.h"
#include "pdf/page_orientation.h"
#include "text/normalize.h"

namespace glossator::layout {
namespace {

bool IsBoldFont(const std::string& font) {
  // URW's base fonts, which LaTeX's times and helvet packages set, name
  // their bold "Medi" (NimbusRomNo9L-Medi, -MediItal); "Medium" elsewhere is
  // a weight between, which some set their running text in.
  bool urw_bold = font.size() >= 5 && (font.compare(font.size() - 5, 5, "-Medi") == 0 ||
                                       font.find("-MediItal") != std::string::npos);
  return urw_bold || font.find("Bold") != std::string::npos ||
         font.find("bold") != std::string::npos || font.find("Black") != std::string::npos ||
         font.find("Heavy") != std::string::npos || font.find("CMBX") != std::string::npos ||
         font.find("Semibold") != std::string::npos;
}

// Fonts whose every glyph has one width, as code listings are set: TeX's
// typewriter (cmtt, Latin Modern Mono), Courier and its clones (Nimbus Mono),
// and the programmers' fonts. By name: the FixedPitch flag of a font
// descriptor is set on many proportional TeX fonts and missing on some
// monospace ones. "Monotype" is a foundry, not a monospace font.
bool IsMonospaceFont(const std::string& font) {
  static constexpr std::string_view kCues[] = {
      "Mono",          "mono",         "NimbusMon",     "Courier",   "courier", "CMTT",
      "cmtt",          "LMTypewriter", "Consol",        "Menlo",     "Monaco",  "Inconsol",
      "SourceCodePro", "FiraCode",     "LucidaConsole", "Typewriter"};
  std::string_view name(font);
  if (name.find("Monotype") != std::string_view::npos) return false;
  for (std::string_view cue : kCues) {
    if (name.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

// Fonts that set mathematics: TeX's math italic, symbols and extension
// (cmmi, cmsy, cmex, the AMS msam/msbm, Latin Modern Math), and the math
// and symbol fonts of other systems (Symbol, Cambria Math, STIX).
bool IsMathFont(const std::string& font) {
  static constexpr std::string_view kCues[] = {"CMMI", "CMSY",   "CMEX", "MSBM", "MSAM", "LMMath",
                                               "Math", "Symbol", "STIX", "cmmi", "cmsy", "cmex"};
  std::string_view name(font);
  for (std::string_view cue : kCues) {
    if (name.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

// A web address or a piece of one wrapped at a slash
// ("http://golang.org/doc/", "com/index.php/content/"): LaTeX's \url sets
// them in typewriter type inside prose and reference entries, and they are
// no code.
bool LooksLikeUrl(std::string_view word) {
  if (word.find("://") != std::string_view::npos || word.find("www.") != std::string_view::npos) {
    return true;
  }
  size_t slash = word.find('/');
  return slash != std::string_view::npos && word.find('.') != std::string_view::npos &&
         word.find_first_of("(){}=\"<>") == std::string_view::npos;
}

bool SameBaseline(const Box& a, const Box& b) {
  double ca = (a.y0 + a.y1) / 2, cb = (b.y0 + b.y1) / 2;
  double h = std::min(a.y1 - a.y0, b.y1 - b.y0);
  return std::abs(ca - cb) < 0.5 * std::max(h, 1.0);
}

// Fills the line's box, size and weight from its words (weighted by characters).
void Summarise(Line& line, const std::vector<const pdf::Word*>& raw) {
  // Characters per font size (to the half point); a line has one to three.
  std::vector<std::pair<double, size_t>> size_chars;
  size_t bold_chars = 0, monospace_chars = 0, math_chars = 0, all_chars = 0;
  // A line's words mostly share a font: its weight and pitch are worked out
  // once per run.
  const std::string* font = nullptr;
  bool bold = false, monospace = false, math = false;
  line.box = raw.front()->box;
  for (const pdf::Word* w : raw) {
    line.box.x0 = std::min(line.box.x0, w->box.x0);
    line.box.y0 = std::min(line.box.y0, w->box.y0);
    line.box.x1 = std::max(line.box.x1, w->box.x1);
    line.box.y1 = std::max(line.box.y1, w->box.y1);
    double size = std::round(w->font_size * 2) / 2;
    auto same = std::find_if(size_chars.begin(), size_chars.end(),
                             [&](const auto& entry) { return entry.first == size; });
    if (same == size_chars.end()) {
      size_chars.emplace_back(size, w->text.size());
    } else {
      same->second += w->text.size();
    }
    if (!font || *font != w->font) {
      font = &w->font;
      bold = IsBoldFont(w->font);
      monospace = IsMonospaceFont(w->font);
      math = IsMathFont(w->font);
    }
    if (math) math_chars += w->text.size();
    if (bold) bold_chars += w->text.size();
    if (monospace && !LooksLikeUrl(w->text)) monospace_chars += w->text.size();
    all_chars += w->text.size();
  }
  // The size of most characters; of two with as many, the smaller.
  auto most = size_chars.begin();
  for (auto it = size_chars.begin(); it != size_chars.end(); ++it) {
    if (it->second > most->second || (it->second == most->second && it->first < most->first)) {
      most = it;
    }
  }
  line.font_size = most->first;
  // Most of it, to its end: a run-in heading in bold ("Nearest neighbour
  // search We retrieve the near-") opens a line of its paragraph, which ends
  // in the text's weight; it makes no heading of the line.
  line.bold =
      static_cast<double>(bold_chars) > params::kBoldLineShare * static_cast<double>(all_chars) &&
      IsBoldFont(raw.back()->font);
  line.math_share =
      all_chars ? static_cast<double>(math_chars) / static_cast<double>(all_chars) : 0;
  line.monospace = static_cast<double>(monospace_chars) >
                   params::kMonospaceLineShare * static_cast<double>(all_chars);
}

}  // namespace

bool IsEnumerator(const std::string& text) {
  if (text.empty() || text.size() > params::kEnumeratorMaxBytes) return false;
  static const std::vector<std::string> kBullets = {"•", "◦", "▪", "‣", "●", "■", "○", "–", "-"};
  for (const std::string& b : kBullets)
    if (text == b) return true;
  size_t i = 0, n = text.size();
  if (text[i] == '(' || text[i] == '[') ++i;
  size_t body = i;
  while (i < n && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
  if (i == body) return false;
  bool digits = std::all_of(text.begin() + body, text.begin() + i,
                            [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  // Letters: one ("a.") or a roman numeral ("iv)"), not a word ("Fig.").
  bool roman = std::all_of(text.begin() + body, text.begin() + i, [](char c) {
    return std::string_view("ivxlcIVXLC").find(c) != std::string_view::npos;
  });
  if (!digits && i - body > 1 && !(roman && i - body <= params::kEnumeratorMaxLetters))
    return false;
  size_t closers = n - i;
  // A bare number is a line number or a page's figure, not an enumerator.
  if (closers == 0) return false;
  return closers == 1 && (text[i] == '.' || text[i] == ')' || text[i] == ']');
}

const std::string& Line::Text() const {
  if (text_.empty()) {
    for (const LineWord& w : words) {
      if (!text_.empty()) text_ += ' ';
      text_ += w.text;
    }
  }
  return text_;
}

namespace {

using Words = std::vector<const pdf::Word*>;

double MedianSize(const Words& words) {
  std::vector<double> sizes;
  for (const pdf::Word* w : words) sizes.push_back(std::max(w->font_size, w->box.y1 - w->box.y0));
  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  return std::max(sizes[sizes.size() / 2], 1.0);
}

// Distinct baselines among words (rows of text).
size_t CountRows(const Words& words, double em) {
  std::vector<double> centers;
  for (const pdf::Word* w : words) centers.push_back((w->box.y0 + w->box.y1) / 2);
  std::sort(centers.begin(), centers.end());
  size_t rows = 0;
  double last = -1e9;
  for (double c : centers) {
    if (c - last > 0.5 * em) ++rows;
    last = c;
  }
  return rows;
}

// A gap in the projection of the words onto one axis: [from, to].
struct Gap {
  double from = 0, to = 0;
  double width() const { return to - from; }
};

template <typename Lo, typename Hi>
std::vector<Gap> ProjectionGaps(Words words, Lo lo, Hi hi, double min_width) {
  std::sort(words.begin(), words.end(),
            [&](const pdf::Word* a, const pdf::Word* b) { return lo(a) < lo(b); });
  std::vector<Gap> gaps;
  double covered = hi(words.front());
  for (const pdf::Word* w : words) {
    if (lo(w) - covered >= min_width) gaps.push_back({covered, lo(w)});
    covered = std::max(covered, hi(w));
  }
  return gaps;
}

// The words left of a gap are the enumerators of a list whose items stand
// right of it ("1.   Bassingthwaighte, J.B. ..."): each is an enumerator on
// the baseline of an item's first line. A numbered reference list or numbered
// paragraphs are one column with their numbers hanging, not two columns.
// A section's number ("2.1", "2.1.1", "A.3", "4"): letters or digits in
// groups of at most three, joined by full stops.
bool IsSectionNumber(const std::string& text) {
  size_t group = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '.') {
      if (group == 0) return false;
      group = 0;
    } else if (std::isdigit(c) || (std::isupper(c) && i == 0)) {
      if (++group > 3) return false;
    } else {
      return false;
    }
  }
  return !text.empty() && std::isdigit(static_cast<unsigned char>(text.back())) ? true
                                                                                : text.size() > 1;
}

bool EnumeratorColumn(const Words& left, const Words& right) {
  for (const pdf::Word* w : left) {
    std::string text = text::NormalizeText(w->text);
    if (!IsEnumerator(text) && !IsSectionNumber(text)) return false;
    bool beside = std::any_of(right.begin(), right.end(),
                              [&](const pdf::Word* r) { return SameBaseline(w->box, r->box); });
    if (!beside) return false;
  }
  return !left.empty();
}

// A leader's dots, as a contents line sets them before its page number.
bool IsLeader(const std::string& text) {
  return !text.empty() && text.find_first_not_of(".\u2026 ") == std::string::npos;
}

// The words right of a gap are the page numbers of a table of contents:
// each a number (arabic or roman) on the baseline of a leader's dots that
// end a line left of it ("2.1.1 History of Go . . . . . 17"), a few of them
// at least, the others beside their entry's last word (a chapter's line in
// bold without leaders); a word with nothing on its baseline left of the gap
// (the page's own number) says nothing.
bool PageNumberColumn(const Words& left, const Words& right) {
  size_t numbers = 0;
  for (const pdf::Word* r : right) {
    std::string text = text::NormalizeText(r->text);
    bool number = !text.empty() && text.size() <= 5 &&
                  text.find_first_not_of("0123456789ivxlcdm") == std::string::npos;
    const pdf::Word* last = nullptr;  // the left word nearest r on its baseline
    for (const pdf::Word* w : left) {
      if (SameBaseline(w->box, r->box) && (!last || w->box.x1 > last->box.x1)) last = w;
    }
    if (!last) continue;
    if (!number) return false;
    numbers += IsLeader(text::NormalizeText(last->text));  // a chapter's line may set none
  }
  return numbers >= params::kMinContentsEntries;
}

// Recursive XY-cut: a region is split at a column gutter when one runs through
// all of it, else at its widest horizontal gap; leaves are read in order (top
// to bottom, left to right). Poppler's own order mixes columns near the foot
// of some two-column pages, so the reading order is ours.
void XyCut(const Words& words, int depth, std::vector<Words>& leaves) {
  if (words.size() <= 1 || depth > 64) {
    if (!words.empty()) leaves.push_back(words);
    return;
  }
  double em = MedianSize(words);
  auto left = [](const pdf::Word* w) { return w->box.x0; };
  auto right = [](const pdf::Word* w) { return w->box.x1; };
  std::vector<Gap> columns = ProjectionGaps(words, left, right, 0.9 * em);
  std::sort(columns.begin(), columns.end(),
            [](const Gap& a, const Gap& b) { return a.width() > b.width(); });
  for (const Gap& g : columns) {
    Words l, r;
    for (const pdf::Word* w : words) (w->box.x1 <= g.from + 0.01 ? l : r).push_back(w);
    // Word spaces of a line or two can line up by chance; a gutter runs
    // beside several rows on both sides, or is wide.
    bool gutter = CountRows(l, em) >= 3 && CountRows(r, em) >= 3;
    if ((gutter || g.width() >= 3 * em) && !EnumeratorColumn(l, r) && !PageNumberColumn(l, r)) {
      XyCut(l, depth + 1, leaves);
      XyCut(r, depth + 1, leaves);
      return;
    }
  }
  auto top = [](const pdf::Word* w) { return w->box.y0; };
  auto bottom = [](const pdf::Word* w) { return w->box.y1; };
  std::vector<Gap> rows = ProjectionGaps(words, top, bottom, 0.5 * em);
  if (rows.empty()) {
    leaves.push_back(words);
    return;
  }
  const Gap& widest = *std::max_element(
      rows.begin(), rows.end(), [](const Gap& a, const Gap& b) { return a.width() < b.width(); });
  Words above, below;
  for (const pdf::Word* w : words) (w->box.y1 <= widest.from + 0.01 ? above : below).push_back(w);
  XyCut(above, depth + 1, leaves);
  XyCut(below, depth + 1, leaves);
}

// The extent of a group of words.
Box BoxOf(const Words& words) {
  Box b = words.front()->box;
  for (const pdf::Word* w : words) {
    b.x0 = std::min(b.x0, w->box.x0);
    b.y0 = std::min(b.y0, w->box.y0);
    b.x1 = std::max(b.x1, w->box.x1);
    b.y1 = std::max(b.y1, w->box.y1);
  }
  return b;
}

double LargestSize(const Words& words) {
  double size = 0;
  for (const pdf::Word* w : words) size = std::max(size, w->font_size);
  return size;
}

// small, a few words in smaller type, is raised or lowered on line (an
// exponent, a subscript, "η̂²_G"): most of its height lies within the line's,
// and it stands within the line's extent.
bool IsScriptOf(const Words& small, const Words& line) {
  if (small.size() > params::kScriptMaxWords) return false;
  if (LargestSize(small) >= LargestSize(line) - 0.5) return false;
  Box s = BoxOf(small), l = BoxOf(line);
  double em = LargestSize(line);
  double overlap = std::min(s.y1, l.y1) - std::max(s.y0, l.y0);
  return overlap >= params::kScriptMinOverlap * (s.y1 - s.y0) && s.x0 >= l.x0 - em &&
         s.x1 <= l.x1 + em;
}

// Scripts set apart from their line by the grouping by baseline go back into
// it, in order of position.
void AttachScripts(std::vector<Words>& lines) {
  for (size_t i = 0; i < lines.size();) {
    size_t host = lines.size();
    if (i + 1 < lines.size() && IsScriptOf(lines[i], lines[i + 1])) host = i + 1;
    if (host == lines.size() && i > 0 && IsScriptOf(lines[i], lines[i - 1])) host = i - 1;
    if (host == lines.size()) {
      ++i;
      continue;
    }
    Words& into = lines[host];
    into.insert(into.end(), lines[i].begin(), lines[i].end());
    std::stable_sort(into.begin(), into.end(),
                     [](const pdf::Word* a, const pdf::Word* b) { return a->box.x0 < b->box.x0; });
    lines.erase(lines.begin() + static_cast<long>(i));
    if (host < i) continue;  // the next line now stands at i
  }
}

// The words of one region as lines: grouped by baseline, left to right.
std::vector<Words> RegionLines(Words words) {
  std::sort(words.begin(), words.end(), [](const pdf::Word* a, const pdf::Word* b) {
    return a->box.y0 + a->box.y1 < b->box.y0 + b->box.y1;
  });
  std::vector<Words> lines;
  for (const pdf::Word* w : words) {
    if (lines.empty() || !SameBaseline(lines.back().back()->box, w->box)) lines.emplace_back();
    lines.back().push_back(w);
  }
  AttachScripts(lines);
  // Words far apart on one baseline (a date left, a title centred) are lines
  // of their own, as the XY-cut would have made them in a region of their own.
  std::vector<Words> split;
  for (Words& l : lines) {
    std::stable_sort(l.begin(), l.end(),
                     [](const pdf::Word* a, const pdf::Word* b) { return a->box.x0 < b->box.x0; });
    split.emplace_back();
    for (const pdf::Word* w : l) {
      if (!split.back().empty()) {
        const pdf::Word* prev = split.back().back();
        if (w->box.x0 - prev->box.x1 > 3 * std::max(prev->font_size, 1.0)) split.emplace_back();
      }
      split.back().push_back(w);
    }
  }
  return split;
}

}  // namespace

std::vector<Line> BuildLines(const pdf::RawPage& page) {
  Words all;
  for (const pdf::Word& w : page.words) all.push_back(&w);
  std::vector<Words> regions;
  XyCut(all, 0, regions);
  std::vector<Line> lines;
  for (const Words& region : regions) {
    for (const Words& raw : RegionLines(region)) {
      Line line;
      line.page = page.number;
      for (const pdf::Word* w : raw) {
        LineWord lw;
        lw.text = text::NormalizeText(w->text);
        // An odd space at an end of a word is no part of it.
        size_t first = lw.text.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        lw.text = lw.text.substr(first, lw.text.find_last_not_of(' ') - first + 1);
        lw.box = w->box;
        lw.font_size = w->font_size;
        lw.font_id = std::hash<std::string>{}(w->font);
        lw.bold = IsBoldFont(w->font);
        lw.order = w->order;
        lw.space_after = w->space_after;
        lw.trailing_unmapped_glyph = w->box.x1 - w->last_glyph_x1 > 0.25 * w->font_size;
        line.words.push_back(std::move(lw));
      }
      if (line.words.empty()) continue;
      ToLogicalOrder(&line.words);  // right-to-left script: into reading order
      Summarise(line, raw);
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

std::vector<Furniture> SidewaysFurniture(const pdf::RawPage& page) {
  std::vector<Furniture> out;
  for (const pdf::SidewaysText& group : page.sideways) {
    pdf::RawPage turned;
    turned.number = page.number;
    turned.width = group.width;
    turned.height = group.height;
    turned.words = group.words;
    for (const Line& line : BuildLines(turned)) {
      // Back to the page's frame: the inverse of group.turns.
      Box box = pdf::TurnBox(line.box, 4 - group.turns, group.width, group.height);
      out.push_back({Furniture::Kind::kMargin, line.Text(), box});
    }
  }
  return out;
}

}  // namespace glossator::layout
