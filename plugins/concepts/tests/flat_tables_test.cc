// The matcher's hash tables: lookups after growth, Clear, Or, and the filter's
// promise never to forget a hash it was given.
#include "flat_tables.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace concepts {
namespace {

// Every length from 0 to 24 exercises the hash's tail loads (1-3, 4-7, 8 and
// more bytes, which may overlap bytes already mixed).
TEST(HashBytes, DependsOnEveryByteAndTheLength) {
  std::set<uint64_t> seen;
  size_t strings = 0;
  for (size_t length = 0; length <= 24; ++length) {
    std::string base(length, 'a');
    seen.insert(HashBytes(base));
    ++strings;
    for (size_t at = 0; at < length; ++at) {
      std::string changed = base;
      changed[at] = 'b';
      seen.insert(HashBytes(changed));
      ++strings;
    }
  }
  EXPECT_EQ(seen.size(), strings);
  // The same bytes at another address (the hash reads only the string).
  std::string buffer = "xxtransference";
  EXPECT_EQ(HashBytes(std::string_view(buffer).substr(2)), HashBytes("transference"));
}

TEST(WordTable, FindsWhatWasInsertedAcrossGrowth) {
  WordTable<int> table;
  for (int i = 0; i < 5000; ++i) {
    std::string key = "word" + std::to_string(i);
    table.Insert(key, HashBytes(key), i);
  }
  EXPECT_EQ(table.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    std::string key = "word" + std::to_string(i);
    const int* v = table.Find(key, HashBytes(key));
    ASSERT_NE(v, nullptr) << key;
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(table.Find("word5000", HashBytes("word5000")), nullptr);
}

TEST(WordTable, ClearForgetsEverything) {
  WordTable<int> table;
  for (int i = 0; i < 3000; ++i) {
    std::string key = std::to_string(i);
    table.Insert(key, HashBytes(key), i);
  }
  table.Clear();
  EXPECT_EQ(table.size(), 0u);
  EXPECT_EQ(table.Find("7", HashBytes("7")), nullptr);
  table.Insert("7", HashBytes("7"), 70);
  ASSERT_NE(table.Find("7", HashBytes("7")), nullptr);
  EXPECT_EQ(*table.Find("7", HashBytes("7")), 70);
}

TEST(EdgeTable, EmplaceKeepsTheFirstValueAndOrSetsBits) {
  EdgeTable edges;
  for (uint64_t k = 0; k < 4000; ++k) edges.Emplace(k << 32 | 7, static_cast<uint32_t>(k + 1));
  EXPECT_EQ(edges.Emplace(uint64_t{5} << 32 | 7, 99), (std::pair<uint32_t, bool>{6, false}));
  EXPECT_EQ(edges.Find(uint64_t{3999} << 32 | 7), 4000u);
  EXPECT_EQ(edges.Find(uint64_t{4000} << 32 | 7), 0u);
  edges.Or(42, 1);
  edges.Or(42, 4);
  EXPECT_EQ(edges.Find(42), 5u);
}

TEST(HashFilter, NeverForgetsAndMostlyRefuses) {
  HashFilter filter;
  for (int i = 0; i < 20000; ++i) filter.Add(HashBytes("in" + std::to_string(i)));
  for (int i = 0; i < 20000; ++i)
    EXPECT_TRUE(filter.MayContain(HashBytes("in" + std::to_string(i))));
  int maybe = 0;
  for (int i = 0; i < 20000; ++i) maybe += filter.MayContain(HashBytes("out" + std::to_string(i)));
  EXPECT_LT(maybe, 1000);  // about 2 % expected at this load
}

}  // namespace
}  // namespace concepts
