#include "pdf/pdf_reader.h"

// Poppler's core API (libpoppler-private-dev): TextOutputDev is what pdftotext
// reads words with. poppler-cpp's page::text_list wraps the same words but, for
// their fonts, scans every font of the page a second time and copies the
// page's font list into each word, and converts each word's text through an
// iconv converter opened for it: together more than pdftotext's whole cost.
// Reading TextOutputDev's words here gives the same words, boxes and fonts.
#include <Error.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <PDFDocEncoding.h>
#include <Page.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>
#include <unicode/unistr.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string_view>

#include "pdf/page_orientation.h"
#include "text/normalize.h"

namespace glossator::pdf {
namespace {

std::mutex error_mutex;
// Poppler calls the hook on the thread that reads, so each thread keeps its own.
thread_local std::string last_error;

// Poppler reports problems through one global hook; we keep the last message
// so that errors can say what Poppler saw instead of printing to stderr. The
// message reads as poppler-cpp put it: "error (byte offset): what".
void CollectPopplerError(ErrorCategory, Goffset pos, const char* message) {
  std::string text = pos >= 0 ? "error (" + std::to_string(pos) + "): " : "error: ";
  text += message;
  // Poppler ends its messages with a line break, which it writes as <0a>.
  for (std::string_view end : {"<0a>", "\n"}) {
    if (text.ends_with(end)) text.erase(text.size() - end.size());
  }
  std::lock_guard<std::mutex> lock(error_mutex);
  last_error = std::move(text);
}

// Poppler's global settings (text encoding UTF-8, font configuration) and its
// error hook, made once for the process and kept: every document shares them.
void InitPoppler() {
  static std::once_flag once;
  // Through Poppler's own counted initialiser, as poppler-cpp does, so that a
  // plugin using poppler-cpp in this process neither replaces nor frees them.
  std::call_once(once, [] { static GlobalParamsIniter initer(CollectPopplerError); });
}

void ClearPopplerError() {
  std::lock_guard<std::mutex> lock(error_mutex);
  last_error.clear();
}

// Appends code point c in UTF-8's byte pattern. A lone surrogate, which a
// font's ToUnicode map can give, is written in the three-byte form UTF-8 does
// not allow, not silently dropped: normalisation replaces and counts it
// (text/normalize.h). U+0000 and values past U+10FFFF, which have no such
// form, are U+FFFD, counted the same way.
void AppendUtf8(Unicode c, std::string& out) {
  if (c == 0 || c > 0x10FFFF) c = 0xFFFD;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// A word's characters as UTF-8.
std::string WordText(const TextWord& word) {
  std::string out;
  out.reserve(static_cast<size_t>(word.getLength()));
  for (int i = 0; i < word.getLength(); ++i) AppendUtf8(*word.getChar(i), out);
  return out;
}

// Embedded fonts are named "ABCDEF+Name"; the prefix differs per subset.
std::string StripSubsetPrefix(const std::string& font) {
  if (font.size() > 7 && font[6] == '+') return font.substr(7);
  return font;
}

// True when the first KiB of the file holds "%PDF-", as readers accept.
Result<bool> HasPdfHeader(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open for reading: " + std::strerror(errno));
  char head[1024];
  in.read(head, sizeof head);
  std::string_view bytes(head, static_cast<size_t>(in.gcount()));
  return bytes.find("%PDF-") != std::string_view::npos;
}

// A box from Poppler's corners, with the right and bottom edges worked out as
// poppler-cpp's rectangles did (x0 + (x1 - x0)), so that every box is the same
// to the last bit as when words were read through poppler-cpp.
Box BoxOfCorners(double x0, double y0, double x1, double y1) {
  return Box{x0, y0, x0 + (x1 - x0), y0 + (y1 - y0)};
}

// The document's Info string: UTF-16 after a byte order mark (complete pairs
// only), else PDFDocEncoding (PDF 32000-1, D.2), whose bytes 0x80-0x9F are
// typographic marks (poppler-cpp read them as Latin-1's C1 controls). A byte
// PDFDocEncoding leaves undefined (0x7F, 0x9F, 0xAD) is U+FFFD in Poppler's
// table itself (since 2008; only byte 0 maps to 0).
std::u16string InfoString(const GooString& s) {
  const std::string& bytes = s.toStr();
  std::u16string out;
  const bool little_endian = s.hasUnicodeMarkerLE();
  if (s.hasUnicodeMarker() || little_endian) {
    for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
      unsigned hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
      unsigned lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
      out += static_cast<char16_t>((hi << 8) | lo);
    }
  } else {
    for (char c : bytes) {
      out += static_cast<char16_t>(pdfDocEncoding[static_cast<unsigned char>(c)]);
    }
  }
  return out;
}

// 0, 90, 180 or 270, as the page's /Rotate (Poppler has normalised it). ::Page
// is Poppler's page, not the Document's.
int PageRotation(const ::Page& page) {
  int rotate = page.getRotate();
  return rotate == 90 || rotate == 180 || rotate == 270 ? rotate : 0;
}

}  // namespace

std::string LastPopplerError() {
  std::lock_guard<std::mutex> lock(error_mutex);
  return last_error;
}

PdfReader::PdfReader(std::string path, std::unique_ptr<PDFDoc> doc)
    : path_(std::move(path)), doc_(std::move(doc)) {}

PdfReader::~PdfReader() = default;

Result<std::unique_ptr<PdfReader>> PdfReader::Open(const std::string& path,
                                                   const std::string& password) {
  InitPoppler();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such file");
  if (std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument(path + ": is a directory, not a PDF file");
  }
  Result<bool> header = HasPdfHeader(path);
  if (!header.ok()) return header.status();
  if (!*header) return Status::NotPdf(path + ": not a PDF file (no %PDF- header)");

  ClearPopplerError();
  auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), GooString(password),
                                      GooString(password));
  if (!doc->isOk()) {
    if (doc->getErrorCode() == errEncrypted) {
      if (password.empty()) {
        return Status::PasswordRequired(path + ": encrypted; a password is required (--password)");
      }
      return Status::PasswordRequired(path + ": encrypted; the password given does not open it");
    }
    std::string why = LastPopplerError();
    return Status::Damaged(path + ": damaged PDF, cannot be opened" +
                           (why.empty() ? std::string() : " (Poppler: " + why + ")"));
  }
  if (doc->getNumPages() <= 0) {
    return Status::Damaged(path + ": damaged PDF, no pages could be read");
  }
  return std::unique_ptr<PdfReader>(new PdfReader(path, std::move(doc)));
}

