// glossator annotate with the concepts plugin on a sample PDF: <term>s with
// ref and resp, the taxonomy in the header, and TEI that jing accepts.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include "test_support.h"
#include "test_thesaurus.h"

namespace concepts {
namespace {

// Runs glossator on the sample with the extra options; the TEI written.
std::string Annotate(const std::string& name, const std::string& options) {
  std::string out = ::testing::TempDir() + "concepts_" + name + ".xml";
  std::string log = out + ".log";
  std::string command = glossator::testing::ShellQuote(GLOSSATOR_BINARY) + " annotate " +
                        glossator::testing::ShellQuote(CONCEPTS_SAMPLE_PDF) + " -q -o " +
                        glossator::testing::ShellQuote(out) + " --plugin-dir " +
                        glossator::testing::ShellQuote(CONCEPTS_PLUGIN_DIR) +
                        " --plugins concepts " + options + " 2>" +
                        glossator::testing::ShellQuote(log);
  int status = std::system(command.c_str());
  EXPECT_EQ(status, 0) << command << "\n" << glossator::testing::ReadFile(log);
  return status == 0 ? out : "";
}

void ExpectConceptTei(const std::string& path) {
  ASSERT_FALSE(path.empty());
  std::string tei = glossator::testing::ReadFile(path);
  EXPECT_NE(tei.find("<taxonomy xml:id=\"concepts\""), std::string::npos);
  size_t term = tei.find("<term ref=\"#c.");
  ASSERT_NE(term, std::string::npos);
  std::string element = tei.substr(term, tei.find('>', term) - term);
  EXPECT_NE(element.find("resp=\"#glossator-concepts\""), std::string::npos) << element;
  std::string command = glossator::testing::ShellQuote(JING_EXECUTABLE) + " " +
                        glossator::testing::ShellQuote(TEI_SCHEMA) + " " +
                        glossator::testing::ShellQuote(path);
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
}

TEST(EndToEnd, WithATestThesaurus) {
  std::string thesaurus = testing::WriteTempFile("e2e.xml", testing::TestThesaurus());
  ExpectConceptTei(Annotate("test_thesaurus",
                            "--set concepts.builtin=false --set "
                            "concepts.thesaurus=" +
                                glossator::testing::ShellQuote(thesaurus)));
}

TEST(EndToEnd, WithTheShippedThesaurus) {
  if (!std::filesystem::exists(std::string(CONCEPTS_PLUGIN_DIR) + "/concepts/thesaurus.xml")) {
    GTEST_SKIP() << "no data/thesaurus.xml yet";
  }
  ExpectConceptTei(Annotate("shipped", ""));
}

// Every broader concept of a declared category is declared too, and pointed
// to; none is left as a bare id in a <term>.
TEST(EndToEnd, BroaderConceptsArePointersToDeclaredCategories) {
  if (!std::filesystem::exists(std::string(CONCEPTS_PLUGIN_DIR) + "/concepts/thesaurus.xml")) {
    GTEST_SKIP() << "no data/thesaurus.xml yet";
  }
  std::string path = Annotate("broader", "");
  ASSERT_FALSE(path.empty());
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(path.c_str()));
  pugi::xml_node taxonomy = doc.select_node("//taxonomy[@xml:id='concepts']").node();
  ASSERT_TRUE(taxonomy);
  std::set<std::string> ids;
  for (pugi::xml_node c : taxonomy.children("category")) ids.insert(c.attribute("xml:id").value());
  size_t pointers = 0;
  for (pugi::xpath_node n : taxonomy.select_nodes(".//*[@type='broader']")) {
    pugi::xml_node e = n.node();
    EXPECT_STREQ(e.name(), "ptr") << e.child_value();
    std::string target = e.attribute("target").value();
    ASSERT_FALSE(target.empty());
    EXPECT_TRUE(ids.count(target.substr(1))) << target;
    ++pointers;
  }
  EXPECT_GT(pointers, 10u);
}

// A term broken across a page is one mention, with the page break inside it.
TEST(EndToEnd, TermBrokenAcrossAPage) {
  if (!std::filesystem::exists(std::string(CONCEPTS_PLUGIN_DIR) + "/concepts/thesaurus.xml")) {
    GTEST_SKIP() << "no data/thesaurus.xml yet";
  }
  std::string path = Annotate("page_break", "");
  ASSERT_FALSE(path.empty());
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(path.c_str()));
  pugi::xpath_node term = doc.select_node("//term[@ref='#c.dual-relationship'][pb]");
  ASSERT_TRUE(term) << "no dual-relationship term holding a <pb>";
  std::string text;
  for (pugi::xml_node child : term.node().children()) text += child.value();
  EXPECT_EQ(text, "dual relationships");
  EXPECT_STREQ(term.node().child("pb").attribute("break").value(), "no");
}

