// Input nested deeper than any stack: a user thesaurus of 100,000 nested
// elements and a plugin whose annotations nest 100,000 deep. Neither may
// crash the run (a recursive walk would overflow the stack, signal 11).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <string>

#include "test_support.h"

namespace glossator {
namespace {

constexpr int kDepth = 100000;

std::string Quote(const std::string& s) { return "'" + s + "'"; }

// A thesaurus of one category whose term holds its words kDepth elements deep.
std::string WriteDeepThesaurus(const std::string& dir) {
  std::string path = dir + "/deep.xml";
  std::ofstream out(path);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><encodingDesc><classDecl>\n"
         "<taxonomy xml:id=\"concepts\">\n<category xml:id=\"c.deep\"><catDesc><term>";
  for (int i = 0; i < kDepth; ++i) out << "<hi>";
  out << "empathic rupture";
  for (int i = 0; i < kDepth; ++i) out << "</hi>";
  out << "</term></catDesc></category>\n</taxonomy></classDecl></encodingDesc></teiHeader></TEI>\n";
  return path;
}

TEST(DeepInput, AThesaurusNestedDeeperThanAnyStackIsRead) {
  std::string concepts = std::string(GLOSSATOR_SHIPPED_PLUGIN_DIR) + "/libconcepts.so";
  if (!std::filesystem::exists(concepts)) GTEST_SKIP() << "the concepts plugin is not built";
  testing::TempDir dir;
  std::string thesaurus = WriteDeepThesaurus(dir.path());
  testing::CommandResult r = testing::RunCommand(
      Quote(GLOSSATOR_BINARY) + " annotate " + Quote(testing::SamplePdf("article")) + " -o " +
      Quote(dir.path() + "/article.xml") + " --plugin-dir " + Quote(GLOSSATOR_SHIPPED_PLUGIN_DIR) +
      " --plugins concepts --set concepts.builtin=false --set concepts.thesaurus=" +
      Quote(thesaurus) + " 2>&1");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  // The term, read through all the depth, marks the title's "Empathic Rupture"
  // (@cert of an unambiguous label: plugins/concepts/src/certainty.h).
  std::string xml = testing::WithoutMachineIds(testing::ReadFile(dir.path() + "/article.xml"));
  EXPECT_NE(xml.find("<term ref=\"#c.deep\" resp=\"#glossator-concepts\" cert=\"0.95\">Empathic "
                     "Rupture</term>"),
            std::string::npos)
      << r.output;
}

TEST(DeepInput, AnnotationsNestedDeeperThanAnyStackAreWritten) {
  testing::TempDir dir;
  std::string out = dir.path() + "/article.xml";
  testing::CommandResult r = testing::RunCommand(
      Quote(GLOSSATOR_BINARY) + " annotate " + Quote(testing::SamplePdf("article")) + " -o " +
      Quote(out) + " --plugin-dir " + Quote(GLOSSATOR_TEST_PLUGIN_DIR) +
      " --plugins deep-nesting 2>&1");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(out.c_str())) << "the TEI is not well-formed";
  // Every annotation is in the TEI, inline or stand-off.
  size_t marks = 0;
  pugi::xml_node n = doc.first_child();
  while (n) {  // a walk, not a recursion, for the same reason
    if (std::string(n.attribute("type").value()) == "deep") ++marks;
    if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n && !n.next_sibling()) n = n.parent();
    if (n) n = n.next_sibling();
  }
  EXPECT_EQ(marks, static_cast<size_t>(kDepth)) << r.output;
}

}  // namespace
}  // namespace glossator
