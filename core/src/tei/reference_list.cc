#include "tei/reference_list.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include "tei/body_builder.h"
#include "tei/xml_util.h"

namespace glossator::tei {

const char kReferencesDivId[] = "references";

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Paragraphs, list items and slide lines may be entries.
bool MayBeEntry(const Block& b) {
  return b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem ||
         b.kind == BlockKind::kLine;
}

class EntryFinder {
 public:
  EntryFinder(const Document& doc, const std::vector<EntryCandidate>& candidates)
      : doc_(doc), candidates_(candidates) {
    by_begin_.resize(candidates.size());
    for (size_t k = 0; k < candidates.size(); ++k) by_begin_[k] = k;
    // By begin, then longest first, then in annotation order.
    std::stable_sort(by_begin_.begin(), by_begin_.end(), [&](size_t x, size_t y) {
      const EntryCandidate &a = candidates[x], &b = candidates[y];
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    out_.of_block.resize(doc.blocks().size());
  }

  ReferenceEntries Run() {
    for (size_t i = 0; i < doc_.blocks().size(); ++i) {
      if (out_.Holds(i) || !MayBeEntry(doc_.blocks()[i])) continue;
      auto [begin, end] = BlockRange(doc_, i);
      if (begin == end) continue;
      if (!TakeWholeBlocks(i)) TakeTiles(i);
    }
    return std::move(out_);
  }

 private:
  // The candidates that begin at offset, longest first.
  std::pair<std::vector<size_t>::const_iterator, std::vector<size_t>::const_iterator> BeginningAt(
      size_t offset) const {
    auto first = std::partition_point(by_begin_.begin(), by_begin_.end(),
                                      [&](size_t k) { return candidates_[k].begin < offset; });
    auto last = std::partition_point(first, by_begin_.end(),
                                     [&](size_t k) { return candidates_[k].begin == offset; });
    return {first, last};
  }

  // The block j >= i whose end is end, when blocks i..j may all be one entry.
  std::optional<size_t> LastBlockEndingAt(size_t i, size_t end) const {
    const std::vector<Block>& blocks = doc_.blocks();
    for (size_t j = i; j < blocks.size(); ++j) {
      const Block& b = blocks[j];
      if (!MayBeEntry(b) || out_.Holds(j) || b.slide != blocks[i].slide) return std::nullopt;
      size_t block_end = BlockRange(doc_, j).second;
      if (block_end == end) return j;
      if (block_end > end) return std::nullopt;
    }
    return std::nullopt;
  }

  // One candidate from the start of block i to the end of block i or a later one.
  bool TakeWholeBlocks(size_t i) {
    auto [first, last] = BeginningAt(BlockRange(doc_, i).first);
    for (auto it = first; it != last; ++it) {
      const EntryCandidate& c = candidates_[*it];
      if (std::optional<size_t> j = LastBlockEndingAt(i, c.end)) {
        Add(c, i, *j);
        return true;
      }
    }
    return false;
  }

  // Candidates that tile block i, leaving only spaces.
  void TakeTiles(size_t i) {
    // Not a structured binding: clang before 16 cannot capture one in a lambda.
    const std::pair<size_t, size_t> range = BlockRange(doc_, i);
    const size_t begin = range.first, end = range.second;
    std::vector<size_t> tiles;
    size_t pos = SkipSpaces(begin, end);
    while (pos < end) {
      auto [first, last] = BeginningAt(pos);
      auto fits = std::find_if(first, last, [&](size_t k) { return candidates_[k].end <= end; });
      if (fits == last) return;
      tiles.push_back(*fits);
      pos = SkipSpaces(candidates_[*fits].end, end);
    }
    for (size_t k : tiles) Add(candidates_[k], i, i);
  }

  size_t SkipSpaces(size_t pos, size_t end) const {
    const std::string& text = doc_.text();
    while (pos < end && IsSpace(text[pos])) ++pos;
    return pos;
  }

  void Add(const EntryCandidate& c, size_t first_block, size_t last_block) {
    ReferenceEntry e;
    e.annotation = c.annotation;
    e.begin = c.begin;
    e.end = c.end;
    e.first_block = first_block;
    e.last_block = last_block;
    for (size_t k = first_block; k <= last_block; ++k) {
      out_.of_block[k].push_back(out_.entries.size());
    }
    out_.entries.push_back(std::move(e));
  }

  const Document& doc_;
  const std::vector<EntryCandidate>& candidates_;
  std::vector<size_t> by_begin_;  // indices into candidates_
  ReferenceEntries out_;
};

// The first <listBibl> under node, in document order.
pugi::xml_node FirstListBibl(pugi::xml_node node) {
  for (pugi::xml_node e = NextElementUnder(node, node); e; e = NextElementUnder(node, e)) {
    if (IsNamed(e, "listBibl")) return e;
  }
  return pugi::xml_node();
}

// True when every element before node among its siblings is a head or a milestone.
bool OnlyHeadsBefore(pugi::xml_node node) {
  for (pugi::xml_node n = node.previous_sibling(); n; n = n.previous_sibling()) {
    if (n.type() == pugi::node_element && !IsNamed(n, "head") && !IsMilestone(n)) return false;
  }
  return true;
}

// The division that begins the reference list holding list.
pugi::xml_node ReferencesDiv(pugi::xml_node list) {
  pugi::xml_node div = list.parent();
  while (IsNamed(div.parent(), "div") && OnlyHeadsBefore(div)) div = div.parent();
  return div;
}

bool IsSlide(pugi::xml_node div) {
  return std::strcmp(div.attribute("type").value(), "slide") == 0;
}

// The milestones just before node, in order.
std::vector<pugi::xml_node> MilestonesBefore(pugi::xml_node node) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node n = node.previous_sibling(); IsMilestone(n); n = n.previous_sibling()) {
    out.insert(out.begin(), n);
  }
  return out;
}

// True when body keeps an element other than a milestone once div and the
// milestones before it are gone.
bool BodyKeepsText(pugi::xml_node body, pugi::xml_node div) {
  if (div.parent() != body) return true;  // its parent division stays
  for (pugi::xml_node n = div.previous_sibling(); n; n = n.previous_sibling()) {
    if (n.type() == pugi::node_element && !IsMilestone(n)) return true;
  }
  return false;
}

// True when some slide after div holds no reference entries: a deck with its
// references part-way through keeps them in the body, since moving them
// alone would change the order of the text and moving the later slides
// would file lecture slides under references.
bool SlidesFollowWithoutEntries(pugi::xml_node div) {
  for (pugi::xml_node s = div.next_sibling(); s; s = s.next_sibling()) {
    if (IsNamed(s, "div") && IsSlide(s) && !s.select_node(".//*[local-name()='listBibl']")) {
      return true;
    }
  }
  return false;
}

}  // namespace

