#include "pdf/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

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
// so that errors can say what Poppler saw instead of printing to stderr.
void CollectPopplerError(const std::string& message, void*) {
  std::string text = message;
  // Poppler ends its messages with a line break, which its hook shows as <0a>.
  for (std::string_view end : {"<0a>", "\n"}) {
    if (text.ends_with(end)) text.erase(text.size() - end.size());
  }
  std::lock_guard<std::mutex> lock(error_mutex);
  last_error = std::move(text);
}

void InstallErrorHook() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(CollectPopplerError, nullptr); });
}

void ClearPopplerError() {
  std::lock_guard<std::mutex> lock(error_mutex);
  last_error.clear();
}

// Appends code point c (a lone surrogate too) in UTF-8's byte pattern.
void AppendUtf8(UChar32 c, std::string& out) {
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

// Poppler's UTF-16 as UTF-8 (poppler::ustring::to_utf8 would open an iconv
// converter per word). A lone surrogate, which a font's ToUnicode map can
// give, is written in the three-byte form UTF-8 does not allow, not silently
// made U+FFFD: normalisation replaces and counts it (text/normalize.h).
std::string ToUtf8(const poppler::ustring& s) {
  std::string out;
  out.reserve(s.size());
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    UChar32 c = static_cast<UChar>(s[i]);
    if (U16_IS_LEAD(c) && i + 1 < n && U16_IS_TRAIL(static_cast<UChar>(s[i + 1]))) {
      c = U16_GET_SUPPLEMENTARY(c, static_cast<UChar>(s[i + 1]));
      ++i;
    }
    AppendUtf8(c, out);
  }
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

Box ToBox(const poppler::rectf& r) { return Box{r.left(), r.top(), r.right(), r.bottom()}; }

}  // namespace

std::string LastPopplerError() {
  std::lock_guard<std::mutex> lock(error_mutex);
  return last_error;
}

PdfReader::PdfReader(std::string path, std::unique_ptr<poppler::document> doc)
    : path_(std::move(path)), doc_(std::move(doc)) {}

PdfReader::~PdfReader() = default;

Result<std::unique_ptr<PdfReader>> PdfReader::Open(const std::string& path,
                                                   const std::string& password) {
  InstallErrorHook();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such file");
  if (std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument(path + ": is a directory, not a PDF file");
  }
  Result<bool> header = HasPdfHeader(path);
  if (!header.ok()) return header.status();
  if (!*header) return Status::NotPdf(path + ": not a PDF file (no %PDF- header)");

  ClearPopplerError();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_file(path, password, password));
  if (!doc) {
    std::string why = LastPopplerError();
    return Status::Damaged(path + ": damaged PDF, cannot be opened" +
                           (why.empty() ? std::string() : " (Poppler: " + why + ")"));
  }
  if (doc->is_locked()) {
    if (password.empty()) {
      return Status::PasswordRequired(path + ": encrypted; a password is required (--password)");
    }
    return Status::PasswordRequired(path + ": encrypted; the password given does not open it");
  }
  if (doc->pages() <= 0) return Status::Damaged(path + ": damaged PDF, no pages could be read");
  return std::unique_ptr<PdfReader>(new PdfReader(path, std::move(doc)));
}

int PdfReader::page_count() const { return doc_->pages(); }

// The title is metadata, not page text: valid UTF-8 as ICU writes it (a lone
// surrogate as U+FFFD), for the TEI writer to make fit for XML.
std::string PdfReader::title() const {
  poppler::ustring title = doc_->get_title();
  std::string out;
  icu::UnicodeString(reinterpret_cast<const UChar*>(title.data()),
                     static_cast<int32_t>(title.size()))
      .toUTF8String(out);
  return out;
}

Result<RawPage> PdfReader::ReadPage(int index) const {
  std::unique_ptr<poppler::page> page(doc_->create_page(index));
  if (!page) {
    return Status::Damaged(path_ + ": page " + std::to_string(index + 1) + ": cannot be read");
  }
  RawPage raw;
  raw.number = index + 1;
  poppler::rectf media = page->page_rect(poppler::media_box);
  raw.width = media.width();
  raw.height = media.height();
  switch (page->orientation()) {
    case poppler::page::landscape:
      raw.rotation = 90;
      break;
    case poppler::page::upside_down:
      raw.rotation = 180;
      break;
    case poppler::page::seascape:
      raw.rotation = 270;
      break;
    default:
      raw.rotation = 0;
  }
  if (raw.rotation == 90 || raw.rotation == 270) std::swap(raw.width, raw.height);

  ClearPopplerError();
  std::vector<poppler::text_box> boxes = page->text_list(poppler::page::text_list_include_font);
  raw.problem = LastPopplerError();
  raw.words.reserve(boxes.size());
  std::vector<Box> last_glyphs;  // of each word, as Poppler gives them
  last_glyphs.reserve(boxes.size());
  for (const poppler::text_box& tb : boxes) {
    Word w;
    poppler::ustring text = tb.text();
    w.text = ToUtf8(text);
    if (w.text.empty()) continue;
    raw.unrepresentable_characters += text::CountUnrepresentable(w.text);
    w.box = ToBox(tb.bbox());
    w.rotation = tb.rotation();
    w.order = static_cast<uint32_t>(raw.words.size());
    w.space_after = tb.has_space_after();
    if (tb.has_font_info()) {
      w.font = StripSubsetPrefix(tb.get_font_name());
      w.font_size = tb.get_font_size();
    }
    // char_bbox counts characters, not UTF-16 units; an empty box is "unknown".
    int32_t glyphs = u_countChar32(reinterpret_cast<const UChar*>(text.data()),
                                   static_cast<int32_t>(text.size()));
    poppler::rectf last =
        glyphs > 0 ? tb.char_bbox(static_cast<size_t>(glyphs - 1)) : poppler::rectf();
    last_glyphs.push_back(last.width() > 0 || last.height() > 0 ? ToBox(last) : Box{});
    raw.words.push_back(std::move(w));
  }
  OrientPage(last_glyphs, &raw);  // sets last_glyph_x1 too
  return raw;
}

}  // namespace glossator::pdf
