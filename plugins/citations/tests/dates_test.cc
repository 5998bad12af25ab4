// Years and dates of entries.
#include "dates.h"

#include <gtest/gtest.h>

#include <string>

namespace citations {
namespace {

TEST(Dates, YearWithSuffix) {
  size_t suffix = 0;
  EXPECT_EQ(YearAt("1987a)", 0, &suffix), 5u);
  EXPECT_EQ(suffix, 1u);
  EXPECT_EQ(YearAt("1987)", 0, &suffix), 4u);
  EXPECT_EQ(suffix, 0u);
}

TEST(Dates, NotYears) {
  size_t suffix = 0;
  EXPECT_EQ(YearAt("19870", 0, &suffix), 0u);
  EXPECT_EQ(YearAt("1987and", 0, &suffix), 0u);
  EXPECT_EQ(YearAt("555-0142", 4, &suffix), 0u);
  EXPECT_EQ(YearAt("2100", 0, &suffix), 0u);
  EXPECT_EQ(YearAt("A1987", 1, &suffix), 0u);
  // An APA database record number, not a year; a year range is one.
  EXPECT_EQ(YearAt("(2020-84997-001)", 1, &suffix), 0u);
  EXPECT_EQ(YearAt("1889-96", 0, &suffix), 4u);
  EXPECT_EQ(YearAt("2019-2020", 0, &suffix), 4u);
}

TEST(Dates, FullDates) {
  DateMatch m;
  ASSERT_TRUE(ParseDateText("1981, April 3", &m));
  EXPECT_EQ(m.year, "1981");
  EXPECT_EQ(m.iso, "1981-04-03");
  DateMatch may;
  ASSERT_TRUE(ParseDateText("2008, May", &may));
  EXPECT_EQ(may.iso, "2008-05");
  DateMatch no_such_day;
  ASSERT_TRUE(ParseDateText("1999, February 30", &no_such_day));
  EXPECT_EQ(no_such_day.iso, "1999-02");
  DateMatch day_first;
  ASSERT_TRUE(ParseDateText("12 Sept. 1999", &day_first));
  EXPECT_EQ(day_first.iso, "1999-09-12");
}

TEST(Dates, NoDateAndSuffix) {
  DateMatch nd;
  ASSERT_TRUE(ParseDateText("n.d.", &nd));
  EXPECT_EQ(nd.year, "n.d.");
  DateMatch b;
  ASSERT_TRUE(ParseDateText("1987b", &b));
  EXPECT_EQ(b.year, "1987");
  EXPECT_EQ(b.suffix, "b");
  DateMatch not_a_date;
  EXPECT_FALSE(ParseDateText("Eds.", &not_a_date));
  EXPECT_FALSE(ParseDateText("pp. 1990-2001 and more", &not_a_date));
}

TEST(Dates, EntryDateParenthesisedOrBare) {
  std::string apa = "Farrow, M., & Ilse, B. (Eds.) (1990). Beginnings.";
  DateMatch m = FindEntryDate(apa, Span{0, apa.size()});
  ASSERT_TRUE(m.found);
  EXPECT_TRUE(m.parenthesised);
  EXPECT_EQ(Slice(apa, m.span), "(1990)");
  std::string bare = "Delorit, R. J. 1970. Illustrated Taxonomy Manual of Weed Seeds.";
  DateMatch b = FindEntryDate(bare, Span{0, bare.size()});
  ASSERT_TRUE(b.found);
  EXPECT_FALSE(b.parenthesised);
  EXPECT_EQ(Slice(bare, b.span), "1970");
}

}  // namespace
}  // namespace citations
