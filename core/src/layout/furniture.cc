#include "layout/furniture.h"

#include <algorithm>
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
// Pages on either side where a head that changes with the chapter is looked
// for: odd and even pages may carry different heads, so two on each side.
constexpr size_t kNearPages = 4;

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

EdgeLines FindEdgeLines(const PageLines& page) {
  EdgeLines edges;
  for (size_t i = 0; i < page.lines.size(); ++i) {
    const Line& l = page.lines[i];
    bool top = NearTop(l, page);
    if (!top && !NearBottom(l, page)) continue;
    edges.entries.push_back({i, (top ? "T" : "B") + Shape(l.Text())});
  }
  return edges;
}

std::vector<Furniture> DecideFurniture(PageLines& page, const EdgeLines& own,
                                       const std::vector<const EdgeLines*>& window, bool slides) {
  // A running header or footer repeats on at least half the pages (and on two
  // at least): a slide title repeated on two slides of twenty does not.
  size_t needed = std::max<size_t>(2, (window.size() + 1) / 2);
  size_t own_at = std::find(window.begin(), window.end(), &own) - window.begin();
  auto has = [](const EdgeLines* edges, const std::string& key) {
    for (const EdgeLines::Entry& e : edges->entries) {
      if (e.key == key) return true;
    }
    return false;
  };
  auto repeats = [&](const std::string& key) {
    size_t pages = 0, same_side = 0, pages_same_side = 0;
    for (size_t i = 0; i < window.size(); ++i) {
      bool here = has(window[i], key);
      pages += here;
      // Odd and even pages carry different heads (author, title): each
      // repeats on its own side of the spread.
      if (own_at < window.size() && (i % 2) == (own_at % 2)) {
        ++pages_same_side;
        same_side += here;
      }
    }
    if (pages >= needed) return true;
    if (same_side >= 2 && 2 * same_side >= pages_same_side) return true;
    // A head that changes with the chapter or section (a thesis's chapter
    // titles) stands on two pages at least of the few around this one; a
    // title repeated once, over a page break, does not.
    if (!slides && own_at < window.size()) {
      size_t near = 0;
      size_t from = own_at > kNearPages ? own_at - kNearPages : 0;
      for (size_t i = from; i < window.size() && i <= own_at + kNearPages; ++i) {
        near += i != own_at && has(window[i], key);
      }
      if (near >= 2) return true;
    }
    return false;
  };
  std::vector<bool> aside(own.entries.size());
  std::vector<bool> number(own.entries.size());
  size_t remaining = page.lines.size();
  // A line of figures alone ("47.2", "0.65") that is no page number is a
  // table's cell at the page's edge: its shape ("#.#") repeats over pages of
  // tables, but a running head has words.
  auto has_letters = [](const std::string& key) {
    return std::any_of(key.begin() + 1, key.end(),
                       [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
  };
  for (size_t k = 0; k < own.entries.size(); ++k) {
    number[k] = ParsePageNumber(page.lines[own.entries[k].line_index].Text()) >= 0;
    aside[k] = number[k] || (has_letters(own.entries[k].key) && repeats(own.entries[k].key));
    remaining -= aside[k] ? 1 : 0;
  }
  std::vector<Furniture> out;
  for (size_t k = 0; k < own.entries.size(); ++k) {
    if (!aside[k]) continue;
    // A line that repeats on a page with nothing else on it is the page's
    // text ("Potato 7" alone on each page), not a header over it.
    if (!number[k] && remaining == 0) continue;
    Line& l = page.lines[own.entries[k].line_index];
    l.furniture = true;
    Furniture f;
    f.kind = number[k] ? Furniture::Kind::kPageNumber
                       : (own.entries[k].key[0] == 'T' ? Furniture::Kind::kHeader
                                                       : Furniture::Kind::kFooter);
    f.text = l.Text();
    f.box = l.box;
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<std::vector<Furniture>> SetAsideFurniture(std::vector<PageLines>& pages) {
  std::vector<EdgeLines> edges;
  for (const PageLines& p : pages) edges.push_back(FindEdgeLines(p));
  std::vector<const EdgeLines*> window;
  for (const EdgeLines& e : edges) window.push_back(&e);
  std::vector<std::vector<Furniture>> out;
  for (size_t p = 0; p < pages.size(); ++p)
    out.push_back(DecideFurniture(pages[p], edges[p], window, false));
  return out;
}

}  // namespace glossator::layout