ReferenceEntries FindReferenceEntries(const Document& doc,
                                      const std::vector<EntryCandidate>& candidates) {
  return EntryFinder(doc, candidates).Run();
}

void MoveReferenceListToBack(pugi::xml_node text) {
  pugi::xml_node body = text.child("body");
  pugi::xml_node list = FirstListBibl(body);
  if (!list) return;
  pugi::xml_node div = ReferencesDiv(list);
  if (!IsNamed(div, "div") || (!div.child("head") && !IsSlide(div))) return;
  if (!BodyKeepsText(body, div)) return;
  if (IsSlide(div) && SlidesFollowWithoutEntries(div)) return;

  std::vector<pugi::xml_node> moving = MilestonesBefore(div);
  for (pugi::xml_node n = div; n != body; n = n.parent()) {
    for (pugi::xml_node s = n == div ? div : n.next_sibling(); s; s = s.next_sibling()) {
      moving.push_back(s);
    }
  }
  pugi::xml_node back = text.insert_child_after("back", body);
  pugi::xml_node into = back;
  if (IsSlide(div)) {
    into = back.append_child("div");
    into.append_attribute("type") = "references";
    into.append_attribute("xml:id") = kReferencesDivId;
  } else {
    pugi::xml_attribute type = div.attribute("type");
    (type ? type : div.append_attribute("type")) = "references";
  }
  for (pugi::xml_node n : moving) into.append_move(n);
}

}  // namespace glossator::tei
