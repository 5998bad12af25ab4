#include "layout/assemble.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <unordered_set>
#include <utility>

#include "layout/params.h"
#include "layout/tables.h"
#include "layout/word_spaces.h"

namespace glossator::layout {
namespace {

bool EndsWithHyphen(const std::string& word) {
  return word.size() >= 2 && word.back() == '-' && word[word.size() - 2] != '-';
}

// An em or en dash closing a word that has letters or digits before it.
bool EndsWithAttachedDash(const std::string& word) {
  for (const std::string dash : {"—", "–"}) {
    if (word.size() > dash.size() &&
        word.compare(word.size() - dash.size(), dash.size(), dash) == 0) {
      return true;
    }
  }
  return false;
}

// The words of the document that stand whole inside a line, lowercased and
// without surrounding punctuation: how the author spells a word elsewhere is
// the best evidence for a break at a line end ("Well-" / "bury" when the text
// says "Wellbury" elsewhere; "counter-" / "transference" when it writes
// "counter-transference" elsewhere).
class Vocabulary {
 public:
  void AddPage(const PageLines& page) {
    for (const Line& line : page.lines) {
      for (size_t i = 0; i + 1 < line.words.size(); ++i) words_.insert(Key(line.words[i].text));
    }
  }
  bool Has(const std::string& word) const { return words_.count(Key(word)) > 0; }

 private:
  static std::string Key(const std::string& word) {
    size_t b = 0, e = word.size();
    while (b < e && std::ispunct(static_cast<unsigned char>(word[b]))) ++b;
    while (e > b && std::ispunct(static_cast<unsigned char>(word[e - 1]))) --e;
    std::string key = word.substr(b, e - b);
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
  }
  std::unordered_set<std::string> words_;
};

// How far a monospace line is set in from the listing's leftmost line, in
// character widths (the width of its first word over its characters).
size_t CodeIndent(const LayoutBlock& block, const Line& line) {
  double left = line.box.x0;
  for (const Line* l : block.lines) left = std::min(left, l->box.x0);
  const LineWord& first = line.words.front();
  size_t chars = 0;
  for (unsigned char c : first.text) chars += (c & 0xC0) != 0x80;
  double width = chars > 0 ? (first.box.x1 - first.box.x0) / static_cast<double>(chars) : 0;
  if (width <= 0) return 0;
  long indent = std::lround((line.box.x0 - left) / width);
  return static_cast<size_t>(std::clamp(indent, 0L, params::kMaxCodeIndent));
}

// Appends the words of one block to the text, recording each word's origin.
class BlockWriter {
 public:
  BlockWriter(std::string& text, std::vector<Provenance>& provenance, const HyphenResolver& hyphens,
              const Vocabulary& vocabulary)
      : text_(text), provenance_(provenance), hyphens_(hyphens), vocabulary_(vocabulary) {}

  // Writes the block's words from the first_word-th to before end_word (in
  // reading order, counted over its lines).
  void Write(const LayoutBlock& block, size_t first_word = 0, size_t end_word = SIZE_MAX) {
    size_t skip = 0;  // a list item's bullet is layout, not text
    if (block.kind == BlockKind::kListItem) StartsWithBullet(block.lines.front()->Text(), &skip);
    size_t n = 0;
    for (size_t li = 0; li < block.lines.size(); ++li) {
      const Line& line = *block.lines[li];
      std::vector<bool> spaces = WordSpaces(line.words);
      for (size_t wi = 0; wi < line.words.size(); ++wi, ++n) {
        if (n < first_word || n >= end_word) continue;
        const LineWord& w = line.words[wi];
        std::string word = w.text;
        if (li == 0 && wi == 0 && skip > 0) {
          if (skip >= word.size() + 1) continue;  // the bullet was a word of its own
          word = word.substr(skip);
        }
        if (pending_break_ && block.kind == BlockKind::kCode) {
          // A listing keeps its lines and their indents: a hyphen at a
          // line's end is code.
          pending_break_ = false;
          text_ += '\n';
          text_.append(CodeIndent(block, line), ' ');
          Emit(word, line.page, w.box);
        } else if (pending_break_) {
          WriteAfterLineBreak(word, line.page, w.box);
        } else {
          if (!first_word_ && separate_next_) text_ += ' ';
          Emit(word, line.page, w.box);
        }
        first_word_ = false;
        bool last_in_line = wi + 1 == line.words.size();
        if (!last_in_line) separate_next_ = spaces[wi];
        if (last_in_line) {
          pending_break_ = true;
          soft_hyphen_dropped_ = w.trailing_unmapped_glyph;
        }
      }
    }
    pending_break_ = false;
    first_word_ = true;
  }

