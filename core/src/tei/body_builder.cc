#include "tei/body_builder.h"

#include <algorithm>
#include <climits>
#include <string_view>
#include <tuple>
#include <vector>

#include "layout/footnotes.h"
#include "tei/xml_util.h"
#include "text/normalize.h"

namespace glossator::tei {
namespace {

// Division levels besides headings' own (1 = the largest heading).
constexpr int kSlideLevel = 0;           // a slide: no heading closes it
constexpr int kUntitledLevel = INT_MAX;  // text before the first heading: any heading closes it

// Where each page's <pb/> goes.
struct PageBreakPlan {
  std::vector<size_t> offset;               // per page: where its text begins
  std::vector<std::vector<size_t>> before;  // per block: pages that begin just before it
  std::vector<std::vector<size_t>> inside;  // per block: pages that begin inside its text
  std::vector<size_t> at_end;               // pages that begin after the last block
};

// One piece of a block's inline content, in text order.
struct Piece {
  enum class Kind { kText, kPageBreak, kMark };
  Kind kind = Kind::kText;
  size_t begin = 0, end = 0;         // kText: a range of the Document's text; else its offset
  size_t page = 0;                   // kPageBreak: index into Document::pages()
  bool in_word = false;              // kPageBreak: the break splits a word
  const InlineMark* mark = nullptr;  // kMark: an element's start or end, or an anchor
};

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Pieces that go into one entry's <bibl>, or (entry null) into the <listBibl>
// between entries.
struct EntryRun {
  const ReferenceEntry* entry = nullptr;
  std::vector<Piece> pieces;
};

// The entry (of entries, in text order) that holds piece, or nullptr: text
// within its range; an element's start at [begin, end); anything else at
// [begin, end], the first entry first (what ends where the next begins stays
// with it).
const ReferenceEntry* EntryHolding(const Piece& piece,
                                   const std::vector<const ReferenceEntry*>& entries) {
  bool starts = piece.kind == Piece::Kind::kMark && piece.mark->kind == InlineMark::Kind::kStart;
  for (const ReferenceEntry* e : entries) {
    if (piece.begin < e->begin) continue;
    if (piece.kind == Piece::Kind::kText ? piece.end <= e->end
        : starts                         ? piece.begin < e->end
                                         : piece.begin <= e->end) {
      return e;
    }
  }
  return nullptr;
}

// Cuts the text pieces at the entries' edges and groups the pieces by the
// entry that holds them.
std::vector<EntryRun> SplitAmongEntries(const std::vector<Piece>& pieces,
                                        const std::vector<const ReferenceEntry*>& entries) {
  std::vector<EntryRun> runs;
  auto push = [&](const Piece& piece) {
    const ReferenceEntry* e = EntryHolding(piece, entries);
    if (runs.empty() || runs.back().entry != e) runs.push_back({e, {}});
    runs.back().pieces.push_back(piece);
  };
  for (const Piece& piece : pieces) {
    if (piece.kind != Piece::Kind::kText) {
      push(piece);
      continue;
    }
    size_t from = piece.begin;
    for (const ReferenceEntry* e : entries) {
      for (size_t cut : {e->begin, e->end}) {
        if (cut <= from || cut >= piece.end) continue;
        push({Piece::Kind::kText, from, cut});
        from = cut;
      }
    }
    push({Piece::Kind::kText, from, piece.end});
  }
  return runs;
}

// The block's range, clamped to the text.
std::pair<size_t, size_t> Range(const Document& doc, const Block& b) {
  size_t size = doc.text().size();
  size_t begin = std::min(b.begin, size);
  return {begin, std::clamp(b.end, begin, size)};
}

PageBreakPlan PlanPageBreaks(const Document& doc) {
  const std::vector<Block>& blocks = doc.blocks();
  const std::string& text = doc.text();
  PageBreakPlan plan;
  plan.before.resize(blocks.size());
  plan.inside.resize(blocks.size());
  size_t floor = 0;  // keeps the breaks in page order even if text_begin is not
  for (size_t p = 0; p < doc.pages().size(); ++p) {
    size_t at = std::max(floor, std::min(doc.pages()[p].text_begin, text.size()));
    // Never split a UTF-8 sequence.
    while (at > floor && text::SplitsUtf8Character(text, at)) {
      --at;
    }
    floor = at;
    plan.offset.push_back(at);
    // The first block that ends after the break.
    size_t i = std::partition_point(blocks.begin(), blocks.end(),
                                    [&](const Block& b) { return Range(doc, b).second <= at; }) -
               blocks.begin();
    if (i == blocks.size()) {
      plan.at_end.push_back(p);
    } else if (at <= Range(doc, blocks[i]).first) {
      plan.before[i].push_back(p);
    } else {
      plan.inside[i].push_back(p);
    }
  }
  return plan;
}

class BodyBuilder {
 public:
  BodyBuilder(const Document& doc, const BodyMarkup& markup, pugi::xml_node body)
      : doc_(doc), markup_(markup), body_(body), plan_(PlanPageBreaks(doc)) {}

