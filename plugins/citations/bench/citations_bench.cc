// citations_bench: how long the citations plugin takes per page, against
// extraction of the same PDF in the same process.
//
//   citations_bench [PDF]      (default: samples/pdfs/long-paper.pdf)
//
// Extracts the Document once (timed), then times the plugin's own work on it
// (finding and parsing the reference list, finding and linking citations:
// ProcessDocument, the best of five runs) and the whole plugin through the
// pipeline (dlopen'd from the build's plugin directory, host calls
// included). Prints milliseconds per page and the ratios to extraction.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "document_citations.h"
#include "glossator/extract.h"
#include "glossator/pipeline.h"

namespace {

double Milliseconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

template <typename Body>
double BestOf(int runs, Body&& body) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    body();
    best = std::min(best, Milliseconds(std::chrono::steady_clock::now() - start));
  }
  return best;
}

citations::BlockType TypeOf(glossator::BlockKind kind) {
  switch (kind) {
    case glossator::BlockKind::kHeading:
      return citations::BlockType::kHeading;
    case glossator::BlockKind::kParagraph:
      return citations::BlockType::kParagraph;
    case glossator::BlockKind::kListItem:
      return citations::BlockType::kListItem;
    case glossator::BlockKind::kLine:
      return citations::BlockType::kLine;
    default:
      return citations::BlockType::kOther;
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::string pdf = argc > 1 ? argv[1] : CITATIONS_LONG_PDF;
  auto start = std::chrono::steady_clock::now();
  auto doc = glossator::ExtractDocument(pdf);
  double extract_ms = Milliseconds(std::chrono::steady_clock::now() - start);
  if (!doc.ok()) {
    std::fprintf(stderr, "citations_bench: %s\n", doc.status().ToString().c_str());
    return 1;
  }
  const glossator::Document& d = doc.value();
  const int pages = d.source().page_count;
  std::vector<citations::TextBlock> blocks;
  for (const glossator::Block& b : d.blocks()) {
    citations::TextBlock t;
    t.span = citations::Span{b.begin, b.end};
    t.type = TypeOf(b.kind);
    t.level = b.level;
    t.first_page = b.first_page;
    t.last_page = b.last_page;
    blocks.push_back(t);
  }
  citations::DocumentCitations found;
  double process_ms = BestOf(5, [&] { found = citations::ProcessDocument(d.text(), blocks); });

  glossator::PipelineOptions options;
  options.plugin_dirs = {CITATIONS_PLUGIN_DIR};
  options.use_environment = false;
  options.use_installed_dir = false;
  options.only = {"citations"};
  double pipeline_ms = -1;
  auto pipeline = glossator::Pipeline::Create(options);
  if (pipeline.ok()) {
    pipeline_ms = BestOf(3, [&] {
      std::vector<glossator::PluginProblem> problems;
      pipeline.value()->Run(d, &problems);
    });
  } else {
    std::fprintf(stderr, "citations_bench: no pipeline (%s); plugin run not timed\n",
                 pipeline.status().ToString().c_str());
  }

  std::printf("%s: %d pages, %zu bytes of text, %zu references, %zu citations\n", pdf.c_str(),
              pages, d.text().size(), found.references.size(), found.citations.size());
  std::printf("extraction           %9.1f ms  %7.3f ms/page\n", extract_ms, extract_ms / pages);
  std::printf("citations (library)  %9.1f ms  %7.3f ms/page  %.4f of extraction\n", process_ms,
              process_ms / pages, process_ms / extract_ms);
  if (pipeline_ms >= 0) {
    std::printf("citations (plugin)   %9.1f ms  %7.3f ms/page  %.4f of extraction\n", pipeline_ms,
                pipeline_ms / pages, pipeline_ms / extract_ms);
  }
  return 0;
}