 private:
  void Emit(const std::string& word, int page, const Box& box) {
    provenance_.emplace_back(text_.size(), text_.size() + word.size(), page, box);
    text_ += word;
  }

  // The word that opens a line: joined to the one that closed the line before
  // when that one ended in a hyphen (printed, or drawn and dropped by Poppler).
  void WriteAfterLineBreak(const std::string& word, int page, const Box& box) {
    pending_break_ = false;
    // The last word as a reader sees it: Poppler may give its hyphen as a box
    // of its own, glued to it without a space.
    size_t start = text_.find_last_of(" \n");
    start = start == std::string::npos ? 0 : start + 1;
    std::string prev = text_.substr(start);
    bool printed = EndsWithHyphen(prev);
    if (!printed && !soft_hyphen_dropped_) {
      if (!EndsWithAttachedDash(prev)) text_ += ' ';  // "signs—" / "a late arrival"
      Emit(word, page, box);
      return;
    }
    // A hyphen drawn as a box of its own, glued to the word before it, was put
    // there by the line breaker (LibreOffice does this); a typed hyphen is
    // drawn with its word.
    const Provenance& last_box = provenance_.back();
    bool separate_glyph = printed && last_box.end - last_box.begin == 1 && prev.size() > 1;
    bool keep = !separate_glyph && KeepsHyphen(printed ? prev : prev + "-", word);
    if (printed && !keep) {
      text_.pop_back();
      Provenance& last = provenance_.back();
      if (--last.end == last.begin) provenance_.pop_back();
    } else if (!printed && keep) {
      text_ += '-';
      provenance_.back().end = static_cast<uint32_t>(text_.size());
    }
    Emit(word, page, box);
  }

  bool KeepsHyphen(const std::string& left, const std::string& right) const {
    std::string stem = left.substr(0, left.size() - 1);
    bool hyphenated_elsewhere = vocabulary_.Has(stem + "-" + right);
    bool joined_elsewhere = vocabulary_.Has(stem + right);
    if (hyphenated_elsewhere != joined_elsewhere) return hyphenated_elsewhere;
    if (hyphenated_elsewhere) return true;  // the author writes both: keep what was printed
    return hyphens_.KeepsHyphen(left, right);
  }

