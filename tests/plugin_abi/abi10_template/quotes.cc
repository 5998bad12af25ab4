// quotes: marks each passage in double quotation marks within one block.
//
// A sample Glossator plugin that builds against an installed Glossator (see
// README.md). It pairs “…”, „…“ or „…”, «…» and straight "…" inside one
// block (heading, paragraph, list item, ...), counts the words between the
// marks (the host's ICU words) and marks the passage, marks included, as
// quotes:quote (TEI <q>) with the attribute length = that count. Passages of
// fewer than min_words words are left alone: in readings on psychotherapy
// short ones are mostly scare quotes ("good enough" mother), not quotations.
// A mark left open at the end of a block is not paired across blocks.
#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "glossator/plugin.hpp"

namespace {

// The kinds of double quotation marks, by how they pair.
enum class Mark {
  kNone,
  kCurlyOpen,
  kCurlyClose,
  kLowOpen,
  kGuillemetOpen,
  kGuillemetClose,
  kStraight
};

// The mark starting at text[i], and its length in bytes.
Mark MarkAt(std::string_view text, size_t i, size_t* length) {
  *length = 1;
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == '"') return Mark::kStraight;
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    *length = 3;
    switch (static_cast<unsigned char>(text[i + 2])) {
      case 0x9C:  // “ U+201C
        return Mark::kCurlyOpen;
      case 0x9D:  // ” U+201D
        return Mark::kCurlyClose;
      case 0x9E:  // „ U+201E
        return Mark::kLowOpen;
    }
  }
  if (c == 0xC2 && i + 1 < text.size()) {
    *length = 2;
    if (static_cast<unsigned char>(text[i + 1]) == 0xAB) return Mark::kGuillemetOpen;   // «
    if (static_cast<unsigned char>(text[i + 1]) == 0xBB) return Mark::kGuillemetClose;  // »
  }
  *length = 1;
  return Mark::kNone;
}

// Whether a mark of kind close ends a passage opened by open.
bool Closes(Mark open, Mark close) {
  switch (open) {
    case Mark::kCurlyOpen:
      return close == Mark::kCurlyClose;
    case Mark::kLowOpen:  // German „…“, sometimes „…”
      return close == Mark::kCurlyOpen || close == Mark::kCurlyClose;
    case Mark::kGuillemetOpen:
      return close == Mark::kGuillemetClose;
    case Mark::kStraight:
      return close == Mark::kStraight;
    default:
      return false;
  }
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// A straight " opens a passage at the start of a block or after a space or
// an opening bracket, and before something that is not a space.
bool StraightOpens(std::string_view block, size_t i) {
  bool after_ok = i == 0 || IsSpace(block[i - 1]) || block[i - 1] == '(' || block[i - 1] == '[';
  return after_ok && i + 1 < block.size() && !IsSpace(block[i + 1]);
}

struct Passage {
  uint64_t begin, end;              // the marks included
  uint64_t inner_begin, inner_end;  // between the marks
};

// The quoted passages of one block; offsets are into the document's text.
std::vector<Passage> FindPassages(std::string_view block, uint64_t offset) {
  std::vector<Passage> out;
  Mark open = Mark::kNone;
  size_t open_at = 0, open_length = 0;
  for (size_t i = 0; i < block.size();) {
    size_t length = 1;
    Mark mark = MarkAt(block, i, &length);
    if (mark != Mark::kNone) {
      if (open != Mark::kNone && Closes(open, mark) &&
          (mark != Mark::kStraight || !IsSpace(block[i - 1]))) {
        out.push_back(
            {offset + open_at, offset + i + length, offset + open_at + open_length, offset + i});
        open = Mark::kNone;
      } else if (mark == Mark::kCurlyOpen || mark == Mark::kLowOpen ||
                 mark == Mark::kGuillemetOpen ||
                 (mark == Mark::kStraight && StraightOpens(block, i))) {
        open = mark;  // a new opening mark: one left open before it stays unpaired
        open_at = i;
        open_length = length;
      }
    }
    i += length;
  }
  return out;
}

class Quotes : public glossator::Plugin {
 public:
  explicit Quotes(glossator::Context& ctx) : min_words_(ctx.ConfigInt("min_words")) {
    if (min_words_ < 0) throw std::invalid_argument("quotes: min_words must be 0 or more");
  }

  glossator::PluginStatus Process(glossator::Context& ctx) override {
    std::string_view text = ctx.Text();
    std::vector<glossator_range> words = ctx.Words();  // in document order
    auto word_begins_before = [](const glossator_range& w, uint64_t at) { return w.begin < at; };
    size_t marked = 0;
    for (const glossator_block& block : ctx.Blocks()) {
      for (const Passage& p : FindPassages(ctx.Text(block.begin, block.end), block.begin)) {
        // The words that begin inside the marks.
        auto first =
            std::lower_bound(words.begin(), words.end(), p.inner_begin, word_begins_before);
        auto last = std::lower_bound(first, words.end(), p.inner_end, word_begins_before);
        long long count = last - first;
        if (count == 0 || count < min_words_) continue;
        ctx.Add(p.begin, p.end, "quotes:quote", {{"length", std::to_string(count)}});
        ++marked;
      }
    }
    ctx.Log(GLOSSATOR_LOG_DEBUG, "quotes: " + std::to_string(marked) + " passages in " +
                                     std::to_string(text.size()) + " bytes");
    return glossator::PluginStatus::Ok();
  }

 private:
  long long min_words_;
};

}  // namespace

GLOSSATOR_PLUGIN(Quotes, "quotes", "0.1.0", "MIT",
                 "Marks passages in double quotation marks (one block at most) as <q>",
                 GLOSSATOR_TYPES({"quotes:quote", "q", nullptr}), GLOSSATOR_REQUIRES(),
                 GLOSSATOR_CONFIG({"min_words", "2",
                                   "passages of fewer words are not marked (scare quotes)"}))