  Status Build();

 private:
  struct Div {
    pugi::xml_node node;
    int level;
  };

  Status CheckText(size_t i) const;
  pugi::xml_node Parent() const { return divs_.empty() ? body_ : divs_.back().node; }
  // Appends the anchors and page breaks still pending before the current
  // block to parent (so they precede the outermost element it opens).
  void FlushPending(pugi::xml_node parent);
  // Appends <name xml:id="id"> to parent, after what is pending.
  pugi::xml_node Append(pugi::xml_node parent, const char* name, const std::string& id);
  void AppendPageBreak(pugi::xml_node parent, size_t page, bool in_word);
  void AppendAnchor(pugi::xml_node parent, const std::string& id);
  void OpenDiv(size_t i, int level);
  void CloseDivs(int level);  // those of level >= level
  void OpenSlide(size_t i);
  void AddHeading(size_t i);
  void AddListItem(size_t i);
  void AddOther(size_t i);
  // A caption (as <head>) or figure text (as <ab>) in the <figure> of the
  // caption and figure text next to it.
  void AddFigurePart(size_t i);
  // A table's block as <table> of <row>s of <cell>s in the <figure> of its
  // caption (a figure that holds a table already is the table before's).
  void AddTable(size_t i, const Table& table);
  // Block i as the entries that begin in it (tei/reference_list.h).
  void AddEntries(size_t i);
  // The content of blocks first..last (and of the separators between them).
  std::vector<Piece> Pieces(size_t first, size_t last) const;
  void AppendPieces(pugi::xml_node element, const std::vector<Piece>& pieces);
  // Block i's content.
  void AppendContent(pugi::xml_node element, size_t i) { AppendPieces(element, Pieces(i, i)); }

