// The training labels on real prose (tools/real_labels.h) and the Markdown
// reader (tools/markdown_text.h), on text written for the test: rows that do
// not parse and anchors that are not in the text fail naming the file and
// line; the markup a reader does not see is dropped.
#include "real_labels.h"

#include <gtest/gtest.h>

#include <string>

#include "markdown_text.h"

namespace vignettes {
namespace {

constexpr char kHeader[] = "# text: made/up.md\nid\tkind\tfirst\tlast\tperson_keys\treturns_to\n";

TEST(RealLabels, ARowIsParsed) {
  auto file = ParseRealLabels(std::string(kHeader) +
                                  "v1\tvignette\tThe clerk came\tlost her voice.\tclerk\t\n"
                                  "v1a\taside\tSymptoms like\tare common.\t\t\n",
                              "labels.tsv");
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ(file.value().text, "made/up.md");
  ASSERT_EQ(file.value().labels.size(), 2u);
  EXPECT_FALSE(file.value().labels[0].aside);
  EXPECT_TRUE(file.value().labels[1].aside);
  EXPECT_EQ(file.value().labels[0].person_keys, std::vector<std::string>{"clerk"});
}

TEST(RealLabels, BadRowsNameTheFileAndLine) {
  auto kind = ParseRealLabels(std::string(kHeader) + "v1\tcase\ta\tb\tc\t\n", "labels.tsv");
  ASSERT_FALSE(kind.ok());
  EXPECT_NE(kind.status().message().find("labels.tsv:3"), std::string::npos)
      << kind.status().message();
  auto person = ParseRealLabels(std::string(kHeader) + "v1\tvignette\ta\tb\t\t\n", "labels.tsv");
  ASSERT_FALSE(person.ok());
  EXPECT_NE(person.status().message().find("person_keys"), std::string::npos);
  auto no_text = ParseRealLabels("id\tkind\tfirst\tlast\tperson_keys\treturns_to\n", "l.tsv");
  EXPECT_FALSE(no_text.ok());
}

TEST(RealLabels, AnchorsAreFoundOnceWithoutCaseOrPunctuation) {
  std::string text =
      "The clerk came in. She had \xe2\x80\x9clost\xe2\x80\x9d her voice. Then she left.";
  auto file = ParseRealLabels(
      std::string(kHeader) + "v1\tvignette\tthe clerk CAME\thad lost her voice.\tclerk\t\n",
      "labels.tsv");
  ASSERT_TRUE(file.ok());
  ASSERT_TRUE(LocateLabels(file.value(), text).ok());
  const RealLabel& l = file.value().labels[0];
  EXPECT_EQ(text.substr(l.begin, l.end - l.begin),
            "The clerk came in. She had \xe2\x80\x9clost\xe2\x80\x9d her voice.");

  auto missing = ParseRealLabels(
      std::string(kHeader) + "v1\tvignette\tthe nurse came\ther voice\tclerk\t\n", "labels.tsv");
  ASSERT_TRUE(missing.ok());
  glossator::Status s = LocateLabels(missing.value(), text);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("labels.tsv:3"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("does not occur"), std::string::npos) << s.message();

  auto twice =
      ParseRealLabels(std::string(kHeader) + "v1\tvignette\tshe\tvoice\tclerk\t\n", "labels.tsv");
  ASSERT_TRUE(twice.ok());
  EXPECT_NE(LocateLabels(twice.value(), text).message().find("more than once"), std::string::npos);
}

TEST(MarkdownText, TheReaderSeesNeitherMarkupNorNoteMarks) {
  EXPECT_EQ(PlainLine("> \xe2\x80\x9cShe had *suddenly* become unable to drink.\xe2\x80\x9d[^3]"),
            "\xe2\x80\x9cShe had suddenly become unable to drink.\xe2\x80\x9d");
  EXPECT_EQ(PlainLine("the treatment ended.\xc2\xb9 Then"), "the treatment ended. Then");
  EXPECT_EQ(PlainLine("[^7]: This was confirmed later."), "This was confirmed later.");
}

TEST(MarkdownText, HeadingsParagraphsAndFootnotesAreBlocks) {
  glossator::Document doc = MarkdownDocument(
      "# Title\n\n## I\n\nA paragraph.\n\n---\n\n[^1]: A note.\n\n\xc2\xb2 Another note.\n",
      "made.md");
  ASSERT_EQ(doc.blocks().size(), 5u);
  EXPECT_EQ(doc.blocks()[0].kind, glossator::BlockKind::kHeading);
  EXPECT_EQ(doc.blocks()[1].level, 2);
  EXPECT_EQ(doc.blocks()[2].kind, glossator::BlockKind::kParagraph);
  EXPECT_EQ(doc.blocks()[3].kind, glossator::BlockKind::kFootnote);
  EXPECT_EQ(doc.blocks()[4].kind, glossator::BlockKind::kFootnote);
}

}  // namespace
}  // namespace vignettes
