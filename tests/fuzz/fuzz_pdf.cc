// PDF bytes -> Document -> TEI: whatever the bytes, ExtractDocument returns a
// Document or a Status (never throws, never crashes), and a Document renders
// to TEI that is valid UTF-8 holding no character XML 1.0 forbids, or to a
// Status. Seeds: samples/pdfs/ and ../shared/data/bad-pdfs/.
#include <cstddef>
#include <cstdint>

#include "fuzz_input_file.h"
#include "glossator/extract.h"
#include "glossator/tei.h"
#include "tei/xml_util.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path = glossator::fuzz::InputFile(data, size, "pdf");
  glossator::ExtractOptions options;
  options.time_limit = std::chrono::milliseconds(10'000);
  glossator::Result<glossator::Document> doc = glossator::ExtractDocument(path, options);
  if (!doc.ok()) return 0;
  if (!glossator::text::IsValidUtf8(doc->text())) __builtin_trap();
  glossator::Result<std::string> xml = glossator::RenderTei(*doc);
  if (xml.ok() && (!glossator::text::IsValidUtf8(*xml) ||
                   glossator::tei::FindXmlForbidden(*xml) != std::string_view::npos)) {
    __builtin_trap();
  }
  return 0;
}
