// A reading with one damaged page: the others are read, and the damage is a
// warning naming the file and the page, not a silent loss nor the loss of
// the whole reading.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "pdf_edit.h"
#include "test_support.h"

namespace glossator {
namespace {

std::string Joined(const std::vector<std::string>& warnings) {
  std::string all;
  for (const std::string& w : warnings) all += w + "\n";
  return all;
}

TEST(DamagedPages, AContentStreamThatIsMissingIsAWarningNamingThePage) {
  testing::TempDir dir;
  std::string pdf = dir.path() + "/wp.pdf";
  // Page 3's content points to an object the file does not have.
  ASSERT_TRUE(testing::WriteWithPagesEdited(testing::SamplePdf("working-paper"), pdf,
                                            {{2,
                                              [](const std::string& object) {
                                                return std::regex_replace(
                                                    object, std::regex(R"(/Contents \d+ 0 R)"),
                                                    "/Contents 999 0 R");
                                              }}})
                  .ok());
  Result<Document> doc = ExtractDocument(pdf);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->warnings().size(), 1u) << Joined(doc->warnings());
  EXPECT_EQ(doc->warnings()[0].rfind(pdf + ": page 3: Poppler reports", 0), 0u)
      << doc->warnings()[0];
  EXPECT_NE(doc->warnings()[0].find("may be incomplete"), std::string::npos);
  EXPECT_EQ(doc->pages().size(), 13u);
  Result<Document> upright = ExtractDocument(testing::SamplePdf("working-paper"));
  ASSERT_TRUE(upright.ok());
  EXPECT_TRUE(upright->warnings().empty()) << Joined(upright->warnings());
  EXPECT_LT(doc->text().size(), upright->text().size());
  EXPECT_GT(doc->text().size(), upright->text().size() * 3 / 4);  // the other 12 pages
}

TEST(DamagedPages, APageThatCannotBeReadIsLeftEmptyAndTheOthersRead) {
  testing::TempDir dir;
  std::string pdf = dir.path() + "/wp.pdf";
  ASSERT_TRUE(testing::WriteWithPagesEdited(testing::SamplePdf("working-paper"), pdf,
                                            {{2, [](const std::string&) { return "null"; }}})
                  .ok());
  Result<Document> doc = ExtractDocument(pdf);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_FALSE(doc->warnings().empty());
  EXPECT_NE(doc->warnings()[0].find(": cannot be read; the page is left empty"), std::string::npos)
      << doc->warnings()[0];
  EXPECT_EQ(doc->pages().size(), 13u) << "the pages keep their numbers";
  EXPECT_GT(doc->text().size(), 1000u);
}

TEST(DamagedPages, TheCommandPrintsTheWarningAndWritesTheReading) {
  testing::TempDir dir;
  std::string pdf = dir.path() + "/wp.pdf", out = dir.path() + "/wp.xml";
  ASSERT_TRUE(testing::WriteWithPagesEdited(testing::SamplePdf("working-paper"), pdf,
                                            {{2, [](const std::string&) { return "null"; }}})
                  .ok());
  testing::CommandResult r = testing::RunCommand(testing::ShellQuote(GLOSSATOR_BINARY) +
                                                 " annotate " + testing::ShellQuote(pdf) + " -o " +
                                                 testing::ShellQuote(out) + " --no-plugins");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("warning: " + pdf + ": page "), std::string::npos) << r.output;
  EXPECT_FALSE(testing::ReadFile(out).empty());
}

}  // namespace
}  // namespace glossator
