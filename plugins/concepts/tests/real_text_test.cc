// Texts from other fields, through the real command: the control prose of
// ../shared/data/real/texts/controls/ (science, a novel, a biography,
// philosophy; typeset by tests/real/render_controls.py) and the real PDFs
// of ../shared/data/real/pdfs/ that are not about psychology (computing
// papers, a thesis, slide decks). Issue 13: at most one concept tag per
// 10,000 words over each set; every tag is printed for a reader to judge.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "document_tagger.h"
#include "matcher.h"
#include "test_support.h"
#include "thesaurus.h"

namespace {

using glossator::testing::RunCommand;
using glossator::testing::ShellQuote;

constexpr double kMaxTagsPer10kWords = 1.0;

// The real PDFs of other fields (the README of ../shared/data/real).
const char* const kOtherFieldPdfs[] = {"mullen.pdf",    "sp_P14-1059.pdf",
                                       "ecstr.pdf",     "slides_cermine.pdf",
                                       "slides_go.pdf", "slides_grobid.pdf"};

struct Count {
  size_t words = 0, tags = 0;
};

// Annotates one PDF with the concepts plugin and counts the words of its
// TEI <text> and the concept tags in it, printing each tag.
Count Annotate(const std::string& pdf) {
  glossator::testing::TempDir dir;
  std::string out = dir.path() + "/out.xml";
  glossator::testing::CommandResult r =
      RunCommand(std::string(GLOSSATOR_BINARY) + " annotate " + ShellQuote(pdf) + " -o " +
                 ShellQuote(out) + " --plugin-dir " + ShellQuote(CONCEPTS_PLUGIN_DIR) + " 2>&1");
  EXPECT_EQ(r.exit_code, 0) << pdf << ": " << r.output;
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_file(out.c_str())) << out;
  Count c;
  pugi::xml_node text = doc.select_node("//*[local-name()='text']").node();
  c.words = glossator::testing::Tokens(glossator::testing::TeiText(text)).size();
  std::string name = std::filesystem::path(pdf).filename().string();
  for (const pugi::xpath_node& n : text.select_nodes(".//*[local-name()='term']")) {
    std::string ref = n.node().attribute("ref").value();
    if (ref.rfind("#c.", 0) != 0) continue;
    ++c.tags;
    std::printf("    tag in %s: '%s' as %s (cert %s)\n", name.c_str(),
                glossator::testing::TeiText(n.node()).c_str(), ref.c_str() + 1,
                n.node().attribute("cert").value());
  }
  std::printf("  %-36s %7zu words %3zu tags\n", name.c_str(), c.words, c.tags);
  return c;
}

void ExpectFewTags(const std::vector<std::string>& pdfs, const char* what) {
  Count total;
  for (const std::string& pdf : pdfs) {
    Count c = Annotate(pdf);
    total.words += c.words;
    total.tags += c.tags;
  }
  double per_10k = total.words ? 10000.0 * double(total.tags) / double(total.words) : 0;
  std::printf("%s: %zu tags in %zu words: %.2f per 10,000 words\n", what, total.tags, total.words,
              per_10k);
  EXPECT_GT(total.words, 20000u) << "the texts were read";
  EXPECT_LE(per_10k, kMaxTagsPer10kWords) << what;
}

TEST(ConceptsRealText, ControlProseHasAlmostNoTags) {
  std::string why;
  std::vector<std::string> pdfs = glossator::testing::ControlPdfs(&why);
  if (pdfs.empty()) GTEST_SKIP() << why;
  ExpectFewTags(pdfs, "control prose");
}

TEST(ConceptsRealText, PdfsOfOtherFieldsHaveAlmostNoTags) {
  std::string dir = glossator::testing::SharedDir() + "/data/real/pdfs/";
  std::vector<std::string> pdfs;
  for (const char* name : kOtherFieldPdfs) {
    if (std::filesystem::exists(dir + name)) pdfs.push_back(dir + name);
  }
  if (pdfs.empty()) GTEST_SKIP() << "no real PDFs at " << dir;
  ExpectFewTags(pdfs, "PDFs of other fields");
}

}  // namespace

namespace {

// The field gate (document_tagger.h) on the real texts' words, as
// `glossator text` gives them (blocks at blank lines): the readings of the
// field pass it, the texts of other fields do not. Prints each text's counts.
concepts::FieldEvidence GateOf(concepts::Matcher& matcher, const std::string& pdf) {
  glossator::testing::CommandResult r =
      RunCommand(std::string(GLOSSATOR_BINARY) + " text " + ShellQuote(pdf) + " 2>/dev/null");
  EXPECT_EQ(r.exit_code, 0) << pdf;
  std::vector<std::string_view> blocks;
  std::string_view text = r.output;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find("\n\n", at);
    if (end == std::string_view::npos) end = text.size();
    blocks.push_back(text.substr(at, end - at));
    at = end + 2;
  }
  concepts::DocumentTagger tagger(matcher);
  concepts::FieldEvidence field;
  tagger.Tag(blocks, &field);
  std::printf(
      "  %-42s %7zu words %5zu unambiguous mentions (%.1f per 10,000) of %4zu concepts: %s\n",
      std::filesystem::path(pdf).filename().c_str(), field.words, field.unambiguous,
      field.words ? 10000.0 * double(field.unambiguous) / double(field.words) : 0.0, field.distinct,
      field.in_field ? "in the field" : "not in the field");
  return field;
}

TEST(ConceptsRealText, TheFieldGateTellsTheReadingsFromOtherFields) {
  std::string dir = glossator::testing::SharedDir() + "/data/real/pdfs/";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no real PDFs at " << dir;
  concepts::Thesaurus thesaurus;
  thesaurus.AddFile(CONCEPTS_THESAURUS);
  thesaurus.Validate();
  concepts::Matcher matcher(thesaurus);
  for (const char* name :
       {"freud-origin-and-development.pdf", "freud-beyond-the-pleasure-principle.pdf",
        "freud-future-prospects.pdf", "cermine_example1.pdf"}) {
    EXPECT_TRUE(GateOf(matcher, dir + name).in_field) << name;
  }
  for (const char* name : kOtherFieldPdfs)
    EXPECT_FALSE(GateOf(matcher, dir + name).in_field) << name;
  std::string why;
  for (const std::string& pdf : glossator::testing::ControlPdfs(&why)) {
    EXPECT_FALSE(GateOf(matcher, pdf).in_field) << pdf;
  }
  // Psychology papers the gold does not count as readings of the field: printed only.
  for (const char* name : {"papaja_vignette.pdf", "complexity.pdf", "sp_roark13.pdf"}) {
    GateOf(matcher, dir + name);
  }
}

}  // namespace
