#include "layout/furniture.h"

#include <cctype>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <string_view>

namespace glossator::layout {
namespace {

// How close to the edge a line must be to count as a header or footer.
constexpr double kEdgeBand = 0.12;

bool NearTop(const Line& l, const PageLines& p) { return l.box.y0 < kEdgeBand * p.height; }
bool NearBottom(const Line& l, const PageLines& p) { return l.box.y1 > (1 - kEdgeBand) * p.height; }

// The line's text with digit runs replaced, so "Page 3" and "Page 4" agree.
std::string Shape(const std::string& text) {
  std::string out;
  bool in_digits = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (!in_digits) out += '#';
      in_digits = true;
    } else {
      out += c;
      in_digits = false;
    }
  }
  return out;
}

int RomanValue(const std::string& s) {
  static const std::map<char, int> kValues = {{'i', 1}, {'v', 5}, {'x', 10}, {'l', 50}};
  int total = 0, prev = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    auto v = kValues.find(static_cast<char>(std::tolower(*it)));
    if (v == kValues.end()) return -1;
    total += v->second < prev ? -v->second : v->second;
    prev = std::max(prev, v->second);
  }
  return total;
}

// A candidate is a line in the edge band, with where it stands.
struct Candidate {
  size_t page_index, line_index;
  bool top;
};

// A small scanner rather than std::regex: the regex's construction alone
// cost more than the layout of a short document.
class PageNumberScanner {
 public:
  explicit PageNumberScanner(const std::string& text) : s_(text) {}

  int Parse() {
    SkipSpaces();
    SkipWord("page") || SkipWord("pg.") || SkipWord("p.");
    SkipSpaces();
    SkipDash();
    SkipSpaces();
    int number = Digits();
    if (number < 0) {
      number = Roman();
      if (number < 0) return -1;
      SkipSpaces();
      SkipDash();
      SkipSpaces();
      return pos_ == s_.size() ? number : -1;
    }
    SkipSpaces();
    SkipDash();
    SkipSpaces();
    if (SkipWord("of") || SkipWord("/")) {
      SkipSpaces();
      if (Digits() < 0) return -1;
      SkipSpaces();
    }
    return pos_ == s_.size() ? number : -1;
  }

 private:
  void SkipSpaces() {
    while (pos_ < s_.size() && s_[pos_] == ' ') ++pos_;
  }
  bool SkipWord(std::string_view w) {
    if (s_.size() - pos_ < w.size()) return false;
    for (size_t i = 0; i < w.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(s_[pos_ + i])) !=
          static_cast<unsigned char>(w[i])) {
        return false;
      }
    }
    pos_ += w.size();
    return true;
  }
  void SkipDash() { SkipWord("-") || SkipWord("\u2013") || SkipWord("\u2014"); }
  int Digits() {
    size_t start = pos_;
    int value = 0;
    while (pos_ < s_.size() && pos_ - start < 4 &&
           std::isdigit(static_cast<unsigned char>(s_[pos_]))) {
      value = value * 10 + (s_[pos_++] - '0');
    }
    if (pos_ == start || (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_])))) {
      pos_ = start;
      return -1;
    }
    return value;
  }
  int Roman() {
    size_t start = pos_;
    while (pos_ < s_.size() && pos_ - start < 6 && std::strchr("ivxlIVXL", s_[pos_])) ++pos_;
    if (pos_ == start) return -1;
    return RomanValue(s_.substr(start, pos_ - start));
  }

  const std::string& s_;
  size_t pos_ = 0;
};

}  // namespace

int ParsePageNumber(const std::string& text) { return PageNumberScanner(text).Parse(); }

std::vector<std::vector<Furniture>> SetAsideFurniture(std::vector<PageLines>& pages) {
  std::vector<Candidate> candidates;
  // How many pages show each shape at each edge.
  std::map<std::pair<bool, std::string>, std::set<size_t>> pages_with_shape;
  for (size_t p = 0; p < pages.size(); ++p) {
    for (size_t i = 0; i < pages[p].lines.size(); ++i) {
      const Line& l = pages[p].lines[i];
      bool top = NearTop(l, pages[p]);
      if (!top && !NearBottom(l, pages[p])) continue;
      candidates.push_back({p, i, top});
      pages_with_shape[{top, Shape(l.Text())}].insert(p);
    }
  }
  // A running header or footer repeats on at least half the pages (and on two
  // at least): a slide title repeated on two slides of twenty does not.
  size_t needed = std::max<size_t>(2, (pages.size() + 1) / 2);

  std::vector<std::vector<Furniture>> out(pages.size());
  std::vector<size_t> body_lines(pages.size(), 0);
  for (size_t p = 0; p < pages.size(); ++p) body_lines[p] = pages[p].lines.size();
  for (const Candidate& c : candidates) {
    const Line& l = pages[c.page_index].lines[c.line_index];
    bool page_number = ParsePageNumber(l.Text()) >= 0;
    bool repeats = pages_with_shape[{c.top, Shape(l.Text())}].size() >= needed;
    if (page_number || repeats) --body_lines[c.page_index];
  }
  for (const Candidate& c : candidates) {
    Line& l = pages[c.page_index].lines[c.line_index];
    std::string text = l.Text();
    bool page_number = ParsePageNumber(text) >= 0;
    bool repeats = pages_with_shape[{c.top, Shape(text)}].size() >= needed;
    if (!page_number && !repeats) continue;
    // A line that repeats on a page with nothing else on it is the page's
    // text ("Potato 7" alone on each page), not a header over it.
    if (!page_number && body_lines[c.page_index] == 0) continue;
    l.furniture = true;
    Furniture f;
    f.kind = page_number ? Furniture::Kind::kPageNumber
                         : (c.top ? Furniture::Kind::kHeader : Furniture::Kind::kFooter);
    f.text = text;
    f.box = l.box;
    out[c.page_index].push_back(std::move(f));
  }
  return out;
}

}  // namespace glossator::layout