  const Document& doc_;
  const BodyMarkup& markup_;
  pugi::xml_node body_;
  PageBreakPlan plan_;
  std::vector<Div> divs_;                         // open divisions, outermost first
  pugi::xml_node list_;                           // the open <list>, null when none
  pugi::xml_node list_bibl_;                      // the open <listBibl>, null when none
  pugi::xml_node figure_;                         // the open <figure>, null when none
  const std::vector<size_t>* pending_ = nullptr;  // page breaks before the block, not yet placed
  const std::vector<InlineMark>* pending_anchors_ = nullptr;  // likewise anchors
  int slide_ = 0;
  // Per block: true for a paragraph between a table's caption and the table
  // (an APA caption's title under its label): written in their <figure>.
  std::vector<bool> in_figure_;
  size_t figure_table_caption_ = Table::kNone;  // of the table in figure_
};

Status BodyBuilder::Build() {
  const std::vector<Block>& blocks = doc_.blocks();
  in_figure_.assign(blocks.size(), false);
  for (const Table& t : doc_.tables()) {
    if (t.caption == Table::kNone || t.caption >= t.block || t.block >= blocks.size()) continue;
    // An APA caption's title, set between its label and the table, is at
    // most kCaptionTitleBlocks paragraphs; more is running text.
    constexpr size_t kCaptionTitleBlocks = 2;
    bool paragraphs = t.block - t.caption <= kCaptionTitleBlocks + 1;
    for (size_t k = t.caption + 1; k < t.block; ++k) {
      paragraphs = paragraphs && blocks[k].kind == BlockKind::kParagraph;
    }
    for (size_t k = t.caption + 1; paragraphs && k < t.block; ++k) in_figure_[k] = true;
  }
  const ReferenceEntries& entries = markup_.entries;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (Status s = CheckText(i); !s.ok()) return s;
    if (entries.Continues(i)) continue;  // written with the entry's first block
    pending_ = &plan_.before[i];
    pending_anchors_ = i < markup_.before.size() ? &markup_.before[i] : nullptr;
    if (doc_.is_slide_deck() && (divs_.empty() || blocks[i].slide != slide_)) OpenSlide(i);
    if (entries.Holds(i)) {
      AddEntries(i);
      continue;
    }
    switch (blocks[i].kind) {
      case BlockKind::kHeading:
        AddHeading(i);
        break;
      case BlockKind::kListItem:
        AddListItem(i);
        break;
      case BlockKind::kCaption:
      case BlockKind::kFigureText:
        if (const Table* table = doc_.TableAt(i)) {
          AddTable(i, *table);
        } else {
          AddFigurePart(i);
        }
        break;
      default:
        AddOther(i);
        break;
    }
  }
  // Pages after the last text: at the end of the body (in a division of their
  // own when there is no text at all, since a body needs one).
  pugi::xml_node where = body_;
  if (blocks.empty()) {
    where = body_.append_child("div");
    where.append_attribute("xml:id") = "d0";
  }
  for (const InlineMark& m : markup_.after_last) AppendAnchor(where, m.name);
  for (size_t p : plan_.at_end) AppendPageBreak(where, p, false);
  return Status::Ok();
}

Status BodyBuilder::CheckText(size_t i) const {
  const Block& b = doc_.blocks()[i];
  auto [begin, end] = Range(doc_, b);
  std::string_view t = doc_.text(begin, end);
  std::string where = "block " + std::to_string(i) + " (page " + std::to_string(b.first_page) +
                      ", bytes [" + std::to_string(begin) + ", " + std::to_string(end) + "))";
  if (!text::IsValidUtf8(t)) return Status::Internal(where + ": text is not valid UTF-8");
  if (size_t bad = FindXmlForbidden(t); bad != std::string_view::npos) {
    return Status::Internal(where + ": byte " + std::to_string(begin + bad) +
                            " holds a character XML 1.0 forbids");
  }
  return Status::Ok();
}

void BodyBuilder::FlushPending(pugi::xml_node parent) {
  if (pending_anchors_) {
    for (const InlineMark& m : *pending_anchors_) AppendAnchor(parent, m.name);
    pending_anchors_ = nullptr;
  }
  if (pending_) {
    for (size_t p : *pending_) AppendPageBreak(parent, p, false);
    pending_ = nullptr;
  }
}

pugi::xml_node BodyBuilder::Append(pugi::xml_node parent, const char* name, const std::string& id) {
  FlushPending(parent);
  pugi::xml_node node = parent.append_child(name);
  node.append_attribute("xml:id") = id.c_str();
  return node;
}

void BodyBuilder::AppendPageBreak(pugi::xml_node parent, size_t page, bool in_word) {
  pugi::xml_node pb = parent.append_child("pb");
  pb.append_attribute("n") = doc_.pages()[page].number;
  pb.append_attribute("facs") = ("#" + SurfaceId(page)).c_str();
  if (in_word) pb.append_attribute("break") = "no";
}

void BodyBuilder::AppendAnchor(pugi::xml_node parent, const std::string& id) {
  parent.append_child("anchor").append_attribute("xml:id") = id.c_str();
}

void BodyBuilder::OpenDiv(size_t i, int level) {
  divs_.push_back({Append(Parent(), "div", "d" + std::to_string(i)), level});
}

void BodyBuilder::CloseDivs(int level) {
  while (!divs_.empty() && divs_.back().level >= level) divs_.pop_back();
  list_ = list_bibl_ = figure_ = pugi::xml_node();
}

void BodyBuilder::OpenSlide(size_t i) {
  divs_.clear();
  list_ = list_bibl_ = figure_ = pugi::xml_node();
  int slide = doc_.blocks()[i].slide;
  OpenDiv(i, kSlideLevel);
  divs_.back().node.append_attribute("type") = "slide";
  if (slide > 0) divs_.back().node.append_attribute("n") = slide;
  slide_ = slide;
}

void BodyBuilder::AddHeading(size_t i) {
  std::string id = BlockElementId(doc_, i);
  // A slide's first heading is its title.
  if (doc_.is_slide_deck() && divs_.size() == 1 && !divs_[0].node.first_child()) {
    AppendContent(Append(divs_[0].node, "head", id), i);
    return;
  }
  int level = std::max(1, doc_.blocks()[i].level);
  CloseDivs(level);
  OpenDiv(i, level);
  AppendContent(Append(divs_.back().node, "head", id), i);
}

void BodyBuilder::AddListItem(size_t i) {
  if (divs_.empty()) OpenDiv(i, kUntitledLevel);
  list_bibl_ = figure_ = pugi::xml_node();
  if (!list_) list_ = Append(Parent(), "list", "list" + std::to_string(i));
  AppendContent(Append(list_, "item", BlockElementId(doc_, i)), i);
}

void BodyBuilder::AddFigurePart(size_t i) {
  if (divs_.empty()) OpenDiv(i, kUntitledLevel);
  list_ = list_bibl_ = pugi::xml_node();
  bool caption = doc_.blocks()[i].kind == BlockKind::kCaption;
  // A second caption is the next figure's, and so is one not the caption of
  // the table in the figure.
  bool other_table = figure_ && figure_.child("table") && figure_table_caption_ != Table::kNone &&
                     figure_table_caption_ != i;
  if (!figure_ || (caption && (figure_.child("head") || other_table))) {
    figure_ = Append(Parent(), "figure", "fig" + std::to_string(i));
  }
  AppendContent(Append(figure_, caption ? "head" : "ab", BlockElementId(doc_, i)), i);
}

void BodyBuilder::AddTable(size_t i, const Table& table) {
  if (divs_.empty()) OpenDiv(i, kUntitledLevel);
  list_ = list_bibl_ = pugi::xml_node();
  // Into the open figure when it holds this table's caption (or, the
  // caption unknown, no table yet).
  pugi::xml_node head = figure_ ? figure_.child("head") : pugi::xml_node();
  bool own_caption = table.caption != Table::kNone && head &&
                     BlockElementId(doc_, table.caption) == head.attribute("xml:id").value();
  bool joins =
      figure_ && !figure_.child("table") && (table.caption == Table::kNone || !head || own_caption);
  if (!joins) figure_ = Append(Parent(), "figure", "fig" + std::to_string(i));
  figure_table_caption_ = table.caption;
  pugi::xml_node node = Append(figure_, "table", BlockElementId(doc_, i));
  node.append_attribute("rows") = static_cast<unsigned long long>(table.rows.size());
  node.append_attribute("cols") = static_cast<unsigned long long>(table.columns);
  // The cells that hold text, in text order, and what goes in each.
  struct Slot {
    size_t row, cell, begin, end;
    std::vector<Piece> pieces;
  };
  std::vector<Slot> slots;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    for (size_t c = 0; c < table.rows[r].size(); ++c) {
      const TableCell& cell = table.rows[r][c];
      if (cell.end > cell.begin) slots.push_back({r, c, cell.begin, cell.end, {}});
    }
  }
  auto slot_for = [&](const Piece& piece) -> Slot* {
    if (slots.empty()) return nullptr;
    size_t at = piece.begin;
    bool starts = piece.kind == Piece::Kind::kMark && piece.mark->kind == InlineMark::Kind::kStart;
    bool ends = piece.kind == Piece::Kind::kMark && piece.mark->kind == InlineMark::Kind::kEnd;
    Slot* before = nullptr;
    for (Slot& s : slots) {
      if (starts ? (s.begin <= at && at < s.end)
          : ends ? (s.begin < at && at <= s.end)
                 : (s.begin <= at && at <= s.end)) {
        return &s;
      }
      if (s.end <= at) before = &s;
      if (s.begin > at) return starts || !before ? &s : before;
    }
    return before ? before : &slots.front();
  };
  for (const Piece& piece : Pieces(i, i)) {
    if (piece.kind != Piece::Kind::kText) {
      if (Slot* s = slot_for(piece)) s->pieces.push_back(piece);
      continue;
    }
    for (Slot& s : slots) {  // the text of each cell; the separators are written below
      size_t b = std::max(piece.begin, s.begin), e = std::min(piece.end, s.end);
      if (b < e) s.pieces.push_back({Piece::Kind::kText, b, e});
    }
  }
  size_t next = 0;                           // the next slot
  size_t after = BlockRange(doc_, i).first;  // where the text written so far ends
  auto separator = [&](pugi::xml_node parent, size_t upto) {
    if (upto > after) {
      std::string_view t = doc_.text(after, upto);
      parent.append_child(pugi::node_pcdata).set_value(t.data(), t.size());
      after = upto;
    }
  };
  for (size_t r = 0; r < table.rows.size(); ++r) {
    // Between rows: "\n"; between cells: a space.
    if (next < slots.size() && slots[next].row == r) separator(node, slots[next].begin);
    pugi::xml_node row = node.append_child("row");
    for (size_t c = 0; c < table.rows[r].size(); ++c) {
      bool filled = next < slots.size() && slots[next].row == r && slots[next].cell == c;
      if (filled) separator(row, slots[next].begin);
      pugi::xml_node cell = row.append_child("cell");
      cell.append_attribute("xml:id") = TableCellId(doc_, i, r, table.rows[r][c].column).c_str();
      if (table.rows[r][c].columns > 1) cell.append_attribute("cols") = table.rows[r][c].columns;
      if (filled) {
        AppendPieces(cell, slots[next].pieces);
        after = slots[next].end;
        ++next;
      }
    }
  }
}