  std::string& text_;
  std::vector<Provenance>& provenance_;
  const HyphenResolver& hyphens_;
  const Vocabulary& vocabulary_;
  bool pending_break_ = false;
  bool soft_hyphen_dropped_ = false;
  bool first_word_ = true;
  bool separate_next_ = false;
};

}  // namespace

struct DocumentWriter::State {
  State(DocumentParts& parts, const HyphenResolver& hyphens)
      : writer(parts.text, parts.provenance, hyphens, vocabulary) {}
  Vocabulary vocabulary;
  BlockWriter writer;
  int last_slide = 0;
  // Table captions by their first line (and its page, as a line's address
  // is reused once its page is gone): the block written for each, and the
  // table written before its caption that waits for it.
  std::map<std::pair<int, const Line*>, size_t> caption_blocks;
  std::map<std::pair<int, const Line*>, size_t> waiting_tables;
};

DocumentWriter::DocumentWriter(const HyphenResolver& hyphens, DocumentParts& parts)
    : parts_(parts), state_(std::make_unique<State>(parts, hyphens)) {}

DocumentWriter::~DocumentWriter() = default;

void DocumentWriter::AddVocabulary(const PageLines& page) { state_->vocabulary.AddPage(page); }

void DocumentWriter::Write(const LayoutBlock& lb) {
  if (lb.table) {
    WriteTable(lb);
    return;
  }
  if (lb.run_in_words == 0) {
    WriteRange(lb, lb.kind, 0, SIZE_MAX);
    return;
  }
  // A heading run in with its paragraph: a block of its own, then the rest.
  WriteRange(lb, BlockKind::kHeading, 0, lb.run_in_words);
  WriteRange(lb, lb.kind, lb.run_in_words, SIZE_MAX);
}

void DocumentWriter::WriteRange(const LayoutBlock& lb, BlockKind kind, size_t first_word,
                                size_t end_word) {
  if (first_word == 0 && IsTableCaption(lb.lines.front()->Text())) {
    // A table's caption: the table written before it points to it, or one
    // written after it will.
    std::pair<int, const Line*> key{lb.lines.front()->page, lb.lines.front()};
    auto waiting = state_->waiting_tables.find(key);
    if (waiting != state_->waiting_tables.end()) {
      parts_.tables[waiting->second].caption = parts_.blocks.size();
      state_->waiting_tables.erase(waiting);
    } else {
      state_->caption_blocks[key] = parts_.blocks.size();
    }
  }
  if (!parts_.blocks.empty()) {
    bool same_slide = lb.slide > 0 && lb.slide == state_->last_slide;
    parts_.text += same_slide ? "\n" : "\n\n";
  }
  state_->last_slide = lb.slide;
  Block b;
  b.kind = kind;
  b.level = lb.level;
  b.slide = lb.slide;
  b.begin = parts_.text.size();
  b.first_page = lb.lines.front()->page;
  b.last_page = end_word <= lb.lines.front()->words.size() ? b.first_page : lb.lines.back()->page;
  state_->writer.Write(lb, first_word, end_word);
  b.end = parts_.text.size();
  parts_.blocks.push_back(b);
}

void DocumentWriter::WriteTable(const LayoutBlock& lb) {
  if (!parts_.blocks.empty()) parts_.text += "\n\n";
  state_->last_slide = 0;
  std::string& text = parts_.text;
  Block b;
  b.kind = BlockKind::kFigureText;
  b.begin = text.size();
  b.first_page = b.last_page = lb.lines.front()->page;
  Table table;
  table.block = parts_.blocks.size();
  table.columns = lb.table->columns;
  bool first_in_block = true;
  for (const std::vector<TableGrid::Cell>& cells : lb.table->rows) {
    // The row's line break first, so that an empty cell opening the row
    // stands in the row's text, not at the end of the row before.
    bool filled = std::any_of(cells.begin(), cells.end(),
                              [](const TableGrid::Cell& c) { return !c.words.empty(); });
    if (filled && !first_in_block) text += '\n';
    bool first_in_row = true;
    size_t column = 0;
    std::vector<TableCell>& row = table.rows.emplace_back();
    for (const TableGrid::Cell& cell : cells) {
      TableCell c;
      c.column = column;
      c.columns = cell.columns;
      column += static_cast<size_t>(cell.columns);
      if (!cell.words.empty()) {
        if (!first_in_row) text += ' ';
        first_in_block = first_in_row = false;
        c.begin = text.size();
        for (size_t k = 0; k < cell.words.size(); ++k) {
          const CellWord& w = cell.words[k];
          const LineWord& word = w.line->words[w.index];
          // Words of one line keep the spaces the line has between them.
          if (k > 0) {
            const CellWord& p = cell.words[k - 1];
            bool glued =
                p.line == w.line && p.index + 1 == w.index && !WordSpaces(w.line->words)[p.index];
            if (!glued) text += ' ';
          }
          parts_.provenance.emplace_back(text.size(), text.size() + word.text.size(), w.line->page,
                                         word.box);
          text += word.text;
        }
      } else {
        c.begin = text.size();
      }
      c.end = text.size();
      row.push_back(c);
    }
  }
  b.end = text.size();
  parts_.blocks.push_back(b);
  if (const Line* caption = lb.table->caption) {
    std::pair<int, const Line*> key{caption->page, caption};
    auto written = state_->caption_blocks.find(key);
    if (written != state_->caption_blocks.end()) {
      table.caption = written->second;
      state_->caption_blocks.erase(written);
    } else {
      state_->waiting_tables[key] = parts_.tables.size();
    }
  }
  parts_.tables.push_back(std::move(table));
}

void DocumentWriter::AddPage(const PageLines& page, std::vector<Furniture> furniture) {
  Page p;
  p.number = page.number;
  p.width = page.width;
  p.height = page.height;
  p.rotation = page.rotation;
  p.furniture = std::move(furniture);
  parts_.pages.push_back(std::move(p));
}

void DocumentWriter::Finish() {
  // A page's text begins at its first word; a page without running text
  // begins where the next page's text does.
  std::vector<Page>& pages = parts_.pages;
  for (Page& p : pages) p.text_begin = parts_.text.size();
  for (auto it = parts_.provenance.rbegin(); it != parts_.provenance.rend(); ++it) {
    if (it->page >= 1 && static_cast<size_t>(it->page) <= pages.size()) {
      pages[it->page - 1].text_begin = it->begin;
    }
  }
  for (size_t i = pages.size(); i-- > 1;) {
    pages[i - 1].text_begin = std::min(pages[i - 1].text_begin, pages[i].text_begin);
  }
}

}  // namespace glossator::layout
