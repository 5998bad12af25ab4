#include "layout/text_blocks.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "layout/figures.h"
#include "layout/line_cues.h"
#include "layout/params.h"

namespace glossator::layout {

BlockStyle StyleOf(const LayoutBlock& block) {
  const Line& first = *block.lines.front();
  return {first.font_size, first.bold, block.lines.size(), first.Text(), block.centered};
}

BlockStyle RunInHeadingStyle(const LayoutBlock& block) {
  const Line& first = *block.lines.front();
  std::string words;
  for (size_t i = 0; i < block.run_in_words && i < first.words.size(); ++i) {
    if (!words.empty()) words += ' ';
    words += first.words[i].text;
  }
  return {first.font_size, true, 1, words, false};
}

void TextBlockBuilder::Add(const Line& line, const PageLines& page, const TypeStats& stats) {
  body_size_ = stats.BodySize();
  stats_ = &stats;
  Placed l{&line, &page, ColumnOf(line, page), stats.Justified(line.font_size)};
  static const bool trace = std::getenv("GLOSSATOR_DEBUG_LAYOUT") != nullptr;
  if (trace) {
    std::fprintf(stderr, "p%d [%6.1f %6.1f %6.1f %6.1f] col[%6.1f %6.1f] %4.1f%s%s %s\n", line.page,
                 line.box.x0, line.box.y0, line.box.x1, line.box.y1, l.column.left, l.column.right,
                 line.font_size, line.bold ? " B" : "", l.justified ? " J" : "",
                 line.Text().c_str());
  }
  if (aside_) {
    if (ResumesParagraph(l)) {
      EndAside();
      current_.push_back(l);
      return;
    }
    // A figure runs to a page after the next, or over many lines, or a line
    // of the paragraph's type starts a paragraph of its own: the sentence did
    // not go on after the figure; the paragraph ended at the break.
    // (A word broken at the break waits for its rest whatever comes
    // between: a table's rows of words, its caption.)
    bool figures = InFigure(l) || aside_->GoesOnWithBlockInProgress(l) ||
                   EndsInBrokenWord(current_.back().line->Text());
    if (figures && aside_lines_ < params::kMaxLinesSetAside && line.page <= aside_page_ + 1) {
      aside_->Add(line, page, stats);
      ++aside_lines_;
      return;
    }
    EndAside();
    Flush();
  } else if (InterruptsParagraph(l)) {
    aside_ = std::make_unique<TextBlockBuilder>(
        [this](const LayoutBlock& block) { waiting_notes_.push_back(block); });
    aside_lines_ = 1;
    aside_page_ = line.page;
    aside_->Add(line, page, stats);
    return;
  }
  switch (ContinuesDisplay(l)) {
    case Display::kGoesOn:
      current_.push_back(l);
      return;
    case Display::kEndsParagraph:
      Flush();
      break;
    case Display::kNone:
      break;
  }
  // A code listing's lines are kept together, whatever their indents, and a
  // "-" or "*" opening one is code, not a bullet.
  bool code = IsCode(line) && !WrapsIntoCode(l);
  size_t marker = 0;
  bool bullet = !code && (StartsWithBullet(line.Text(), &marker) || OpensNumberedItem(l));
  // An entry of a table of contents ends at its page number.
  bool after_entry = !current_.empty() && EndsContentsEntry(*current_.back().line);
  bool starts = current_.empty() || bullet || after_entry || code != (kind_ == BlockKind::kCode) ||
                (code ? StartsNewListing(l) : StartsNewBlock(l));
  if (starts) Flush();
  if (current_.empty()) {
    kind_ = code ? BlockKind::kCode : bullet ? BlockKind::kListItem : BlockKind::kParagraph;
    // Where a numbered list counts to (0 after anything but its items).
    const std::string& label = line.words.front().text;
    last_item_number_ = kind_ == BlockKind::kListItem ? ItemNumber(label) : 0;
  }
  current_.push_back(l);
}

void TextBlockBuilder::AddTable(LayoutBlock table) {
  // Into the paragraph's aside, within the aside's limits, as Add keeps them.
  if (aside_ && aside_lines_ + table.lines.size() < params::kMaxLinesSetAside &&
      table.lines.front()->page <= aside_page_ + 1) {
    aside_lines_ += table.lines.size();
    aside_->AddTable(std::move(table));
    return;
  }
  if (aside_) EndAside();
  const Line* p = current_.empty() ? nullptr : current_.back().line;
  if (p && kind_ == BlockKind::kParagraph && !EndsSentence(p->Text()) && !IsHeadingStyle(*p) &&
      !IsCaption(current_.front().line->Text())) {
    aside_ = std::make_unique<TextBlockBuilder>(
        [this](const LayoutBlock& block) { waiting_notes_.push_back(block); });
    aside_lines_ = table.lines.size();
    aside_page_ = table.lines.front()->page;
    aside_->AddTable(std::move(table));
    return;
  }
  Flush();
  sink_(table);
}

void TextBlockBuilder::AddNotes(std::vector<LayoutBlock> notes) {
  for (LayoutBlock& n : notes) waiting_notes_.push_back(std::move(n));
  if (current_.empty()) Flush();
}

int TextBlockBuilder::OldestPageInUse() const {
  int oldest = current_.empty() ? INT_MAX : current_.front().line->page;
  if (aside_) oldest = std::min(oldest, aside_->OldestPageInUse());
  if (!waiting_notes_.empty())
    oldest = std::min(oldest, waiting_notes_.front().lines.front()->page);
  return oldest;
}

void TextBlockBuilder::Finish() {
  EndAside();
  Flush();
}

void TextBlockBuilder::EndAside() {
  if (!aside_) return;
  aside_->Finish();
  aside_.reset();
}

// Across a page or column break from p to l: l is not below p in p's column.
static bool AcrossBreak(const Line& p, const Line& l) {
  return p.page != l.page || l.box.y0 <= p.box.y0 || !Overlaps(p.box, l.box);
}

bool TextBlockBuilder::IsDisplayLine(const Placed& l) const {
  const Line& line = *l.line;
  const std::string& text = line.Text();
  if (line.monospace || IsCaption(text) || IsFigureText(text)) return false;
  // Set in from the margin (centred, or an equation's number at the right),
  // and mathematics: more signs than letters, or letters in a math font.
  // It stops short of the right edge (an equation's number stands there
  // alone), where a hanging entry's lines run on full.
  bool set_in = line.box.x0 > l.column.left + params::kDisplayInset * Em(l);
  bool short_of_edge = !Full(l) || IsEquationNumber(text);
  bool math = line.math_share >= params::kDisplayMathShare ||
              (HasMathSign(text) && (!MostlyLetters(text) || line.math_share > 0));
  return set_in && short_of_edge && math;
}

TextBlockBuilder::Display TextBlockBuilder::ContinuesDisplay(const Placed& l) {
  if (current_.empty() || kind_ != BlockKind::kParagraph || Hanging()) return Display::kNone;
  const Placed& p = current_.back();
  double gap = l.line->box.y0 - p.line->box.y1;
  if (AcrossBreak(*p.line, *l.line) ||
      gap > params::kDisplayMaxGap * std::max(p.line->height(), l.line->height())) {
    display_from_ = 0;
    return Display::kNone;
  }
  bool in_display = display_from_ > 0;
  if (IsDisplayLine(l)) {
    if (in_display) return Display::kGoesOn;
    // A display opens under a line of running text whose sentence goes on
    // (a colon announces it: "we define a phrase vector:").
    const Line& prose = *p.line;
    const std::string& before = prose.Text();
    bool sentence_ends = EndsSentence(before) && before.back() != ':';
    if (sentence_ends || IsHeadingStyle(prose) ||
        std::abs(prose.font_size - body_size_) >= kSizeTolerance || IsDisplayLine(p)) {
      return Display::kNone;
    }
    display_from_ = current_.size();
    return Display::kGoesOn;
  }
  if (!in_display) return Display::kNone;
  // Back at the margin after a display: the sentence goes on ("where ...",
  // "(see ...)") unless the display ended it and a new one begins; an
  // indent opens a paragraph.
  size_t from = display_from_;
  display_from_ = 0;
  const std::string& next = l.line->Text();
  if (Indented(l) || IsHeadingStyle(*l.line) || IsCaption(next) || IsFigureText(next) ||
      std::abs(l.line->font_size - body_size_) >= kSizeTolerance) {
    return Display::kEndsParagraph;
  }
  bool ended = false;
  for (size_t i = from; i < current_.size(); ++i) {
    const std::string& t = current_[i].line->Text();
    if (!IsEquationNumber(t)) ended = EndsSentence(t);
  }
  return StartsLowerCase(l.line->Text()) || !ended ? Display::kGoesOn : Display::kEndsParagraph;
}

bool TextBlockBuilder::OpensNumberedItem(const Placed& l) const {
  const Line& line = *l.line;
  if (line.words.size() < 2 || IsHeadingStyle(line)) return false;
  const std::string& label = line.words.front().text;
  // Numbers and letters ("1.", "(a)", "iv)"); "[12]" labels a numbered
  // reference list's entries, which are no list.
  unsigned char c = static_cast<unsigned char>(label.front());
  if (!(std::isalnum(c) || c == '(') || !IsEnumerator(label)) return false;
  // A list counts up: its first item is 1 (or a), after a sentence's end or
  // a colon ("from three sources:"); each next item the one after the item
  // before. A number a line wraps to ("No." / "61.", "Baroni." / "2013.")
  // is none.
  int n = ItemNumber(label);
  if (n <= 0) return false;
  if (kind_ == BlockKind::kListItem && n == last_item_number_ + 1) return true;
  return n == 1 && (current_.empty() || EndsSentence(current_.back().line->Text()));
}

bool TextBlockBuilder::IsCode(const Line& l) const {
  // A heading that names a function in typewriter type ("3.1. readData",
  // set larger) is a heading: listings are set in body size or smaller.
  return l.monospace && !stats_->MonospaceBody() && l.font_size < body_size_ + kSizeTolerance;
}

bool TextBlockBuilder::WrapsIntoCode(const Placed& l) const {
  if (current_.empty() || kind_ == BlockKind::kCode) return false;
  const Placed& p = current_.back();
  // A paragraph whose sentence wraps, at its leading, to a line in
  // typewriter type goes on: inline code ("... and rendered using" /
  // "rmarkdown::render()."), a URL over two lines of a reference. A
  // listing is set apart by space ("... calculate E as", a gap, "R> E <-
  // ...") or follows a sentence's end or a colon, except in an entry set
  // with a hanging indent ("http://mallet." / "cs.umass.edu.").
  if (AcrossBreak(*p.line, *l.line) || l.line->box.y0 - p.line->box.y1 > ParagraphGap(*p.line)) {
    return false;
  }
  bool hanging_goes_on = Indented(l) && current_.size() >= 2 && Hanging();
  return !EndsSentence(p.line->Text()) || hanging_goes_on;
}

bool TextBlockBuilder::StartsNewListing(const Placed& l) const {
  // A listing runs on across a page or column break, and over a blank line
  // of its own; a wider gap within a column starts another.
  const Line& p = *current_.back().line;
  if (AcrossBreak(p, *l.line)) return false;
  // The listing's own leading: the least gap between its lines so far
  // (code is set in a size of its own, often too rare for TypeStats).
  double leading = std::max(0.0, stats_->TypicalLineGap(p.font_size));
  for (size_t i = 1; i < current_.size(); ++i) {
    const Line& a = *current_[i - 1].line;
    const Line& b = *current_[i].line;
    if (!AcrossBreak(a, b))
      leading = i == 1 ? b.box.y0 - a.box.y1 : std::min(leading, b.box.y0 - a.box.y1);
  }
  leading = std::max(0.0, leading);
  double blank_lines = params::kListingBlankLines * (p.height() + leading);
  return l.line->box.y0 - p.box.y1 > leading + blank_lines;
}

bool TextBlockBuilder::InterruptsParagraph(const Placed& l) const {
  if (current_.empty() || kind_ != BlockKind::kParagraph || IsCode(*l.line)) return false;
  const Line& p = *current_.back().line;
  // Running text in body type whose sentence the break cut, and which is
  // no caption or figure text itself.
  if (!AcrossBreak(p, *l.line) || EndsSentence(p.Text()) || IsHeadingStyle(p) ||
      std::abs(p.font_size - body_size_) >= kSizeTolerance || IsFigureText(p.Text()) ||
      IsCaption(current_.front().line->Text())) {
    return false;
  }
  const std::string& text = l.line->Text();
  // A word broken at the break ("vec-") goes on in lower case: a line that
  // does not ("Input Output cbow count", a table's header) is not the
  // paragraph's.
  bool word_waits = EndsInBrokenWord(p.Text()) && !StartsLowerCase(text);
  return IsCaption(text) || IsFigureText(text) || word_waits ||
         l.line->font_size < p.font_size - kSizeTolerance;
}

bool TextBlockBuilder::SameStyleAsParagraph(const Line& l) const {
  const Line& p = *current_.back().line;
  return std::abs(p.font_size - l.font_size) < kSizeTolerance && p.bold == l.bold;
}

bool TextBlockBuilder::InFigure(const Placed& l) const {
  if (IsCode(*l.line)) return false;  // a listing under the figure
  const std::string& text = l.line->Text();
  return !SameStyleAsParagraph(*l.line) || IsCaption(text) || IsFigureText(text);
}

bool TextBlockBuilder::ResumesParagraph(const Placed& l) const {
  const Line& p = *current_.back().line;
  const std::string& text = l.line->Text();
  if (IsCode(*l.line) || !SameStyleAsParagraph(*l.line) || Indented(l) || IsCaption(text) ||
      IsFigureText(text)) {
    return false;
  }
  // The next line of a caption set aside (wrapped, "Figure 5: The vector
  // of ... for multiple" / "datasets. Some ...") is the caption's.
  if (aside_->GoesOnWithBlockInProgress(l)) return false;
  // Where paragraphs open with an indent (this one's first line is set in,
  // its second is not), a line at the margin goes on with one; else it must
  // open in lower case or finish a broken word.
  bool first_line_indent =
      current_.size() >= 2 && Indented(current_.front()) && !Indented(current_[1]);
  return first_line_indent || StartsLowerCase(text) || EndsInBrokenWord(p.Text());
}

bool TextBlockBuilder::GoesOnWithBlockInProgress(const Placed& l) const {
  return !current_.empty() && !AcrossBreak(*current_.back().line, *l.line) && !StartsNewBlock(l);
}

// Hanging indent (a reference list): the first line at the margin, the rest indented.
bool TextBlockBuilder::Hanging() const {
  if (current_.size() < 2 || Indented(current_.front())) return false;
  for (size_t i = 1; i < current_.size(); ++i) {
    if (!Indented(current_[i])) return false;
  }
  return true;
}

double TextBlockBuilder::ParagraphGap(const Line& line) const {
  double leading = stats_ ? stats_->TypicalLineGap(line.font_size) : 0;
  // In ems of the type, not of the line's box: a font whose bounding box is
  // taller than its type (boxes of 15.6 pt for 12 pt type, overlapping by
  // 1.8 pt) widens the box, not the space a reader sees between paragraphs,
  // which is then measured from the overlap.
  double em = line.font_size > 0 ? line.font_size : line.height();
  double single = params::kParagraphGap * em + std::min(0.0, leading);
  return std::max(single, leading + params::kParagraphGapBeyondLeading * line.height());
}

bool TextBlockBuilder::FullInMeasure(const Placed& p, const Placed& l) const {
  if (Full(p)) return true;
  // Justified lines of a block set in on both sides (an abstract in a
  // column) end at one edge of their own, short of the column's.
  auto same_edge = [](const Line& a, const Line& b) {
    return std::abs(a.box.x1 - b.box.x1) < params::kMeasureEdgeTolerance &&
           std::abs(a.box.x0 - b.box.x0) < params::kMeasureEdgeTolerance;
  };
  if (same_edge(*p.line, *l.line)) return true;
  return current_.size() >= 2 && same_edge(*current_[current_.size() - 2].line, *p.line);
}

bool TextBlockBuilder::Inset() const {
  if (current_.size() < 2) return false;
  double x0 = current_.front().line->box.x0;
  for (const Placed& c : current_) {
    if (!Indented(c) || std::abs(c.line->box.x0 - x0) > params::kInsetAlign * Em(c)) return false;
  }
  return true;
}

bool TextBlockBuilder::InsetContinues(const Placed& l) const {
  const Placed& p = current_.back();
  for (const Placed& c : current_) {
    if (!Indented(c) || std::abs(c.line->box.x0 - l.line->box.x0) > params::kInsetAlign * Em(l)) {
      return false;
    }
  }
  // A short line before it ends a paragraph, even one set in (the indented
  // one-line paragraph before the next one's indented first line).
  double width = p.column.right - p.column.left;
  return p.line->box.x1 >= p.column.left + params::kInsetLongLine * width;
}

bool TextBlockBuilder::StartsNewBlock(const Placed& l) const {
  const Placed& p = current_.back();
  // A chapter's label over its title ("Chapter 2" / "Background", in the
  // chapter's type, a line or two apart): one heading.
  if (current_.size() == 1 && IsHeadingStyle(*p.line) && IsHeadingStyle(*l.line) &&
      !AcrossBreak(*p.line, *l.line) && IsChapterLabel(p.line->Text()) &&
      l.line->box.y0 - p.line->box.y1 < params::kChapterTitleGap * p.line->height()) {
    return false;
  }
  bool same_style = std::abs(p.line->font_size - l.line->font_size) < kSizeTolerance &&
                    p.line->bold == l.line->bold;
  if (!same_style) return true;
  if (!AcrossBreak(*p.line, *l.line)) {
    if (OpensWithRaisedMark(*l.line)) return true;
    double gap = l.line->box.y0 - p.line->box.y1;
    // A gap (a rule, a figure or notes taken out between) ends no paragraph
    // whose last line broke a word that the next line finishes.
    bool word_runs_on = EndsInBrokenWord(p.line->Text()) && StartsLowerCase(l.line->Text());
    if (gap > ParagraphGap(*p.line) && !word_runs_on) return true;
    if (p.justified && !FullInMeasure(p, l) && !IsHeadingStyle(*p.line)) return true;
    // Centred lines, each after a centred or a full one (a title page): no
    // indent. They go on as one block only when set as close as the lines of
    // one paragraph, as a title wrapped over two lines is (gaps of -0.2 to
    // 0.4 of the type size in the samples), and not when a few points apart,
    // as a title page's separate lines are (0.6 and more).
    if ((Centered(l) && (Centered(p) || Full(p))) || (Centered(p) && Full(l))) {
      double size = p.line->font_size > 0 ? p.line->font_size : p.line->height();
      double leading = stats_->TypicalLineGap(p.line->font_size);
      return gap >
             std::max(0.5 * size, leading + params::kParagraphGapBeyondLeading * p.line->height());
    }
    if (Indented(l)) {
      // Continuing a hanging indent, or the second line of one.
      bool first_at_margin = !Indented(current_.front());
      if (first_at_margin) return !(current_.size() == 1 || Hanging());
      return !InsetContinues(l);
    }
    if (Inset()) return true;  // back at the margin after a quotation set in
    // In a list set with hanging indents, an entry of one line is followed
    // by the next entry's first line, at the margin too.
    if (current_.size() == 1 && after_hanging_ && !Indented(p)) return true;
    return Hanging();  // back at the margin after a hanging indent
  }
  // A page or column break: the paragraph goes on when the sentence runs on.
  if (IsHeadingStyle(*p.line)) return true;
  if (Indented(l) && !Hanging() && !InsetContinues(l)) return true;
  if (Hanging() && !Indented(l)) return true;
  if (!EndsSentence(p.line->Text())) return false;
  return !(p.justified && Full(p));
}

void TextBlockBuilder::Flush() {
  display_from_ = 0;
  if (!current_.empty()) {
    // A heading wrapped with a hanging indent ("7 Generation confidence and
    // generation / quality") is no entry of a list set hanging.
    after_hanging_ = Hanging() && !IsHeadingStyle(*current_.front().line);
    LayoutBlock b;
    b.kind = kind_;
    for (const Placed& p : current_) b.lines.push_back(p.line);
    if (kind_ == BlockKind::kParagraph && EndsContentsEntry(*b.lines.back())) {
      b.kind = BlockKind::kListItem;  // an entry of a table of contents
    }
    b.centered = std::all_of(current_.begin(), current_.end(), [&](const Placed& p) {
      double middle = (p.line->box.x0 + p.line->box.x1) / 2;
      bool on_page = std::abs(middle - p.page->width / 2) <= params::kCenterTolerance &&
                     p.line->box.x0 > p.column.left + Em(p);
      return on_page || Centered(p);
    });
    // (A caption's bold label, "Table 1.", and a table's bold header over
    // its figures are no headings.)
    const Line& first = *b.lines.front();
    if (kind_ == BlockKind::kParagraph && !first.bold &&
        std::abs(first.font_size - body_size_) < kSizeTolerance && !IsCaption(first.Text())) {
      size_t n = RunInHeadingWords(first);
      std::string rest;
      for (size_t i = n; i < first.words.size(); ++i) rest += first.words[i].text + " ";
      if (n > 0 && !IsFigureText(rest)) b.run_in_words = n;
    }
    current_.clear();
    sink_(b);
  }
  for (const LayoutBlock& note : waiting_notes_) sink_(note);
  waiting_notes_.clear();
}

bool MostlyLetters(const std::string& text) {
  size_t letters = 0, others = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || (c & 0xC0) == 0x80) continue;  // spaces, UTF-8 continuation bytes
    // A letter, or a character beyond ASCII (most are letters of a script).
    bool letter = std::isalpha(c) || c >= 0xC3;
    (letter ? letters : others) += 1;
  }
  return letters >= params::kHeadingMinLetters && letters >= others;
}

