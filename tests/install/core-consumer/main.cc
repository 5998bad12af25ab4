// Extracts one PDF with the installed Glossator::core and prints what it found.
#include <cstdio>

#include "all_headers.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: core_consumer FILE.pdf\n");
    return 2;
  }
  glossator::Result<glossator::Document> doc = glossator::ExtractDocument(argv[1]);
  if (!doc.ok()) {
    std::fprintf(stderr, "%s\n", doc.status().ToString().c_str());
    return 1;
  }
  std::printf("%zu blocks, %zu bytes of text\n", doc->blocks().size(), doc->text().size());
  return 0;
}
