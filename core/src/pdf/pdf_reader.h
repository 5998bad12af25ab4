// PdfReader: the only place that talks to Poppler. It opens a PDF and gives
// each page as words with their boxes, fonts and sizes.
//
// Thread safety: one PdfReader per thread; Poppler's error hook is global, so
// its messages are kept per thread (Poppler reports on the reading thread).
#ifndef GLOSSATOR_PDF_PDF_READER_H_
#define GLOSSATOR_PDF_PDF_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "glossator/document.h"
#include "glossator/status.h"

class PDFDoc;  // Poppler's own document (its private headers, libpoppler-private-dev)

namespace glossator::pdf {

struct Word {
  // UTF-8 as Poppler gives it (not yet normalised); a lone surrogate in
  // UTF-8's three-byte form, for normalisation to replace and count.
  std::string text;
  Box box;
  std::string font;  // font name without the subset prefix ("ABCDEF+")
  double font_size = 0;
  // 0, 1, 2, 3: quarter turns of the text direction, relative to the page as
  // ReadPage gives it (OrientPage has turned most of the text to 0).
  int rotation = 0;
  // The right edge of the last glyph; less than box.x1 when a glyph at the end
  // (a soft hyphen, for instance) was drawn but mapped to no character.
  double last_glyph_x1 = 0;
  // Where Poppler put the word in its reading order (0, 1, ... on the page)
  // and whether it judged a space to follow it. Poppler weighs each gap
  // against the other gaps of its line, so the judgement holds for type of
  // any size and spacing; it means the next word in Poppler's order.
  uint32_t order = 0;
  bool space_after = false;
};

// Words of a page set in another direction than its text (a margin stamp, a
// vertical label), turned so that they read left to right in a frame of
// their own: turns quarter turns from the page's frame, width x height.
struct SidewaysText {
  int turns = 0;
  double width = 0, height = 0;
  std::vector<Word> words;
};

struct RawPage {
  int number = 0;  // 1-based
  double width = 0, height = 0;
  int rotation = 0;
  std::vector<Word> words;             // in Poppler's reading order
  std::vector<SidewaysText> sideways;  // OrientPage moves them here from words
  // What Poppler reported while reading the page's text (a damaged content
  // stream, say), "" when nothing: the words may then be incomplete.
  std::string problem;
  // Characters of the words that stand for no character (noncharacters such as
  // U+FFFE, lone surrogates): normalisation makes each U+FFFD.
  size_t unrepresentable_characters = 0;
};

class PdfReader {
 public:
  // Opens path. Errors: NotFound, IoError, NotPdf (no %PDF header),
  // PasswordRequired (encrypted and password does not open it), Damaged.
  static Result<std::unique_ptr<PdfReader>> Open(const std::string& path,
                                                 const std::string& password);
  ~PdfReader();

  int page_count() const;
  std::string title() const;
  // Reads page index (0-based). Damaged when Poppler cannot give the page.
  Result<RawPage> ReadPage(int index) const;

 private:
  PdfReader(std::string path, std::unique_ptr<PDFDoc> doc);
  std::string path_;
  std::unique_ptr<PDFDoc> doc_;
};

// Poppler's last error message since the hook was installed, for messages
// that say why a file could not be read ("" when there was none).
std::string LastPopplerError();

}  // namespace glossator::pdf

#endif  // GLOSSATOR_PDF_PDF_READER_H_
