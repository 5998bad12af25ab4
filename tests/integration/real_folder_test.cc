// Every real PDF of ../shared/data/real/pdfs (see its README), annotated by
// all three shipped plugins as a new user would: the TEI validates, keeps
// OUTPUT.md rule 1 (every word of the Document under <text>, none added),
// and the test prints what the layout made of each reading.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <pugixml.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "test_support.h"

namespace glossator {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::RunCommand;

std::string Quote(const std::string& s) { return "'" + s + "'"; }

std::vector<std::string> RealPdfs() {
  std::vector<std::string> pdfs;
  for (const auto& e : fs::directory_iterator(testing::SharedDir() + "/data/real/pdfs")) {
    if (e.path().extension() == ".pdf") pdfs.push_back(e.path().string());
  }
  std::sort(pdfs.begin(), pdfs.end());
  return pdfs;
}

size_t Count(const pugi::xml_node& root, const char* xpath) {
  return root.select_nodes(xpath).size();
}

// Paragraphs of eight words or more whose text does not end a sentence.
double MidSentenceShare(const pugi::xml_node& text) {
  static const std::regex kEnd(R"([.!?:;)\]"'”’]$)");
  size_t long_paragraphs = 0, mid = 0;
  for (pugi::xpath_node n : text.select_nodes(".//*[local-name()='p']")) {
    std::string t = testing::TeiText(n.node());
    t.erase(t.find_last_not_of(" \n") + 1);
    if (std::count(t.begin(), t.end(), ' ') < 7) continue;
    ++long_paragraphs;
    mid += !std::regex_search(t, kEnd);
  }
  return long_paragraphs ? static_cast<double>(mid) / long_paragraphs : 0;
}

TEST(RealFolder, EveryPdfAnnotatesValidatesAndKeepsItsText) {
  for (const char* plugin : {"concepts", "citations", "vignettes"}) {
    if (!fs::exists(std::string(GLOSSATOR_SHIPPED_PLUGIN_DIR) + "/lib" + plugin + ".so")) {
      GTEST_SKIP() << "not built: " << plugin;
    }
  }
  std::vector<std::string> pdfs = RealPdfs();
  ASSERT_GE(pdfs.size(), 13u);
  testing::TempDir dir;
  std::string inputs;
  for (const std::string& p : pdfs) inputs += " " + Quote(p);
  CommandResult run = RunCommand(Quote(GLOSSATOR_BINARY) + " annotate" + inputs + " -q -o " +
                                 Quote(dir.path() + "/") + " --plugin-dir " +
                                 Quote(GLOSSATOR_SHIPPED_PLUGIN_DIR) + " 2>&1");
  ASSERT_EQ(run.exit_code, 0) << run.output;

  std::string outputs;
  std::printf("%-40s %5s %6s %6s %5s %5s %5s %5s %5s %6s\n", "reading", "pages", "slides", "blocks",
              "heads", "notes", "items", "lnum", "refs", "mid");
  for (const std::string& pdf : pdfs) {
    std::string stem = fs::path(pdf).stem().string();
    std::string out = dir.path() + "/" + stem + ".xml";
    outputs += " " + Quote(out);
    pugi::xml_document xml;
    ASSERT_TRUE(xml.load_file(out.c_str(), pugi::parse_default | pugi::parse_ws_pcdata)) << out;
    pugi::xml_node text = xml.select_node("/TEI/text").node();

    Result<Document> doc = ExtractDocument(pdf);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    testing::TokenScore score = testing::CompareTokens(doc->text(), testing::TeiText(text));
    EXPECT_EQ(score.matched, score.expected) << stem << ": words lost";
    EXPECT_EQ(score.matched, score.produced) << stem << ": words added";

    // The articles and manuscripts print a title, authors and an abstract:
    // the header and <front> carry them (OUTPUT.md rule 10).
    static const std::set<std::string> kWithAbstract = {
        "sp_P14-1059", "sp_roark13", "cermine_example1", "mullen", "papaja_vignette", "complexity"};
    if (kWithAbstract.count(stem)) {
      EXPECT_TRUE(text.select_node("front/docTitle/titlePart")) << stem;
      EXPECT_TRUE(text.select_node("front/docAuthor")) << stem;
      EXPECT_TRUE(text.select_node("front/div[@type='abstract']")) << stem;
      EXPECT_GE(Count(xml, "/TEI/teiHeader/fileDesc/titleStmt/author/persName"), 1u) << stem;
      EXPECT_TRUE(xml.select_node("/TEI/teiHeader/profileDesc/abstract/p")) << stem;
    }

    std::map<BlockKind, size_t> kinds;
    for (const Block& b : doc->blocks()) ++kinds[b.kind];
    size_t line_numbers = 0;
    for (const Page& p : doc->pages()) {
      for (const Furniture& f : p.furniture) line_numbers += f.kind == Furniture::Kind::kLineNumber;
    }
    // Slides have no sentences to end: their share says nothing.
    std::string mid =
        doc->is_slide_deck()
            ? "-"
            : std::to_string(static_cast<int>(100 * MidSentenceShare(text) + 0.5)) + "%";
    std::printf("%-40s %5zu %6zu %6zu %5zu %5zu %5zu %5zu %5zu %6s\n", stem.c_str(),
                doc->pages().size(), Count(text, ".//*[local-name()='div'][@type='slide']"),
                doc->blocks().size(), kinds[BlockKind::kHeading], kinds[BlockKind::kFootnote],
                kinds[BlockKind::kListItem], line_numbers,
                Count(text, ".//*[local-name()='bibl'][@xml:id]"), mid.c_str());
  }
  CommandResult jing = RunCommand(Quote(JING_EXECUTABLE) + " " +
                                  Quote(testing::SharedDir() + "/schemas/tei_all.rng") + outputs +
                                  " 2>&1 | grep -v '^\\[warning\\]'");
  EXPECT_EQ(jing.output, "");
}

}  // namespace
}  // namespace glossator
