// Document: the text of one reading, its structure and its provenance.
//
// A Document holds one normalised UTF-8 text (NFC, ligatures expanded, odd
// spaces folded, line-end hyphens resolved), a structure layer (blocks with
// their kinds, pages and slides) and provenance (any byte offset of the text ->
// page and box). Running headers, footers and page numbers are not in the text;
// they are kept per page as "furniture".
//
// Offsets are UTF-8 byte offsets into text(), half-open ranges [begin, end).
// Blocks are in reading order and separated in the text by "\n\n" (by "\n"
// between the lines of one slide).
//
// Thread safety: a Document is immutable once built; share it freely between
// threads. Copies are cheap (the data is shared).
#ifndef GLOSSATOR_DOCUMENT_H_
#define GLOSSATOR_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "glossator/export.h"

namespace glossator {

// A rectangle on a page in PDF points, origin at the top left, y downwards.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

enum class BlockKind {
  kHeading,     // a section heading (level in Block::level) or a slide title
  kParagraph,   // running text
  kListItem,    // an item of a bulleted or numbered list
  kLine,        // one line of a slide, kept as a line
  kCaption,     // a figure's or table's caption ("Table 2. Cox regression ...")
  kFootnote,    // a footnote
  kFigureText,  // text set in a table or chart: rows of figures, axis labels; a table's
                // cells, where they are clear, in Document::tables()
  kCode,        // a code listing set in a monospace font; its lines end in "\n"
};

// "heading", "paragraph", "list-item", "line", "caption", "footnote", "figure-text",
// "code".
GLOSSATOR_EXPORT const char* BlockKindName(BlockKind kind);

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  size_t begin = 0, end = 0;  // range of the block's text
  int first_page = 0;         // 1-based page where the block starts
  int last_page = 0;          // and where it ends (later when it runs across a break)
  int slide = 0;              // slide number, 0 when the document is not a slide deck
  int level = 0;              // heading level (1 = largest), 0 for other kinds
};

// Text set aside from the running text: running headers, footers, page and
// slide numbers, text set sideways on the page (a margin stamp such as
// arXiv's, a vertical label), in its own reading order, and a manuscript's
// margin line numbers (one Furniture per number).
struct Furniture {
  enum class Kind { kHeader, kFooter, kPageNumber, kMargin, kLineNumber };
  Kind kind = Kind::kHeader;
  std::string text;
  Box box;
};

struct Page {
  int number = 0;  // 1-based
  // The page's size, and the frame of every box on it: as shown, or, for a
  // page whose text runs rotated as shown (a /Rotate its content does not
  // compensate), turned so that its text reads left to right.
  double width = 0, height = 0;
  int rotation = 0;       // degrees, as the PDF asks the page to be shown
  size_t text_begin = 0;  // offset where this page's running text starts
  std::vector<Furniture> furniture;
};

// Where a piece of the text came from: one word (or part of one) on a page.
// Packed (28 bytes): a Document holds one per word, and it is the bulk of a
// long Document's memory. A Document's text stays under 4 GiB (extraction
// refuses larger ones).
struct Provenance {
  uint32_t begin = 0, end = 0;
  int32_t page = 0;
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the word's box, as Box

  Provenance() = default;
  Provenance(size_t b, size_t e, int p, const Box& box)
      : begin(static_cast<uint32_t>(b)),
        end(static_cast<uint32_t>(e)),
        page(p),
        x0(static_cast<float>(box.x0)),
        y0(static_cast<float>(box.y0)),
        x1(static_cast<float>(box.x1)),
        y1(static_cast<float>(box.y1)) {}
  Box box() const { return {x0, y0, x1, y1}; }
};

struct SourceInfo {
  std::string path;       // as given by the caller
  std::string file_name;  // the last component of path
  std::string sha256;     // of the file's bytes, lowercase hex
  int page_count = 0;
  std::string title;  // the PDF's Title metadata, "" when it has none
};

// The front matter of a reading as printed on its first pages: indices into
// the Document's blocks. Blocks [0, end) are front matter (the title, the
// byline, affiliations, an author note, the abstract, the keywords); empty
// when none was recognised (slide decks have none).
struct FrontMatter {
  static constexpr size_t kNone = static_cast<size_t>(-1);
  std::vector<size_t> title;     // the printed title (one block, or two when it wraps)
  size_t byline = kNone;         // the block of the authors' names
  size_t byline_names_end = 0;   // text offset where its first line, the names, ends
  std::vector<size_t> abstract;  // its heading (when it has one) and paragraphs
  size_t keywords = kNone;       // "Keywords: ..."
  size_t end = 0;
};

// A table whose cells are clear: the rows and columns of one kFigureText
// block, read from where its words stand. The block's text is its cells'
// texts, a space between the cells of a row and "\n" between rows (an empty
// cell adds nothing); each cell's range lies inside the block's.
struct TableCell {
  size_t begin = 0, end = 0;  // the cell's text; begin == end for an empty cell
  size_t column = 0;          // the grid column it starts in, from 0
  int columns = 1;            // the columns it spans (a header over a group of columns)
};
struct Table {
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t block = 0;        // index into Document::blocks()
  size_t caption = kNone;  // the block of its caption ("Table 2: ..."), kNone when unknown
  size_t columns = 0;      // of the grid; a row's cells' spans add up to it
  std::vector<std::vector<TableCell>> rows;
};

// The parts of a Document, as the layout stage assembles them.
struct DocumentParts {
  SourceInfo source;
  std::string text;
  std::vector<Block> blocks;
  std::vector<Page> pages;
  std::vector<Provenance> provenance;  // sorted by begin, not overlapping
  bool is_slide_deck = false;
  FrontMatter front;
  std::vector<Table> tables;  // sorted by block
  // What extraction read around, each naming the file and page: a page that
  // could not be read (kept empty), a damaged content stream.
  std::vector<std::string> warnings;
};

class GLOSSATOR_EXPORT Document {
 public:
  explicit Document(DocumentParts parts);

  const SourceInfo& source() const { return data_->source; }
  const std::string& text() const { return data_->text; }
  std::string_view text(size_t begin, size_t end) const;
  const std::vector<Block>& blocks() const { return data_->blocks; }
  const std::vector<Page>& pages() const { return data_->pages; }
  const std::vector<Provenance>& provenance() const { return data_->provenance; }
  bool is_slide_deck() const { return data_->is_slide_deck; }
  const FrontMatter& front() const { return data_->front; }
  const std::vector<Table>& tables() const { return data_->tables; }
  // The table block i holds, nullptr when it holds none.
  const Table* TableAt(size_t block) const;
  const std::vector<std::string>& warnings() const { return data_->warnings; }

  // The provenance of the word at or before offset (a separator maps to the
  // word before it); nullptr only for an empty document.
  const Provenance* Locate(size_t offset) const;
  // The 1-based page of offset, 0 for an empty document.
  int PageAt(size_t offset) const;
  // The title: as printed (front().title), else the PDF's metadata title,
  // else the first heading's text, else the file name.
  std::string Title() const;

 private:
  std::shared_ptr<const DocumentParts> data_;
};

}  // namespace glossator

#endif  // GLOSSATOR_DOCUMENT_H_