static bool IsCenteredLabel(const std::vector<BlockStyle>& styles, size_t i, double body_size) {
  const BlockStyle& s = styles[i];
  if (!s.centered || s.lines != 1 || s.first_line.size() > params::kCenteredLabelMaxBytes ||
      EndsSentence(s.first_line) || std::abs(s.font_size - body_size) >= kSizeTolerance) {
    return false;
  }
  // Over a paragraph of running text; words, not a displayed formula.
  unsigned char first = static_cast<unsigned char>(s.first_line.front());
  bool over_text = i + 1 < styles.size() && !styles[i + 1].centered && styles[i + 1].lines >= 2;
  return over_text && std::isupper(first) && MostlyLetters(s.first_line) &&
         !HasMathSign(s.first_line);
}

void ClassifyHeadings(std::vector<Block>& blocks, const std::vector<BlockStyle>& styles,
                      double body_size) {
  std::set<double, std::greater<>> sizes;
  for (const BlockStyle& s : styles) {
    if (s.font_size > body_size + kSizeTolerance) sizes.insert(std::round(s.font_size));
  }
  for (size_t i = 0; i < blocks.size() && i < styles.size(); ++i) {
    if (blocks[i].kind == BlockKind::kFootnote || blocks[i].kind == BlockKind::kCode ||
        blocks[i].kind == BlockKind::kFigureText) {
      continue;  // (a table's bold header row is no heading)
    }
    if (blocks[i].kind == BlockKind::kHeading && blocks[i].level == 0) {
      // Run in with its paragraph: below every heading set on a line of its own.
      blocks[i].level = static_cast<int>(sizes.size()) + 2;
      continue;
    }
    const BlockStyle& s = styles[i];
    // A number or a formula in large type (a table's cell, an equation) is
    // no heading: a heading has words.
    if (!MostlyLetters(s.first_line)) continue;
    if (s.font_size > body_size + kSizeTolerance) {
      blocks[i].kind = BlockKind::kHeading;
      blocks[i].level =
          1 + static_cast<int>(std::distance(sizes.begin(), sizes.find(std::round(s.font_size))));
    } else if (IsCenteredLabel(styles, i, body_size)) {
      // A label set alone in the middle of the page over text that is not
      // ("Author Note", "Abstract", "Method" in an APA manuscript).
      blocks[i].kind = BlockKind::kHeading;
      blocks[i].level = static_cast<int>(sizes.size()) + 1;
    } else if (s.bold && s.lines <= 2 && s.first_line.size() < 120 && !EndsSentence(s.first_line) &&
               s.font_size < body_size + kSizeTolerance && s.font_size > body_size - 1.5) {
      // Bold, short, alone, and of body size or a little smaller: a section
      // title such as an abstract's "Abstract", set in 9 pt over 10 pt text.
      blocks[i].kind = BlockKind::kHeading;
      blocks[i].level = static_cast<int>(sizes.size()) + 1;
    }
  }
}

}  // namespace glossator::layout