TEST(EndToEnd, MalformedUserThesaurusFailsTheRun) {
  std::string bad = testing::WriteTempFile("bad.xml", "<TEI>\n<taxonomy/>\n");
  std::string out = ::testing::TempDir() + "concepts_bad.xml";
  std::string log = out + ".log";
  std::string command =
      glossator::testing::ShellQuote(GLOSSATOR_BINARY) + " annotate " +
      glossator::testing::ShellQuote(CONCEPTS_SAMPLE_PDF) + " -q -o " +
      glossator::testing::ShellQuote(out) + " --plugin-dir " +
      glossator::testing::ShellQuote(CONCEPTS_PLUGIN_DIR) +
      " --plugins concepts --set concepts.builtin=false --set concepts.thesaurus=" +
      glossator::testing::ShellQuote(bad) + " 2>" + glossator::testing::ShellQuote(log);
  std::system(command.c_str());
  std::string message = glossator::testing::ReadFile(log);
  EXPECT_NE(message.find(bad + ":2: not well-formed XML"), std::string::npos) << message;
}

// The plugin with the shipped thesaurus reads it and its matcher from the
// snapshot beside it (src/shipped_snapshot.h); a snapshot of other bytes or
// a damaged one is refused with a warning naming it, and the thesaurus is
// read and the matcher built as before: the same TEI either way, and the
// same as with a user's copy of the thesaurus, which never uses a snapshot.
TEST(EndToEnd, ASnapshotThatIsNotTheThesaurusIsRefusedAndChangesNothing) {
  namespace fs = std::filesystem;
  const fs::path shipped = fs::path(CONCEPTS_PLUGIN_DIR);
  if (!fs::exists(shipped / "concepts/thesaurus.bin")) GTEST_SKIP() << "no snapshot built";
  glossator::testing::TempDir dir;
  const fs::path plugins = fs::path(dir.path()) / "plugins";
  fs::create_directories(plugins / "concepts");
  fs::copy_file(shipped / "libconcepts.so", plugins / "libconcepts.so");
  fs::copy_file(shipped / "concepts/thesaurus.xml", plugins / "concepts/thesaurus.xml");
  std::string snapshot = glossator::testing::ReadFile(shipped / "concepts/thesaurus.bin");
  auto run = [&](const std::string& plugin_dir, const std::string& name,
                 const std::string& options) {
    std::string out = dir.path() + "/" + name + ".xml";
    glossator::testing::CommandResult r = glossator::testing::RunCommand(
        glossator::testing::ShellQuote(GLOSSATOR_BINARY) + " annotate " +
        glossator::testing::ShellQuote(CONCEPTS_SAMPLE_PDF) + " -q -o " +
        glossator::testing::ShellQuote(out) + " --plugin-dir " +
        glossator::testing::ShellQuote(plugin_dir) + " --plugins concepts " + options);
    EXPECT_EQ(r.exit_code, 0) << r.output;
    return std::make_pair(glossator::testing::ReadFile(out), r.output);
  };
  auto [with_snapshot, quiet] = run(CONCEPTS_PLUGIN_DIR, "snapshot", "");
  EXPECT_EQ(quiet, "");
  ASSERT_NE(with_snapshot.find("<term ref=\"#c."), std::string::npos);
  // Damaged: cut short.
  std::ofstream(plugins / "concepts/thesaurus.bin", std::ios::binary)
      << snapshot.substr(0, snapshot.size() / 2);
  auto [damaged, damaged_log] = run(plugins.string(), "damaged", "");
  EXPECT_EQ(damaged, with_snapshot);
  EXPECT_NE(damaged_log.find((plugins / "concepts/thesaurus.bin").string() +
                             ": a damaged thesaurus snapshot"),
            std::string::npos)
      << damaged_log;
  // Stale: the thesaurus beside it edited (a comment added) after the build.
  fs::copy_file(shipped / "concepts/thesaurus.bin", plugins / "concepts/thesaurus.bin",
                fs::copy_options::overwrite_existing);
  std::ofstream(plugins / "concepts/thesaurus.xml", std::ios::app) << "<!-- edited -->\n";
  auto [stale, stale_log] = run(plugins.string(), "stale", "");
  EXPECT_EQ(stale, with_snapshot);
  EXPECT_NE(stale_log.find("of other thesaurus text"), std::string::npos) << stale_log;
  // The user's copy of the shipped thesaurus: read and built, no snapshot.
  auto [user, user_log] =
      run(CONCEPTS_PLUGIN_DIR, "user",
          "--set concepts.builtin=false --set concepts.thesaurus=" +
              glossator::testing::ShellQuote(CONCEPTS_PLUGIN_DIR "/concepts/thesaurus.xml"));
  EXPECT_EQ(user_log, "");
  EXPECT_EQ(user, with_snapshot);
}

}  // namespace
}  // namespace concepts