void BodyBuilder::AddOther(size_t i) {
  if (divs_.empty()) OpenDiv(i, kUntitledLevel);
  if (in_figure_[i] && figure_) {
    AppendContent(Append(figure_, "p", BlockElementId(doc_, i)), i);
    return;
  }
  list_ = list_bibl_ = figure_ = pugi::xml_node();
  std::string id = BlockElementId(doc_, i);
  pugi::xml_node element;
  switch (doc_.blocks()[i].kind) {
    case BlockKind::kLine:
      element = Append(Parent(), "p", id);
      element.append_attribute("rend") = "line";
      break;
    case BlockKind::kCode:
      // Its lines end in "\n", which a reader of the XML must keep.
      element = Append(Parent(), "ab", id);
      element.append_attribute("type") = "code";
      element.append_attribute("xml:space") = "preserve";
      break;
    case BlockKind::kFootnote: {
      element = Append(Parent(), "note", id);
      element.append_attribute("place") = "foot";
      // The mark stays in the note's text (rule 1); n repeats it.
      auto [begin, end] = Range(doc_, doc_.blocks()[i]);
      std::string mark = layout::LeadingNoteMark(std::string(doc_.text(begin, end)));
      if (!mark.empty()) element.append_attribute("n") = mark.c_str();
      break;
    }
    default:
      element = Append(Parent(), "p", id);
      break;
  }
  AppendContent(element, i);
}

