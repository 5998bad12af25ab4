// Glyphs whose font maps them to no character (a noncharacter such as
// U+FFFE) through the real Poppler path: the reading goes on, each
// is U+FFFD in the text, a warning names the file, the page and the count,
// and the TEI is written, valid.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "glossator/extract.h"
#include "pdf_edit.h"
#include "test_support.h"

namespace glossator {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// One page: "Seen AB here CE and ABC", whose font's encoding names glyphs A,
// B, C and E uniFFFE, uniFDD0, uniFFFF and u1FFFE (Poppler takes the
// character from a glyph's name, and keeps these, where it makes a ToUnicode
// map's noncharacters U+FFFD itself). The other letters are Helvetica's own.
std::string WriteUnrepresentablePdf(const std::string& dir) {
  std::string pdf = dir + "/unrepresentable.pdf";
  const std::string content = "BT /F1 12 Tf 72 700 Td (Seen AB here CE and ABC) Tj ET";
  std::ofstream(pdf, std::ios::binary) << testing::PdfOfObjects(
      {"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
       "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 4 0 R>>>>"
       "/Contents 5 0 R>>",
       "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding<</Type/Encoding"
       "/BaseEncoding/WinAnsiEncoding/Differences[65/uniFFFE/uniFDD0/uniFFFF 69/u1FFFE]>>>>",
       "<</Length " + std::to_string(content.size()) + ">>\nstream\n" + content + "\nendstream"});
  return pdf;
}

TEST(UnrepresentableGlyphs, EachBecomesAReplacementCharacterCountedInAWarning) {
  testing::TempDir dir;
  std::string pdf = WriteUnrepresentablePdf(dir.path());
  Result<Document> doc = ExtractDocument(pdf);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const std::string r = kReplacement;
  EXPECT_EQ(doc->text(), "Seen " + r + r + " here " + r + r + " and " + r + r + r);
  ASSERT_EQ(doc->warnings().size(), 1u);
  EXPECT_EQ(doc->warnings()[0],
            pdf +
                ": page 1: 7 character(s) of the text are no text (a control character, a "
                "noncharacter such as U+FFFE, a lone surrogate or an unmapped glyph, as the "
                "font maps its glyphs); each is U+FFFD in the TEI");
}

TEST(UnrepresentableGlyphs, AnnotateWritesAValidTeiAndExitsZero) {
  testing::TempDir dir;
  std::string pdf = WriteUnrepresentablePdf(dir.path());
  std::string out = dir.path() + "/unrepresentable.xml";
  testing::CommandResult r =
      testing::RunCommand(std::string("'") + GLOSSATOR_BINARY + "' annotate '" + pdf + "' -o '" +
                          out + "' --no-plugins 2>&1");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find(pdf + ": page 1: 7 character(s) of the text are no text"),
            std::string::npos)
      << r.output;
  std::string xml = testing::ReadFile(out);
  EXPECT_NE(xml.find("Seen " + kReplacement + kReplacement + " here"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("\xEF\xBF\xBE"), std::string::npos) << "U+FFFE reached the TEI";
  testing::CommandResult valid =
      testing::RunCommand(std::string("'") + JING_EXECUTABLE + "' '" + testing::SharedDir() +
                          "/schemas/tei_all.rng' '" + out + "' 2>&1");
  EXPECT_EQ(valid.exit_code, 0) << valid.output;
}

}  // namespace
}  // namespace glossator
