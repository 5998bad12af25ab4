// An edited TEI at the output's path (the editors' round trip, issue 16):
// any bytes there give either a Status that names the file, with the file
// left as it was, or a new file that Glossator reads back as its own TEI of
// the same reading, its text the Document's (OUTPUT.md rule 1; a person's
// <corr> stays out of that text). The Document is our sample article, read
// once through Poppler; the seeds are its TEI with an editor's changes
// (tests/fuzz/seeds/edits/).
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "edits/edited_tei.h"
#include "edits/text_quote.h"
#include "fuzz_input_file.h"
#include "glossator/edits.h"
#include "glossator/extract.h"

namespace {

const glossator::Document& Article() {
  static const glossator::Document doc = [] {
    auto d = glossator::ExtractDocument(GLOSSATOR_SOURCE_DIR "/samples/pdfs/article.pdf");
    if (!d.ok()) __builtin_trap();
    return d.value();
  }();
  return doc;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const glossator::Document& doc = Article();
  std::string path = glossator::fuzz::InputFile(data, size, "xml");
  std::vector<std::string> warnings;
  glossator::EditReport report;
  glossator::Status s =
      glossator::WriteTeiKeepingEdits(doc, glossator::Annotations{}, path, &report, &warnings,
                                      glossator::OtherReadingsTei::kReplaceWhenUnedited);
  if (!s.ok()) {
    // The error names the file, and the file is as the editor left it.
    if (s.message().find(path) == std::string::npos) __builtin_trap();
    std::string now = ReadAll(path);
    if (now.size() != size ||
        (size > 0 && now.compare(0, size, reinterpret_cast<const char*>(data), size) != 0)) {
      __builtin_trap();
    }
    return 0;
  }
  auto again = glossator::edits::ReadEditedTei(path);
  if (!again.ok()) __builtin_trap();
  if ((*again)->text != glossator::edits::CollapseSpace(doc.text())) __builtin_trap();
  return 0;
}
