#include <cstdio>
#include "glossator/extract.h"
#include "pdf/pdf_reader.h"
#include <string>
using namespace glossator;
int main(int argc, char** argv) {
  if (argc > 2 && std::string(argv[2]) == "raw") { auto rd = pdf::PdfReader::Open(argv[1], ""); for (int i = 0; i < (*rd)->page_count(); ++i) { auto p = (*rd)->ReadPage(i); printf("=== page %d\n", p->number); for (auto& w : p->words) printf("%7.1f %7.1f %7.1f %7.1f %5.1f %d %-20s %s [%.1f]\n", w.box.x0, w.box.y0, w.box.x1, w.box.y1, w.font_size, w.space_after, w.font.c_str(), w.text.c_str(), w.last_glyph_x1);} return 0; }
  auto r = ExtractDocument(argv[1]);
  if (!r.ok()) { fprintf(stderr, "%s\n", r.status().ToString().c_str()); return 1; }
  if (argc > 2) { for (auto& b : r->blocks()) printf("[%s%d p%d-%d s%d] %s\n", BlockKindName(b.kind), b.level, b.first_page, b.last_page, b.slide, std::string(r->text(b.begin,b.end)).c_str()); return 0; }
  fputs(r->text().c_str(), stdout); puts("");
}
