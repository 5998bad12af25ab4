#include "tei/front_matter.h"

#include <gtest/gtest.h>

#include "layout/front_matter.h"

namespace glossator {
namespace {

TEST(BylineAuthors, SplitsNamesAndDropsMarks) {
  using V = std::vector<std::string>;
  EXPECT_EQ(tei::BylineAuthors("Ann Quist1,2 & Bo Berg1"), (V{"Ann Quist", "Bo Berg"}));
  EXPECT_EQ(tei::BylineAuthors("Maj Lund\u2020, Ivo Sand\u25e6 and Rae Holm\u2020"),
            (V{"Maj Lund", "Ivo Sand", "Rae Holm"}));
  EXPECT_EQ(tei::BylineAuthors("Corinne Ashdown"), (V{"Corinne Ashdown"}));
  // An affiliation run into the byline is no name.
  EXPECT_EQ(tei::BylineAuthors("Ann Quist, Centre for the Study of Things in Towns"),
            (V{"Ann Quist"}));
}

TEST(FrontLabel, ReadsAbstractAndKeywordLines) {
  EXPECT_EQ(layout::FrontLabel("Abstract"), "abstract");
  EXPECT_EQ(layout::FrontLabel("ABSTRACT Background: the study"), "abstract");
  EXPECT_EQ(layout::FrontLabel("Abstract\u2014We show"), "abstract");
  EXPECT_EQ(layout::FrontLabel("Keywords: transference, frame"), "keywords");
  EXPECT_EQ(layout::FrontLabel("Key words: dementia"), "keywords");
  EXPECT_EQ(layout::FrontLabel("Index Terms\u2014speech"), "keywords");
  EXPECT_EQ(layout::FrontLabel("Abstraction is a defence"), "");
  EXPECT_EQ(layout::FrontLabel("Summary"), "");
}

}  // namespace
}  // namespace glossator
