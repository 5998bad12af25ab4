#include "layout/front_matter.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "layout/params.h"

namespace glossator::layout {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// text opens with word (case aside) followed by its end or a separator.
bool OpensWith(const std::string& lower, const std::string& word) {
  if (lower.compare(0, word.size(), word) != 0) return false;
  if (lower.size() == word.size()) return true;
  unsigned char next = static_cast<unsigned char>(lower[word.size()]);
  return next == ':' || next == '.' || next == ' ' || next == '\n' || next >= 0x80;  // a dash
}

// The letters and digits of s, in lower case: what two spellings of one
// title share ("Prepare APA ..." in the text, "Prepare APA ..." in the
// metadata with other spaces or punctuation).
std::string Letters(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

}  // namespace

std::string FrontLabel(const std::string& text) {
  std::string lower = Lower(text.substr(0, 24));
  for (const char* w : {"abstract"}) {
    if (OpensWith(lower, w)) return "abstract";
  }
  for (const char* w : {"keywords", "key words", "index terms"}) {
    if (OpensWith(lower, w)) return "keywords";
  }
  return "";
}

FrontMatter FindFrontMatter(const std::vector<Block>& blocks, const std::vector<BlockStyle>& styles,
                            const std::string& text, double body_size,
                            const std::string& metadata_title) {
  FrontMatter front;
  auto text_of = [&](size_t i) {
    return text.substr(blocks[i].begin, blocks[i].end - blocks[i].begin);
  };
  size_t region = 0;  // blocks on the first pages
  while (region < blocks.size() && region < params::kFrontMaxBlocks &&
         blocks[region].first_page <= params::kFrontMaxPage) {
    ++region;
  }
  // The abstract and the keywords.
  size_t abstract_at = FrontMatter::kNone;
  for (size_t i = 0; i < region; ++i) {
    std::string label = FrontLabel(text_of(i));
    if (label == "abstract" && abstract_at == FrontMatter::kNone) abstract_at = i;
    if (label == "keywords" && front.keywords == FrontMatter::kNone) front.keywords = i;
  }
  if (abstract_at != FrontMatter::kNone) {
    front.abstract.push_back(abstract_at);
    // A heading alone ("Abstract") is followed by its paragraphs.
    bool heading_alone = Lower(text_of(abstract_at)).size() <= std::string("abstract.").size();
    for (size_t i = abstract_at + 1; heading_alone && i < blocks.size() &&
                                     front.abstract.size() <= params::kFrontMaxAbstractParagraphs;
         ++i) {
      if (blocks[i].kind == BlockKind::kHeading || i == front.keywords) break;
      front.abstract.push_back(i);
    }
  }
  // A structured abstract ("Background: ... Methods: ...") runs in
  // paragraphs of its own up to the keywords.
  if (!front.abstract.empty() && front.keywords != FrontMatter::kNone &&
      front.keywords > front.abstract.back() &&
      front.keywords - abstract_at <=
          params::kFrontMaxAbstractParagraphs + params::kFrontMaxKeywordsGap) {
    bool heading_between = false;
    for (size_t i = abstract_at + 1; i < front.keywords; ++i) {
      heading_between |= blocks[i].kind == BlockKind::kHeading;
    }
    if (!heading_between) {
      front.abstract.clear();
      for (size_t i = abstract_at; i < front.keywords; ++i) front.abstract.push_back(i);
    }
  }
  // The title: the largest type on the first page, before the abstract;
  // a title wrapped into two blocks of that size is one.
  size_t limit = std::min(region, abstract_at);
  double largest = 0;
  for (size_t i = 0; i < limit && blocks[i].first_page == 1; ++i) {
    largest = std::max(largest, styles[i].font_size);
  }
  if (largest > body_size + kSizeTolerance) {
    for (size_t i = 0; i < limit && blocks[i].first_page == 1; ++i) {
      if (std::abs(styles[i].font_size - largest) >= kSizeTolerance) {
        if (!front.title.empty()) break;
        continue;
      }
      if (styles[i].first_line.size() > params::kFrontMaxTitleBytes) break;
      front.title.push_back(i);
      if (front.title.size() == 2) break;
    }
  }
  // A manuscript sets its title in text type: the PDF's metadata, when a
  // block of the first page says the same, confirms it.
  if (front.title.empty() && !metadata_title.empty()) {
    std::string wanted = Letters(metadata_title);
    for (size_t i = 0; i < limit && blocks[i].first_page == 1; ++i) {
      std::string one = Letters(text_of(i));
      if (one == wanted) {
        front.title.push_back(i);
        break;
      }
      // A title wrapped into two blocks.
      if (i + 1 < limit && !one.empty() && one + Letters(text_of(i + 1)) == wanted) {
        front.title = {i, i + 1};
        break;
      }
    }
  }
  if (!front.title.empty()) {
    size_t next = front.title.back() + 1;
    // A rule of dots or dashes between title and names is no byline.
    while (next < limit && Letters(text_of(next)).empty()) ++next;
    // The byline: the next block, its first line short and no sentence.
    if (next < limit && styles[next].first_line.size() <= params::kFrontMaxBylineBytes &&
        !EndsSentence(styles[next].first_line) && FrontLabel(text_of(next)).empty()) {
      front.byline = next;
      front.byline_names_end =
          std::min(blocks[next].end, blocks[next].begin + styles[next].first_line.size());
    }
  }
  // What ends the front matter: the keywords, else the abstract, else the
  // byline or the title. Without an abstract or keywords only the title and
  // byline are sure to be front matter.
  size_t end = 0;
  if (!front.title.empty()) end = front.title.back() + 1;
  if (front.byline != FrontMatter::kNone) end = front.byline + 1;
  if (!front.abstract.empty()) end = std::max(end, front.abstract.back() + 1);
  if (front.keywords != FrontMatter::kNone) end = std::max(end, front.keywords + 1);
  // Keywords far after the abstract are part of the text (a section that
  // mentions keywords), not of the front matter.
  if (front.keywords != FrontMatter::kNone && !front.abstract.empty() &&
      front.keywords > front.abstract.back() + params::kFrontMaxKeywordsGap) {
    front.keywords = FrontMatter::kNone;
    end = front.abstract.back() + 1;
  }
  front.end = end;
  return front;
}

}  // namespace glossator::layout
