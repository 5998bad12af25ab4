// Pages whose text runs rotated: a sample saved with /Rotate on its pages (as
// a viewer's "rotate page" does) reads exactly as the upright sample, through
// the real Poppler path.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "glossator/extract.h"
#include "test_support.h"

namespace glossator {
namespace {

// Writes src with /Rotate set on some pages (index -> degrees) to dst, as an
// incremental update: the pages' objects again, with /Rotate, a new xref
// section and a trailer pointing back to the old one. Fits PDFs with a
// classic xref table and page objects outside object streams, as the samples
// are (LibreOffice).
void WriteRotated(const std::string& src, const std::string& dst,
                  const std::map<size_t, int>& degrees) {
  std::string pdf = testing::ReadFile(src);
  std::smatch kids, match;
  ASSERT_TRUE(std::regex_search(pdf, kids, std::regex(R"(/Kids\s*\[([^\]]*)\])")));
  std::vector<std::string> pages;
  std::string list = kids[1];
  const std::regex reference(R"((\d+) 0 R)");
  for (std::sregex_iterator it(list.begin(), list.end(), reference), end; it != end; ++it) {
    pages.push_back((*it)[1]);
  }
  ASSERT_TRUE(std::regex_search(pdf, match, std::regex(R"(/Size\s+(\d+))")));
  std::string size = match[1];
  ASSERT_TRUE(std::regex_search(pdf, match, std::regex(R"(/Root\s+(\d+ 0 R))")));
  std::string root = match[1];
  size_t startxref = pdf.rfind("startxref");
  ASSERT_NE(startxref, std::string::npos);
  std::string previous = std::to_string(std::stol(pdf.substr(startxref + 9)));

  std::string update;
  std::map<int, size_t> offsets;  // object number -> offset
  for (const auto& [index, rotation] : degrees) {
    ASSERT_LT(index, pages.size());
    std::string head = "\n" + pages[index] + " 0 obj";
    size_t at = pdf.find(head);
    ASSERT_NE(at, std::string::npos) << head;
    size_t open = pdf.find("<<", at), close = pdf.find("endobj", at);
    std::string dictionary = pdf.substr(open, pdf.rfind(">>", close) - open);  // without ">>"
    offsets[std::stoi(pages[index])] = pdf.size() + update.size();
    update += pages[index] + " 0 obj\n" + dictionary + "/Rotate " + std::to_string(rotation) +
              ">>\nendobj\n";
  }
  size_t xref = pdf.size() + update.size();
  update += "xref\n";
  for (const auto& [number, offset] : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    update += std::to_string(number) + " 1\n" + entry;
  }
  update += "trailer\n<</Size " + size + "/Root " + root + "/Prev " + previous + ">>\nstartxref\n" +
            std::to_string(xref) + "\n%%EOF\n";
  std::ofstream(dst, std::ios::binary) << pdf << update;
}

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
    WriteRotated(testing::SamplePdf("working-paper"), rotated, {{2, degrees}});
    EXPECT_EQ(TextOf(rotated), upright) << degrees;
  }
}

TEST(RotatedPages, ASlideDeckTurnedWholeReadsAsTheUprightDeck) {
  testing::TempDir dir;
  std::string rotated = dir.path() + "/slides-270.pdf";
  std::map<size_t, int> all;
  for (size_t i = 0; i < 9; ++i) all[i] = 270;
  WriteRotated(testing::SamplePdf("slides"), rotated, all);
  Result<Document> doc = ExtractDocument(rotated);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text(), TextOf(testing::SamplePdf("slides")));
  EXPECT_TRUE(doc->is_slide_deck());
  ASSERT_EQ(doc->pages().size(), 9u);
  EXPECT_EQ(doc->pages()[0].rotation, 270);  // as the PDF asks it to be shown
}

}  // namespace
}  // namespace glossator