void BodyBuilder::AddEntries(size_t i) {
  if (divs_.empty()) OpenDiv(i, kUntitledLevel);
  list_ = figure_ = pugi::xml_node();
  if (!list_bibl_) list_bibl_ = Append(Parent(), "listBibl", "listBibl" + std::to_string(i));
  FlushPending(list_bibl_);
  const ReferenceEntries& entries = markup_.entries;
  std::vector<const ReferenceEntry*> here;
  size_t last = i;
  for (size_t k : entries.of_block[i]) {
    here.push_back(&entries.entries[k]);
    last = std::max(last, here.back()->last_block);
  }
  for (const EntryRun& run : SplitAmongEntries(Pieces(i, last), here)) {
    pugi::xml_node parent = list_bibl_;
    if (run.entry) {
      parent = list_bibl_.append_child("bibl");
      for (const auto& [name, value] : run.entry->attributes) {
        parent.append_attribute(name.c_str()) = value.c_str();
      }
    }
    AppendPieces(parent, run.pieces);
  }
}

std::vector<Piece> BodyBuilder::Pieces(size_t first, size_t last) const {
  const std::string& text = doc_.text();
  size_t begin = Range(doc_, doc_.blocks()[first]).first;
  size_t end = Range(doc_, doc_.blocks()[last]).second;
  // The milestones and marks in text order: page breaks (in order) merged
  // with the markup's marks (sorted by offset, rank, order), block by block;
  // between two blocks, what the plan and the markup put before the second.
  struct Event {
    size_t offset;
    int rank;
    size_t order;
    Piece piece;
  };
  std::vector<Event> events;
  auto add_page_break = [&](size_t p) {
    size_t at = std::clamp(plan_.offset[p], begin, end);
    Piece pb{Piece::Kind::kPageBreak, at, at, p};
    pb.in_word = at > 0 && at < text.size() && !IsSpace(text[at - 1]) && !IsSpace(text[at]);
    events.push_back({at, kPageBreakRank, p, pb});
  };
  auto add_marks = [&](const std::vector<InlineMark>& marks) {
    for (const InlineMark& m : marks) {
      size_t at = std::clamp(m.offset, begin, end);
      Piece piece{Piece::Kind::kMark, at, at};
      piece.mark = &m;
      events.push_back({at, m.rank, m.order, piece});
    }
  };
  for (size_t i = first; i <= last; ++i) {
    if (i > first) {
      for (size_t p : plan_.before[i]) add_page_break(p);
      if (i < markup_.before.size()) add_marks(markup_.before[i]);
    }
    for (size_t p : plan_.inside[i]) add_page_break(p);
    if (i < markup_.in_block.size()) add_marks(markup_.in_block[i]);
  }
  // The marks of an entry over several blocks come from several lists: their
  // own order settles ties.
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return std::tie(a.offset, a.rank, a.order) < std::tie(b.offset, b.rank, b.order);
  });
  std::vector<Piece> pieces;
  size_t pos = begin;
  for (const Event& e : events) {
    if (e.offset > pos) pieces.push_back({Piece::Kind::kText, pos, e.offset});
    pos = std::max(pos, e.offset);
    pieces.push_back(e.piece);
  }
  if (end > pos) pieces.push_back({Piece::Kind::kText, pos, end});
  return pieces;
}

