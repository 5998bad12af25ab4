// The snapshot of the shipped thesaurus and its matcher (shipped_snapshot.h):
// read back, it is the thesaurus read and the matcher built from it, table
// for table and match for match; the one the build put beside the plugin is
// what today's code makes of the shipped thesaurus; anything else is refused.
#include "shipped_snapshot.h"

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

// The thesaurus and matcher of a snapshot of text.
struct Read {
  Thesaurus thesaurus;
  std::unique_ptr<Matcher> matcher;
  std::string error;
  bool ok = false;
  Read(std::string_view snapshot, uint64_t source) {
    ok = ReadSnapshot(snapshot, source, "read.xml", &thesaurus, &matcher, &error);
  }
};

std::string SnapshotOf(const std::string& xml, uint64_t source) {
  Thesaurus thesaurus;
  thesaurus.AddText(xml, "test.xml");
  thesaurus.Validate();
  return WriteSnapshot(thesaurus, Matcher(thesaurus), source);
}

TEST(ShippedSnapshot, ReadBackIsTheThesaurusAndTheBuiltMatcher) {
  Thesaurus thesaurus;
  std::string xml = testing::TestThesaurus();
  thesaurus.AddText(xml, "test.xml");
  thesaurus.Validate();
  Matcher built(thesaurus);
  std::string snapshot = WriteSnapshot(thesaurus, built, HashBytes(xml));
  Read read(snapshot, HashBytes(xml));
  ASSERT_TRUE(read.ok) << read.error;
  EXPECT_EQ(WriteSnapshot(read.thesaurus, *read.matcher, HashBytes(xml)), snapshot);
  ASSERT_EQ(read.thesaurus.categories().size(), thesaurus.categories().size());
  for (size_t i = 0; i < thesaurus.categories().size(); ++i) {
    const Category& a = thesaurus.categories()[i];
    const Category& b = read.thesaurus.categories()[i];
    EXPECT_EQ(b.id, a.id);
    EXPECT_EQ(b.labels.size(), a.labels.size());
    EXPECT_EQ(b.definition, a.definition);
    EXPECT_EQ(b.file, "read.xml");
    EXPECT_EQ(read.thesaurus.Find(a.id), &b);
  }
  EXPECT_EQ(read.matcher->labels().size(), built.labels().size());
  std::vector<std::string> mentions = Mentions(built, kBlocks);
  EXPECT_GT(mentions.size(), kBlocks.size() + 5);
  EXPECT_EQ(Mentions(*read.matcher, kBlocks), mentions);
}

TEST(ShippedSnapshot, OthersAreRefused) {
  std::string snapshot = SnapshotOf(testing::TestThesaurus(), 7);
  Read other_source(snapshot, 8);
  EXPECT_FALSE(other_source.ok);
  EXPECT_NE(other_source.error.find("of other thesaurus text"), std::string::npos)
      << other_source.error;
  EXPECT_TRUE(other_source.thesaurus.categories().empty());
  EXPECT_EQ(Read("<xml/>", 7).error, "not a thesaurus snapshot");
  for (size_t cut :
       {snapshot.find('\n') + 1, snapshot.size() / 3, snapshot.size() / 2, snapshot.size() - 1}) {
    Read truncated(snapshot.substr(0, cut), 7);
    EXPECT_FALSE(truncated.ok) << cut;
    EXPECT_EQ(truncated.error, "a damaged thesaurus snapshot") << cut;
    EXPECT_TRUE(truncated.thesaurus.categories().empty()) << cut;
    EXPECT_EQ(truncated.matcher, nullptr) << cut;
  }
  EXPECT_EQ(Read(snapshot + "x", 7).error, "a damaged thesaurus snapshot");
}

// A snapshot damaged anywhere (a byte changed) is refused, or read into
// tables that index nothing out of range: matching with them stays within
// bounds (under a sanitizer build this is checked, elsewhere it must not
// crash).
TEST(ShippedSnapshot, AChangedByteIsRefusedOrMatchesWithinBounds) {
  std::string snapshot = SnapshotOf(testing::TestThesaurus(), 7);
  size_t header = snapshot.find('\n') + 1;
  size_t refused = 0, read = 0;
  for (size_t at = header; at < snapshot.size(); at += 1 + (snapshot.size() - header) / 400) {
    for (char change : {'\x01', '\x80', '\xff'}) {
      std::string damaged = snapshot;
      damaged[at] = static_cast<char>(damaged[at] ^ change);
      Read r(damaged, 7);
      if (!r.ok) {
        ++refused;
        continue;
      }
      ++read;
      Mentions(*r.matcher, kBlocks);
    }
  }
  EXPECT_GT(refused, 0u);
  EXPECT_GT(read, 0u);  // the bytes of strings and bit filters change what is found, not where
}

// The snapshot beside the built plugin, which the plugin reads, is what
// today's code makes of the shipped thesaurus there.
TEST(ShippedSnapshot, ShippedSnapshotIsTodaysOfTheShippedThesaurus) {
  std::string dir = std::string(CONCEPTS_PLUGIN_DIR) + "/concepts/";
  if (!std::filesystem::exists(dir + "thesaurus.bin")) {
    GTEST_SKIP() << "no " << dir << "thesaurus.bin";
  }
  std::string xml = ReadAll(dir + "thesaurus.xml");
  ASSERT_EQ(xml, ReadAll(CONCEPTS_THESAURUS));
  std::string shipped = ReadAll(dir + "thesaurus.bin");
  EXPECT_TRUE(shipped == SnapshotOf(xml, HashBytes(xml)));
  Read read(shipped, HashBytes(xml));
  EXPECT_TRUE(read.ok) << read.error;
}

}  // namespace
}  // namespace concepts
