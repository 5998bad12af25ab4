// Pages whose text runs rotated: a sample saved with /Rotate on its pages (as
// a viewer's "rotate page" does) reads exactly as the upright sample, through
// the real Poppler path.
#include <gtest/gtest.h>

#include <map>
#include <string>

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

}  // namespace
}  // namespace glossator