int PdfReader::page_count() const { return doc_->getNumPages(); }

// The title is metadata, not page text: valid UTF-8 as ICU writes it (a lone
// surrogate as U+FFFD), for the TEI writer to make fit for XML.
std::string PdfReader::title() const {
  std::unique_ptr<GooString> title = doc_->getDocInfoTitle();
  if (!title) return "";
  std::u16string units = InfoString(*title);
  std::string out;
  icu::UnicodeString(units.data(), static_cast<int32_t>(units.size())).toUTF8String(out);
  return out;
}

Result<RawPage> PdfReader::ReadPage(int index) const {
  ::Page* page =
      index >= 0 && index < doc_->getNumPages() ? doc_->getCatalog()->getPage(index + 1) : nullptr;
  if (!page) {
    return Status::Damaged(path_ + ": page " + std::to_string(index + 1) + ": cannot be read");
  }
  RawPage raw;
  raw.number = index + 1;
  const PDFRectangle* media = page->getMediaBox();
  Box media_box = BoxOfCorners(media->x1, media->y1, media->x2, media->y2);
  raw.width = media_box.x1 - media_box.x0;
  raw.height = media_box.y1 - media_box.y0;
  raw.rotation = PageRotation(*page);
  if (raw.rotation == 90 || raw.rotation == 270) std::swap(raw.width, raw.height);

  ClearPopplerError();
  // What pdftotext does, without its physical layout or raw order: words in
  // Poppler's reading order, at 72 dpi (one unit a point), the page's
  // rotation applied, the crop box.
  TextOutputDev text_out(nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0,
                         /*rawOrderA=*/false, /*append=*/false);
  doc_->displayPageSlice(&text_out, index + 1, 72, 72, /*rotate=*/0, /*useMediaBox=*/false,
                         /*crop=*/false, /*printing=*/false, -1, -1, -1, -1, nullptr, nullptr,
                         nullptr, nullptr, /*copyXRef=*/false);
  // copyXRef false, as pdftotext reads pages: a copy of the cross-reference
  // table per page (poppler-cpp's choice, for pages rendered on several
  // threads at once) cost papaja_vignette.pdf 60% more instructions, and
  // pages are read here one at a time.
  std::unique_ptr<TextWordList> list = text_out.makeWordList();
  raw.problem = LastPopplerError();
  const int count = list ? list->getLength() : 0;
  raw.words.reserve(static_cast<size_t>(count));
  std::vector<Box> last_glyphs;  // of each word, as Poppler gives them
  last_glyphs.reserve(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    const TextWord& word = *list->get(i);
    Word w;
    w.text = WordText(word);
    if (w.text.empty()) continue;
    raw.unrepresentable_characters += text::CountUnrepresentable(w.text);
    double x0, y0, x1, y1;
    word.getBBox(&x0, &y0, &x1, &y1);
    w.box = BoxOfCorners(x0, y0, x1, y1);
    w.rotation = word.getRotation();
    w.order = static_cast<uint32_t>(raw.words.size());
    w.space_after = word.hasSpaceAfter();
    // The font of the word's first character, without its subset prefix.
    const GooString* font = word.getFontInfo(0)->getFontName();
    if (font) w.font = StripSubsetPrefix(font->toStr());
    w.font_size = word.getFontSize();
    word.getCharBBox(word.getLength() - 1, &x0, &y0, &x1, &y1);
    Box last = BoxOfCorners(x0, y0, x1, y1);
    bool known = last.x1 - last.x0 > 0 || last.y1 - last.y0 > 0;
    last_glyphs.push_back(known ? last : Box{});
    raw.words.push_back(std::move(w));
  }
  OrientPage(last_glyphs, &raw);  // sets last_glyph_x1 too
  return raw;
}

}  // namespace glossator::pdf
