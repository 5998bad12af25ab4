// Extraction holds a window of pages, not the document: on the 315-page
// sample, the pages held never exceed the look-ahead window (plus the pages
// of a paragraph still running on), and the result equals the expected text.
#include <gtest/gtest.h>

#include <algorithm>

#include "layout/hyphenation.h"
#include "layout/line.h"
#include "layout/streaming_layout.h"
#include "pdf/pdf_reader.h"
#include "test_support.h"

namespace glossator {
namespace {

TEST(StreamingLayout, HoldsAWindowOfPagesNotTheDocument) {
  auto reader = pdf::PdfReader::Open(testing::SamplePdf("long-paper"), "");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  DocumentParts parts;
  layout::HyphenResolver hyphens("");
  layout::StreamingLayout stream(hyphens, parts);
  size_t most_held = 0;
  for (int i = 0; i < (*reader)->page_count(); ++i) {
    Result<pdf::RawPage> raw = (*reader)->ReadPage(i);
    ASSERT_TRUE(raw.ok());
    stream.AddPage({raw->number, raw->width, raw->height, layout::BuildLines(*raw)});
    most_held = std::max(most_held, stream.pages_held());
  }
  stream.Finish();
  EXPECT_GE((*reader)->page_count(), 300);
  EXPECT_LE(most_held, layout::StreamingLayout::kLookAhead + 3);
  EXPECT_EQ(stream.pages_held(), 0u);
  EXPECT_EQ(parts.pages.size(), static_cast<size_t>((*reader)->page_count()));
  EXPECT_EQ(testing::Tokens(parts.text),
            testing::Tokens(testing::ReadFile(testing::ExpectedTextPath("long-paper"))));
}

}  // namespace
}  // namespace glossator
