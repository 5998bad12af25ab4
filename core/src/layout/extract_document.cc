// ExtractDocument: PDF -> pages of words -> lines -> (streaming) furniture set
// aside -> blocks -> the Document.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

#include "glossator/extract.h"
#include "layout/hyphenation.h"
#include "layout/line.h"
#include "layout/line_numbers.h"
#include "layout/streaming_layout.h"
#include "pdf/pdf_reader.h"
#include "util/sha256.h"

namespace glossator {
namespace {

std::string UnrepresentableWarning(const std::string& path, int page, size_t count) {
  return path + ": page " + std::to_string(page) + ": " + std::to_string(count) +
         " character(s) of the text are no text (a control character, a noncharacter such as "
         "U+FFFE, a lone surrogate or an unmapped glyph, as the font maps its glyphs); each is "
         "U+FFFD in the TEI";
}

// True when text holds nothing but spaces, newlines and U+FFFD: glyphs that
// all map to no character are no text layer a reader could use.
bool HoldsNoCharacter(const std::string& text) {
  static const std::string kReplacement = "\xEF\xBF\xBD";
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '\n') {
      ++i;
    } else if (text.compare(i, kReplacement.size(), kReplacement) == 0) {
      i += kReplacement.size();
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

Result<Document> ExtractDocument(const std::string& path, const ExtractOptions& options) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline = Clock::now() + options.time_limit;
  try {
    Result<std::unique_ptr<pdf::PdfReader>> opened = pdf::PdfReader::Open(path, options.password);
    if (!opened.ok()) return opened.status();
    const pdf::PdfReader& reader = **opened;

    DocumentParts parts;
    parts.source.path = path;
    parts.source.file_name = std::filesystem::path(path).filename().string();
    parts.source.page_count = reader.page_count();
    parts.source.title = reader.title();
    Result<std::string> digest = Sha256OfFile(path);
    if (!digest.ok()) return digest.status();
    parts.source.sha256 = *digest;

    layout::HyphenResolver hyphens(options.dictionary);
    layout::StreamingLayout layout(hyphens, parts);
    size_t words = 0;
    int unreadable = 0;
    Status first_unreadable;
    double width = 612, height = 792;  // of the last page read, for an unreadable one
    for (int i = 0; i < reader.page_count(); ++i) {
      if (Clock::now() > deadline) {
        return Status::TimeLimit(path + ": page " + std::to_string(i + 1) + ": time limit of " +
                                 std::to_string(options.time_limit.count() / 1000) + " s reached");
      }
      Result<pdf::RawPage> raw = reader.ReadPage(i);
      if (!raw.ok()) {
        // One bad page does not take the reading down: it stays, empty, so
        // that the pages keep their numbers.
        if (unreadable++ == 0) first_unreadable = raw.status();
        parts.warnings.push_back(raw.status().message() + "; the page is left empty");
        layout.AddPage({i + 1, width, height, {}, 0});
        continue;
      }
      width = raw->width;
      height = raw->height;
      if (!raw->problem.empty()) {
        parts.warnings.push_back(path + ": page " + std::to_string(i + 1) + ": Poppler reports \"" +
                                 raw->problem + "\"; the page's text may be incomplete");
      }
      if (raw->unrepresentable_characters > 0) {
        parts.warnings.push_back(
            UnrepresentableWarning(path, raw->number, raw->unrepresentable_characters));
      }
      words += raw->words.size();
      std::vector<Furniture> aside = layout::SidewaysFurniture(*raw);
      for (Furniture& f : layout::TakeLineNumbers(&raw.value())) aside.push_back(std::move(f));
      layout.AddPage({raw->number, raw->width, raw->height, layout::BuildLines(*raw), raw->rotation,
                      std::move(aside)});
    }
    if (unreadable == reader.page_count()) return first_unreadable;
    auto no_text_layer = [&] {
      return Status::NoTextLayer(path + ": no text layer: none of its " +
                                 std::to_string(reader.page_count()) +
                                 " page(s) has readable text (scanned pages need OCR first)");
    };
    if (words == 0) return no_text_layer();
    layout.Finish();
    if (HoldsNoCharacter(parts.text)) return no_text_layer();
    if (parts.text.size() > UINT32_MAX) {
      return Status::ResourceLimit(path + ": more than 4 GiB of text; too large to annotate");
    }
    return Document(std::move(parts));
  } catch (const std::bad_alloc&) {
    // Under the command's --max-memory, as a decompression bomb reaches it.
    return Status::ResourceLimit(path + ": memory limit reached: out of memory while reading");
  } catch (const std::exception& e) {
    return Status::Internal(path + ": " + e.what());
  }
}

}  // namespace glossator
