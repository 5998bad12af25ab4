// glossator annotate with the citations plugin on the working paper: every
// citation a <ref type="bibr">, linked ones with their target, every entry of
// the reference list a <bibl xml:id="bib.N"> in a <listBibl> at the back, and
// TEI that jing accepts.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "test_support.h"

namespace citations {
namespace {

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

class CitationsEndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = ::testing::TempDir() + "citations_working_paper.xml";
    std::string log = path_ + ".log";
    std::string command = glossator::testing::ShellQuote(GLOSSATOR_BINARY) + " annotate " +
                          glossator::testing::ShellQuote(std::string(CITATIONS_SAMPLES_DIR) +
                                                         "/pdfs/working-paper.pdf") +
                          " -q -o " + glossator::testing::ShellQuote(path_) + " --plugin-dir " +
                          glossator::testing::ShellQuote(CITATIONS_PLUGIN_DIR) +
                          " --plugins citations 2>" + glossator::testing::ShellQuote(log);
    status_ = std::system(command.c_str());
    message_ = command + "\n" + glossator::testing::ReadFile(log);
    tei_ = glossator::testing::ReadFile(path_);
  }
  static std::string path_, tei_, message_;
  static int status_;
};
std::string CitationsEndToEnd::path_, CitationsEndToEnd::tei_, CitationsEndToEnd::message_;
int CitationsEndToEnd::status_ = -1;

TEST_F(CitationsEndToEnd, ValidTei) {
  ASSERT_EQ(status_, 0) << message_;
  std::string command = glossator::testing::ShellQuote(JING_EXECUTABLE) + " " +
                        glossator::testing::ShellQuote(TEI_SCHEMA) + " " +
                        glossator::testing::ShellQuote(path_);
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
}

TEST_F(CitationsEndToEnd, CitationsAreRefsWithTargets) {
  ASSERT_EQ(status_, 0) << message_;
  // 28 citations; all but Ambrose (1977), which the list lacks, are linked.
  EXPECT_EQ(Count(tei_, "<ref type=\"bibr\""), 28u);
  EXPECT_EQ(Count(tei_, "<ref type=\"bibr\" target=\"#bib."), 27u);
  EXPECT_NE(tei_.find("target=\"#bib.13\""), std::string::npos);  // Pelegrino -> Pellegrino
  EXPECT_NE(tei_.find("<ref type=\"bibr\" target=\"#bib.2 #bib.3\""), std::string::npos)
      << "Brekke, 1981;1988: two targets";
  EXPECT_NE(tei_.find(">Ambrose (1977)</ref>"), std::string::npos);
  // Every target names a bibl of the document.
  std::set<std::string> ids;
  std::regex bibl("<bibl xml:id=\"(bib\\.[0-9]+)\"");
  for (auto it = std::sregex_iterator(tei_.begin(), tei_.end(), bibl); it != std::sregex_iterator();
       ++it) {
    ids.insert((*it)[1]);
  }
  EXPECT_EQ(ids.size(), 24u);
  std::regex target("target=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(tei_.begin(), tei_.end(), target);
       it != std::sregex_iterator(); ++it) {
    std::istringstream words((*it)[1].str());
    std::string t;
    while (words >> t) EXPECT_TRUE(t[0] == '#' && ids.count(t.substr(1))) << t;
  }
}

TEST_F(CitationsEndToEnd, EntriesAreBiblsWithTheirParts) {
  ASSERT_EQ(status_, 0) << message_;
  EXPECT_EQ(Count(tei_, "<bibl xml:id=\"bib."), 24u);
  EXPECT_NE(tei_.find("<bibl xml:id=\"bib.1\" type=\"article\""), std::string::npos);
  EXPECT_NE(tei_.find("<bibl xml:id=\"bib.6\" type=\"edited-book\""), std::string::npos);
  EXPECT_NE(tei_.find("<bibl xml:id=\"bib.22\" type=\"personal-communication\""),
            std::string::npos);
  EXPECT_NE(tei_.find("<surname"), std::string::npos);
  EXPECT_NE(tei_.find("<title level=\"j\""), std::string::npos);
  EXPECT_NE(tei_.find("<biblScope unit=\"page\" from=\"201\" to=\"219\""), std::string::npos);
  EXPECT_NE(tei_.find("<date when=\"1981-04-03\""), std::string::npos);
  // The entry after the stray bullet is a bibl too (Greaves, entry 8).
  EXPECT_NE(tei_.find("<bibl xml:id=\"bib.8\" type=\"article\""), std::string::npos);
}

TEST_F(CitationsEndToEnd, ReferenceListAtTheBack) {
  ASSERT_EQ(status_, 0) << message_;
  // The core renders the entries in one <listBibl> inside <back> (the
  // citations contract); no entry is left as a paragraph or list item.
  size_t back = tei_.find("<back");
  ASSERT_NE(back, std::string::npos) << "no <back>";
  std::smatch div;
  std::string after_back = tei_.substr(back);
  ASSERT_TRUE(std::regex_search(after_back, div, std::regex("<div [^>]*type=\"references\"")))
      << "no <div type=\"references\"> in <back>";
  size_t references = back + static_cast<size_t>(div.position(0));
  EXPECT_EQ(Count(tei_, "<listBibl"), 1u);
  size_t list = tei_.find("<listBibl", references);
  ASSERT_NE(list, std::string::npos);
  EXPECT_GT(tei_.find("<bibl xml:id=\"bib.1\""), list);
  std::regex wrapped("<(p|item)[^>]*><bibl ");
  EXPECT_FALSE(std::regex_search(tei_, wrapped)) << "a <bibl> inside <p> or <item>";
}

// A model file that cannot be read stops the plugin with the file's name;
// "none" parses with the rules alone.
TEST(CitationsConfig, ReferenceModelSetting) {
  std::string pdf = std::string(CITATIONS_SAMPLES_DIR) + "/pdfs/article.pdf";
  std::string out = ::testing::TempDir() + "citations_config.xml", log = out + ".log";
  auto run = [&](const std::string& setting) {
    std::string command =
        glossator::testing::ShellQuote(GLOSSATOR_BINARY) + " annotate " +
        glossator::testing::ShellQuote(pdf) + " -q -o " + glossator::testing::ShellQuote(out) +
        " --plugin-dir " + glossator::testing::ShellQuote(CITATIONS_PLUGIN_DIR) +
        " --plugins citations --set citations.reference_model=" +
        glossator::testing::ShellQuote(setting) + " 2>" + glossator::testing::ShellQuote(log);
    return std::system(command.c_str());
  };
  EXPECT_EQ(run("none"), 0) << glossator::testing::ReadFile(log);
  EXPECT_EQ(Count(glossator::testing::ReadFile(out), "<ref type=\"bibr\""), 22u);
  run("/nonexistent/reference_model.txt");
  EXPECT_NE(glossator::testing::ReadFile(log).find("/nonexistent/reference_model.txt"),
            std::string::npos)
      << glossator::testing::ReadFile(log);
}

}  // namespace
}  // namespace citations
