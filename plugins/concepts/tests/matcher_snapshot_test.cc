// The matcher's snapshot (matcher.h, Snapshot and FromSnapshot): read back,
// it is the matcher built from the thesaurus, table for table and match for
// match; the one the build put beside the plugin is today's build of the
// shipped thesaurus; anything else is refused.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "flat_tables.h"
#include "matcher.h"
#include "test_thesaurus.h"
#include "thesaurus.h"

namespace concepts {
namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Every mention of every block, as "begin end category label evidence".
std::vector<std::string> Mentions(Matcher& matcher, const std::vector<std::string>& blocks) {
  std::vector<std::string> out;
  for (const std::string& block : blocks) {
    for (const Mention& m : matcher.Match(block)) {
      out.push_back(std::to_string(m.begin) + " " + std::to_string(m.end) + " " +
                    std::to_string(m.category) + " " + std::to_string(m.label) + " " +
                    std::to_string(static_cast<int>(m.evidence)));
    }
    out.push_back("|");
  }
  return out;
}

const std::vector<std::string> kBlocks = {
    "The patient's resistance to the interpretation grew; transference and "
    "countertransference (counter-transference) were discussed in supervision.",
    "She held the frame of the picture. Splitting and projective identification, holding "
    "the patient in mind, defensive manoeuvres and the defence of the ego.",
    "Objects, object relations and the therapeutic impasse: a stalemate."};

TEST(MatcherSnapshot, ReadBackIsTheBuiltMatcher) {
  Thesaurus thesaurus;
  std::string xml = testing::TestThesaurus();
  thesaurus.AddText(xml, "test.xml");
  thesaurus.Validate();
  Matcher built(thesaurus);
  std::string snapshot = built.Snapshot(HashBytes(xml));
  std::string error;
  std::unique_ptr<Matcher> read =
      Matcher::FromSnapshot(thesaurus, snapshot, HashBytes(xml), &error);
  ASSERT_NE(read, nullptr) << error;
  EXPECT_EQ(read->Snapshot(HashBytes(xml)), snapshot);
  EXPECT_EQ(read->labels().size(), built.labels().size());
  std::vector<std::string> mentions = Mentions(built, kBlocks);
  EXPECT_GT(mentions.size(), kBlocks.size() + 5);
  EXPECT_EQ(Mentions(*read, kBlocks), mentions);
}

TEST(MatcherSnapshot, OthersAreRefused) {
  Thesaurus thesaurus;
  std::string xml = testing::TestThesaurus();
  thesaurus.AddText(xml, "test.xml");
  thesaurus.Validate();
  std::string snapshot = Matcher(thesaurus).Snapshot(7);
  std::string error;
  EXPECT_EQ(Matcher::FromSnapshot(thesaurus, snapshot, 8, &error), nullptr);
  EXPECT_NE(error.find("another version or thesaurus"), std::string::npos) << error;
  EXPECT_EQ(Matcher::FromSnapshot(thesaurus, "<xml/>", 7, &error), nullptr);
  EXPECT_EQ(error, "not a matcher snapshot");
  for (size_t cut : {snapshot.find('\n') + 1, snapshot.size() / 2, snapshot.size() - 1}) {
    EXPECT_EQ(Matcher::FromSnapshot(thesaurus, snapshot.substr(0, cut), 7, &error), nullptr);
    EXPECT_EQ(error, "a damaged matcher snapshot") << cut;
  }
  EXPECT_EQ(Matcher::FromSnapshot(thesaurus, snapshot + "x", 7, &error), nullptr);
  EXPECT_EQ(error, "a damaged matcher snapshot");
  // A snapshot of another thesaurus is no snapshot of this one.
  Thesaurus other;
  other.AddText(testing::Taxonomy(
                    "<category xml:id=\"c.a\"><catDesc><term>alpha</term></catDesc></category>"),
                "other.xml");
  std::string small = Matcher(other).Snapshot(7);
  EXPECT_EQ(Matcher::FromSnapshot(thesaurus, small, 7, &error), nullptr);
}

// The snapshot beside the built plugin, which the plugin reads, is what
// today's code builds of the shipped thesaurus there.
TEST(MatcherSnapshot, ShippedSnapshotIsTodaysBuildOfTheShippedThesaurus) {
  std::string dir = std::string(CONCEPTS_PLUGIN_DIR) + "/concepts/";
  if (!std::filesystem::exists(dir + "matcher.bin")) GTEST_SKIP() << "no " << dir << "matcher.bin";
  std::string xml = ReadAll(dir + "thesaurus.xml");
  ASSERT_EQ(xml, ReadAll(CONCEPTS_THESAURUS));
  Thesaurus thesaurus;
  thesaurus.AddText(xml, dir + "thesaurus.xml");
  thesaurus.Validate();
  std::string shipped = ReadAll(dir + "matcher.bin");
  EXPECT_TRUE(shipped == Matcher(thesaurus).Snapshot(HashBytes(xml)));
  std::string error;
  EXPECT_NE(Matcher::FromSnapshot(thesaurus, shipped, HashBytes(xml), &error), nullptr) << error;
}

}  // namespace
}  // namespace concepts