void BodyBuilder::AppendPieces(pugi::xml_node element, const std::vector<Piece>& pieces) {
  // The open inline elements, innermost last; the markup nests properly.
  std::vector<pugi::xml_node> open = {element};
  for (const Piece& piece : pieces) {
    pugi::xml_node parent = open.back();
    switch (piece.kind) {
      case Piece::Kind::kText: {
        std::string_view t = doc_.text(piece.begin, piece.end);
        parent.append_child(pugi::node_pcdata).set_value(t.data(), t.size());
        break;
      }
      case Piece::Kind::kPageBreak:
        AppendPageBreak(parent, piece.page, piece.in_word);
        break;
      case Piece::Kind::kMark: {
        const InlineMark& m = *piece.mark;
        switch (m.kind) {
          case InlineMark::Kind::kStart: {
            pugi::xml_node child = parent.append_child(m.name.c_str());
            for (const auto& [name, value] : m.attributes) {
              child.append_attribute(name.c_str()) = value.c_str();
            }
            open.push_back(child);
            break;
          }
          case InlineMark::Kind::kEnd:
            if (open.size() > 1) open.pop_back();
            break;
          case InlineMark::Kind::kAnchor:
            AppendAnchor(parent, m.name);
            break;
        }
        break;
      }
    }
  }
}

}  // namespace

std::string SurfaceId(size_t page_index) { return "page" + std::to_string(page_index + 1); }

std::pair<size_t, size_t> BlockRange(const Document& doc, size_t i) {
  return Range(doc, doc.blocks()[i]);
}

const char* BlockElementName(const Document& doc, size_t i) {
  switch (doc.blocks()[i].kind) {
    case BlockKind::kHeading:
      return "head";
    case BlockKind::kListItem:
      return "item";
    case BlockKind::kFootnote:
      return "note";
    case BlockKind::kCaption:
      return "head";
    case BlockKind::kFigureText:
    case BlockKind::kCode:
      return "ab";
    default:
      return "p";
  }
}

std::string BlockElementId(const Document& doc, size_t i) {
  std::string n = std::to_string(i);
  switch (doc.blocks()[i].kind) {
    case BlockKind::kHeading:
      return "h" + n;
    case BlockKind::kListItem:
      return "li" + n;
    case BlockKind::kFootnote:
      return "n" + n;
    case BlockKind::kFigureText:
      return "t" + n;
    case BlockKind::kCode:
      return "code" + n;
    default:
      return "p" + n;
  }
}

std::string TableCellId(const Document& doc, size_t i, size_t row, size_t column) {
  return BlockElementId(doc, i) + ".r" + std::to_string(row + 1) + "c" + std::to_string(column + 1);
}

Status BuildBody(const Document& doc, const BodyMarkup& markup, pugi::xml_node body) {
  return BodyBuilder(doc, markup, body).Build();
}

}  // namespace glossator::tei
