// Finding a reference list among blocks and splitting it into entries.
#include "reference_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace citations {
namespace {

// A document made of blocks, joined as the Document joins them ("\n\n").
struct Doc {
  std::string text;
  std::vector<TextBlock> blocks;
  void Add(const std::string& s, BlockType type = BlockType::kParagraph, int level = 0,
           int page = 1) {
    if (!text.empty()) text += "\n\n";
    TextBlock b;
    b.span = Span{text.size(), text.size() + s.size()};
    b.type = type;
    b.level = level;
    b.first_page = b.last_page = page;
    text += s;
    blocks.push_back(b);
  }
  std::vector<std::string> Entries() const {
    std::vector<std::string> out;
    for (const ReferenceList& l : FindReferenceLists(text, blocks)) {
      for (Span e : l.entries) out.emplace_back(Slice(text, e));
    }
    return out;
  }
};

const char* kA =
    "Abernathy, L. K., & Coyle, T. (1991). Ruptures. Journal of Process, 12(3), 201-219.";
const char* kB = "Brekke, J. (1988). Stalemate. Hartford, CT: Merrow & Lyle.";
const char* kC = "Castellan, I. (1983). The analyst's chair. Quarterly Review, 25(4), 554-573.";

TEST(ReferenceList, AfterAHeading) {
  Doc d;
  d.Add("Introduction", BlockType::kHeading, 1);
  d.Add("As Brekke (1988) argued, rupture is a process.");
  d.Add("References", BlockType::kHeading, 1);
  d.Add(kA);
  d.Add(kB);
  d.Add(kC);
  std::vector<ReferenceList> lists = FindReferenceLists(d.text, d.blocks);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(lists[0].heading_block, 2u);
  EXPECT_EQ(lists[0].first_block, 3u);
  EXPECT_EQ(lists[0].end_block, 6u);
  EXPECT_EQ(d.Entries(), (std::vector<std::string>{kA, kB, kC}));
}

TEST(ReferenceList, HeadingNames) {
  bool notes = false;
  for (const char* h : {"References", "Bibliography", "Works Cited", "Literature", "7. References",
                        "REFERENCES", "References:", "Reference List"}) {
    EXPECT_TRUE(IsReferenceHeading(h, &notes)) << h;
    EXPECT_FALSE(notes) << h;
  }
  EXPECT_TRUE(IsReferenceHeading("Notes", &notes));
  EXPECT_TRUE(notes);
  EXPECT_FALSE(IsReferenceHeading("Referencing the frame", &notes));
  EXPECT_FALSE(IsReferenceHeading("Introduction", &notes));
}

TEST(ReferenceList, EndsAtTheNextHeading) {
  Doc d;
  d.Add("References", BlockType::kHeading, 1);
  d.Add(kA);
  d.Add("Appendix", BlockType::kHeading, 1);
  d.Add(kB);
  EXPECT_EQ(d.Entries(), (std::vector<std::string>{kA}));
}

TEST(ReferenceList, EntryBrokenAcrossAPage) {
  Doc d;
  d.Add("References", BlockType::kHeading, 1);
  d.Add("Abernathy, L. K., & Coyle, T. (1991). Ruptures in the working alliance. Journal of",
        BlockType::kParagraph, 0, 12);
  d.Add("Clinical Process Research, 12(3), 201-219.", BlockType::kParagraph, 0, 13);
  d.Add(kB, BlockType::kParagraph, 0, 13);
  std::vector<ReferenceList> lists = FindReferenceLists(d.text, d.blocks);
  ASSERT_EQ(lists.size(), 1u);
  ASSERT_EQ(lists[0].entries.size(), 2u);
  // The first entry covers both blocks, from its first character to its last.
  EXPECT_EQ(lists[0].entries[0].begin, d.blocks[1].span.begin);
  EXPECT_EQ(lists[0].entries[0].end, d.blocks[2].span.end);
  EXPECT_EQ(Slice(d.text, lists[0].entries[1]), kB);
}

TEST(ReferenceList, SeveralEntriesJoinedInOneBlock) {
  Doc d;
  d.Add("References", BlockType::kHeading, 1);
  d.Add(std::string(kA) + " " + kB + " " + kC);
  EXPECT_EQ(d.Entries(), (std::vector<std::string>{kA, kB, kC}));
}

TEST(ReferenceList, StrayBulletIsLeftOut) {
  Doc d;
  d.Add("References", BlockType::kHeading, 1);
  d.Add(kA);
  d.Add(std::string("\u2022 ") + kB, BlockType::kListItem);
  d.Add(std::string("- ") + kC);
  EXPECT_EQ(d.Entries(), (std::vector<std::string>{kA, kB, kC}));
}

TEST(ReferenceList, RunOfEntriesAtTheEndWithoutHeading) {
  Doc d;
  d.Add("Repair always takes place within a frame (Brekke, 1988).");
  d.Add(kA);
  d.Add(kB);
  d.Add(kC);
  d.Add("Share this article");
  std::vector<ReferenceList> lists = FindReferenceLists(d.text, d.blocks);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(lists[0].heading_block, ReferenceList::kNoHeading);
  EXPECT_EQ(d.Entries(), (std::vector<std::string>{kA, kB, kC}));
}

TEST(ReferenceList, NoListInvented) {
  // Slides and running text with citations are no reference list.
  Doc d;
  d.Add("WHEN EMPATHY FAILS", BlockType::kHeading, 1);
  d.Add("MIRIAM OSTERWALD (1979)", BlockType::kLine);
  d.Add("TESSLER (1966) VS DRUMMOND (1963)", BlockType::kLine);
  d.Add("DAVID ABERNETHY - LOWE (1992)", BlockType::kLine);
  d.Add("Tessaro (1987a) called the analyst's capacity a second holding.");
  d.Add("Okonjo et al. (1996) extended this work to experienced practitioners.");
  d.Add("Quarrington (1990) reports a treatment in which a young widower accused him.");
  EXPECT_TRUE(FindReferenceLists(d.text, d.blocks).empty());
  // Two entries at the end are not enough without a heading.
  Doc two;
  two.Add("Some text.");
  two.Add(kA);
  two.Add(kB);
  EXPECT_TRUE(FindReferenceLists(two.text, two.blocks).empty());
}

TEST(ReferenceList, NotesThatAreNotReferences) {
  Doc d;
  d.Add("Notes", BlockType::kHeading, 1);
  d.Add("1. The names of patients have been changed.");
  d.Add("2. I thank the consultation group for this point.");
  EXPECT_TRUE(FindReferenceLists(d.text, d.blocks).empty());
}

TEST(ReferenceList, EntryStart) {
  std::string entry = kA;
  std::string prose = "Tessaro (1987a) called the analyst's capacity a second holding.";
  EXPECT_TRUE(LooksLikeEntryStart(entry, Span{0, entry.size()}, true));
  EXPECT_TRUE(LooksLikeEntryStart(prose, Span{0, prose.size()}, false));
  EXPECT_FALSE(LooksLikeEntryStart(prose, Span{0, prose.size()}, true));
}

}  // namespace
}  // namespace citations
