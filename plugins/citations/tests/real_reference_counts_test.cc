// The reference lists of the real PDFs (../shared/data/real/pdfs): the
// entries the plugin finds against the number read off the page images
// (../shared/data/real/facts.tsv, reference_entries), through the real
// Poppler path. The counts only: which entries they are is the business of
// CitationsRealGold.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "test_support.h"

namespace citations {
namespace {

struct ListFact {
  std::string file;
  size_t entries = 0;
};

// The rows of facts.tsv with a reference list.
std::vector<ListFact> ReadFacts(const std::string& path) {
  std::vector<ListFact> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream row(line);
    std::string file, pages, slides, entries;
    std::getline(row, file, '\t');
    std::getline(row, pages, '\t');
    std::getline(row, slides, '\t');
    std::getline(row, entries, '\t');
    if (!entries.empty() && std::stoul(entries) > 0) out.push_back({file, std::stoul(entries)});
  }
  return out;
}

TEST(RealReferenceLists, EveryListHasTheEntriesReadOffItsPages) {
  std::vector<ListFact> facts = ReadFacts(glossator::testing::SharedDir() + "/data/real/facts.tsv");
  ASSERT_GE(facts.size(), 7u);
  auto pipeline = glossator::testing::PipelineOf(CITATIONS_PLUGIN_DIR, "citations");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  for (const ListFact& f : facts) {
    auto doc =
        glossator::ExtractDocument(glossator::testing::SharedDir() + "/data/real/pdfs/" + f.file);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    std::vector<glossator::PluginProblem> problems;
    glossator::Annotations annotations = pipeline.value()->Run(doc.value(), &problems);
    for (const auto& p : problems) ADD_FAILURE() << f.file << ": " << p.plugin << ": " << p.message;
    size_t found = 0;
    for (const glossator::Annotation& a : annotations.items) found += a.type == "reference";
    EXPECT_EQ(found, f.entries) << f.file;
  }
}

}  // namespace
}  // namespace citations
