// The reference list in the TEI (OUTPUT.md rule 4): which annotations are
// written as block-level <bibl>s in a <listBibl>, and where <back> begins.
//
// Entries: an annotation whose type declares the element bibl (any plugin's,
// the citations plugin's `reference` among them) becomes a block-level
// <bibl> instead of the <p> or <item> of its block(s) when it covers
//   - one whole block, or several consecutive whole blocks on one slide (an
//     entry broken across a page that layout did not join): one <bibl>
//     holding the blocks' text and the "\n\n" between them, so that its text
//     is the entry's text exactly; or
//   - part of one block, when bibl annotations tile the block: nothing but
//     spaces is left between them and at the block's ends (layout joined
//     several entries into one block). The spaces stay, as text of the
//     <listBibl> between the <bibl>s.
// Only paragraphs, list items and slide lines become entries (never a
// heading, caption or footnote). Of two that could claim the same block, the
// longer wins, then the first in annotation order; the other is laid out as
// any annotation is (inline inside the entry, or stand-off).
//
// Back: MoveReferenceListToBack moves the division that holds the first
// entry, and everything after it in document order, from <body> into a new
// <back> (see there).
//
// Thread safety: the functions only read their arguments (and change the
// tree they are given).
#ifndef GLOSSATOR_TEI_REFERENCE_LIST_H_
#define GLOSSATOR_TEI_REFERENCE_LIST_H_

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "glossator/annotation.h"
#include "glossator/document.h"

namespace glossator::tei {

// An annotation that may become an entry: its index in Annotations::items
// and its range (not empty).
struct EntryCandidate {
  size_t annotation = 0;
  size_t begin = 0, end = 0;
};

// One entry of the reference list, written as <bibl>.
struct ReferenceEntry {
  size_t annotation = 0;  // index in Annotations::items
  size_t begin = 0, end = 0;
  size_t first_block = 0, last_block = 0;
  Attributes attributes;  // of the <bibl>, xml:id first (the layout fills them)
};

struct ReferenceEntries {
  std::vector<ReferenceEntry> entries;        // in text order
  std::vector<std::vector<size_t>> of_block;  // per block: its entries (indices), in order

  // True when block i is written as entries instead of its own element.
  bool Holds(size_t i) const { return i < of_block.size() && !of_block[i].empty(); }
  // True when block i is a later block of an entry that begins in an earlier one.
  bool Continues(size_t i) const {
    return Holds(i) && entries[of_block[i].front()].first_block < i;
  }
};

// Chooses the entries among candidates (given in annotation order).
ReferenceEntries FindReferenceEntries(const Document& doc,
                                      const std::vector<EntryCandidate>& candidates);

// Moves the reference list into <back>, when <body> (the first child of text)
// holds a <listBibl>. The division D that holds the first one (or its parent
// division, while everything before D in its parent is a <head> or a
// milestone: "References" holding "Books" and "Articles") must have a <head>,
// or be a slide (with only slides holding entries after it: a deck whose
// references come part-way through keeps them in <body>); and something other
// than milestones must stay in <body>.
// Then D, the <pb/>s and <anchor/>s just before it, and everything after it in
// document order go, in order, into a new <back> after <body>: D itself gets
// type="references"; a slide keeps type="slide" and goes, with what follows
// it, into a <div type="references" xml:id="references">. Otherwise nothing
// changes.
void MoveReferenceListToBack(pugi::xml_node text);

// The id of the <div> that wraps slides in <back>; the writer claims it.
extern const char kReferencesDivId[];

}  // namespace glossator::tei

#endif  // GLOSSATOR_TEI_REFERENCE_LIST_H_
