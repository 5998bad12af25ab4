// Pages whose text runs rotated: a sample saved with /Rotate on its pages (as
// a viewer's "rotate page" does) reads exactly as the upright sample, through
// the real Poppler path.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "pdf_edit.h"
#include "test_support.h"

namespace glossator {
namespace {

std::string TextOf(const std::string& pdf) {
  Result<Document> doc = ExtractDocument(pdf);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? doc->text() : "";
}

TEST(RotatedPages, EveryTurnOfOnePageReadsAsTheUprightPage) {
  testing::TempDir dir;
  std::string upright = TextOf(testing::SamplePdf("working-paper"));
  ASSERT_FALSE(upright.empty());
  for (int degrees : {90, 180, 270}) {
    std::string rotated = dir.path() + "/wp-" + std::to_string(degrees) + ".pdf";
    ASSERT_TRUE(testing::WriteWithPagesEdited(testing::SamplePdf("working-paper"), rotated,
                                              {{2, testing::Rotate(degrees)}})
                    .ok());
    EXPECT_EQ(TextOf(rotated), upright) << degrees;
  }
}

TEST(RotatedPages, ASlideDeckTurnedWholeReadsAsTheUprightDeck) {
  testing::TempDir dir;
  std::string rotated = dir.path() + "/slides-270.pdf";
  std::map<size_t, testing::PageEdit> all;
  for (size_t i = 0; i < 9; ++i) all[i] = testing::Rotate(270);
  ASSERT_TRUE(testing::WriteWithPagesEdited(testing::SamplePdf("slides"), rotated, all).ok());
  Result<Document> doc = ExtractDocument(rotated);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text(), TextOf(testing::SamplePdf("slides")));
  EXPECT_TRUE(doc->is_slide_deck());
  ASSERT_EQ(doc->pages().size(), 9u);
  EXPECT_EQ(doc->pages()[0].rotation, 270);  // as the PDF asks it to be shown
}

// A stamp set up the left margin (as arXiv prints one) on a page of upright
// text: set aside as furniture, read in its own direction, never in the body.
TEST(RotatedPages, SidewaysMarginTextIsSetAsideInItsOwnOrder) {
  testing::TempDir dir;
  std::string pdf = dir.path() + "/stamp.pdf";
  std::string content =
      "BT /F1 11 Tf 100 700 Td (The patient arrived late and said nothing about it.) Tj "
      "0 -14 Td (The therapist waited, and the silence became the session.) Tj "
      "0 -14 Td (Later both of them would remember that quiet hour.) Tj ET "
      // Rotated a quarter turn anticlockwise: it reads up the page.
      "BT /F1 10 Tf 0 1 -1 0 30 250 Tm (arXiv:2101.00001v1 [psych.CL] 12 Jan 2021) Tj ET";
  std::ofstream(pdf, std::ios::binary) << testing::OnePagePdf(content);
  Result<Document> doc = ExtractDocument(pdf);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text().find("arXiv"), std::string::npos) << doc->text();
  EXPECT_NE(doc->text().find("The patient arrived late"), std::string::npos) << doc->text();
  ASSERT_EQ(doc->pages().size(), 1u);
  std::vector<std::string> margin;
  for (const Furniture& f : doc->pages()[0].furniture) {
    if (f.kind == Furniture::Kind::kMargin) margin.push_back(f.text);
  }
  EXPECT_EQ(margin, (std::vector<std::string>{"arXiv:2101.00001v1 [psych.CL] 12 Jan 2021"}));
}

}  // namespace
}  // namespace glossator
