// The entry segmenter on lists given as lines or as one block (invented
// entries): numbers, keys, author-date and date-at-the-end lists, particles,
// corporate authors, "in press", wrapped author lists.
#include "entry_segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace citations {
namespace {

// Joins lines with spaces (as the core joins blocks) and segments them, one
// unit per line, or all as one unit.
std::vector<std::string> Segment(const std::vector<std::string>& lines, bool one_block = false,
                                 std::vector<int>* numbers = nullptr) {
  std::string text;
  std::vector<Span> units;
  for (const std::string& l : lines) {
    if (!text.empty()) text += ' ';
    units.push_back(Span{text.size(), text.size() + l.size()});
    text += l;
  }
  if (one_block) units = {Span{units.front().begin, units.back().end}};
  std::vector<std::string> out;
  for (const SegmentedEntry& e : SegmentEntries(text, units)) {
    out.push_back(std::string(Slice(text, e.span)));
    if (numbers != nullptr) numbers->push_back(e.number);
  }
  return out;
}

TEST(EntrySegmenter, AuthorDateWithWrappedLinesParticlesAndCorporateAuthors) {
  std::vector<std::string> lines = {
      "Abernathy, L. K., Coyle, T., Marsh, D., Nakagawa, K., Pellegrino, A., &",
      "Sorensen, U. (1991). Ruptures and their repair. Journal of Process, 12(3),",
      "201-219.",
      "de la Fuente, M. (2011). Waiting rooms. Clinical Dialogue, 8, 33-49.",
      "Society for Clinical Listening. (2019). Guidelines for supervision.",
      "Bristol: Society for Clinical Listening.",
      "Okonjo, A. (in press). Dreams in the second year. Clinical Dialogue.",
      "van Oosterhout, L., & Quist, B. (2004). Silence as a reply. Quarterly Review",
      "of Listening, 25(4), 554-573.",
  };
  std::vector<std::string> entries = Segment(lines);
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[0].substr(0, 10), "Abernathy,");
  EXPECT_EQ(entries[1].substr(0, 12), "de la Fuente");
  EXPECT_EQ(entries[2], lines[4] + " " + lines[5]);
  EXPECT_EQ(entries[3], lines[6]);
  EXPECT_EQ(entries[4], lines[7] + " " + lines[8]);
}

TEST(EntrySegmenter, DateAtTheEnd) {
  // Chicago notes-bibliography and MLA: no year after the names.
  std::vector<std::string> lines = {
      "Brekke, Jonas. Stalemate: Notes on the Stuck Treatment. Hartford, CT: Merrow",
      "& Lyle, 1988.",
      "Castellan, Ines. \"The Analyst's Chair.\" In Rooms of the Clinic, edited by",
      "Miriam Farrow and Berta Ilse, 20-55. Leeds: Harrow Press, 1983.",
      "Lindqvist, Stina. \"The Consulting Room as a Place of Weather.\" Northern",
      "Clinical Letters 4, no. 1 (1999): 5-28.",
  };
  std::vector<std::string> entries = Segment(lines);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[1], lines[2] + " " + lines[3]);
  // Joined into one block by layout, the same entries.
  EXPECT_EQ(Segment(lines, /*one_block=*/true), entries);
}

TEST(EntrySegmenter, NumberedForms) {
  std::vector<int> numbers;
  std::vector<std::string> entries =
      Segment({"[1] Halloran R. Holding. J Process. 1987;3:1-9.", "[2] Quist B. Silence.",
               "Rev Listening. 1990;5:2-8.", "[3] Tessaro P. A second holding. Turin; 1987."},
              false, &numbers);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[1], "[2] Quist B. Silence. Rev Listening. 1990;5:2-8.");
  EXPECT_EQ(numbers, (std::vector<int>{1, 2, 3}));
  // "10.Wang" without a space, in one block; a number that is missing.
  numbers.clear();
  entries = Segment({"9. Halloran R. Holding. 1987. 10.Wang L. Rooms. 1990. 12. Quist B. Silence, "
                     "1991. 13. Tessaro P. Holding. 1987."},
                    true, &numbers);
  EXPECT_EQ(numbers, (std::vector<int>{9, 10, 12, 13}));
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[1], "10.Wang L. Rooms. 1990.");
}

// Nothing numbers the end of a numbered list's last entry: it ends with its
// unit once it is whole (a year, a closing full stop), and runs on into the
// next unit only when it is not ("[3] Tessaro P. A second holding." over a
// page break).
TEST(EntrySegmenter, TheLastNumberedEntryEndsWhereItIsWhole) {
  std::vector<std::string> entries =
      Segment({"1. Halloran R. Holding. J Process 1987, 3, 1-9.", "2. Quist B. Silence. 1990.",
               "3. Tessaro P. A second holding. Turin 1987, 4, e0259448.",
               "Violet Blue Violet Examples of Simulated Signals"});
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[2], "3. Tessaro P. A second holding. Turin 1987, 4, e0259448.");
  entries =
      Segment({"1. Halloran R. Holding. J Process 1987, 3, 1-9.", "2. Quist B. Silence. 1990.",
               "3. Tessaro P. A second holding.", "Turin: Pellegrino; 1987."});
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[2], "3. Tessaro P. A second holding. Turin: Pellegrino; 1987.");
  // A year after the names, the journal on the next line.
  entries = Segment({"1. Halloran R (1987) Holding. J Process 3:1-9.", "2. Quist B (1990) Silence.",
                     "3. Tessaro P, Wang D (1987) A second holding of the rooms.",
                     "Journal of Process 4:11-19."});
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(
      entries[2],
      "3. Tessaro P, Wang D (1987) A second holding of the rooms. Journal of Process 4:11-19.");
}

// "In press" is an entry's date, whatever its case, and after a journal's
// name it does not make the journal a corporate author of a new entry.
TEST(EntrySegmenter, InPressIsADateNotACorporateAuthorsYear) {
  std::vector<std::string> entries = Segment({
      "Ada Halloran and Bea Quist. 2011. Rooms of the clinic. In Proceedings of ACL.",
      "Ada Halloran, Bea Quist, and Cy Tessaro. 2014. Holding and listening in",
      "groups. Transactions of the Association for Computational Linguistics. In press.",
      "Jo Tessaro. 2012. Parallel rooms, tools and listening. In Proceedings of LREC.",
      "Cy Tessaro and Di Wang. 2010. From silence to meaning. Journal of Listening, 37:141-188.",
  });
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[1].substr(0, 22), "Ada Halloran, Bea Quis");
  EXPECT_EQ(entries[2].substr(0, 18), "Jo Tessaro. 2012. ");
}

// APA 7 lists up to twenty authors, or nineteen, an ellipsis and the last:
// a long author list wrapped over lines still starts its entry.
TEST(EntrySegmenter, ALongAuthorListWithAnEllipsisStartsItsEntry) {
  std::vector<std::string> entries = Segment({
      "Eubank, N. (2016). Lessons from a decade of holding. Process, 49(2), 273-276.",
      "https://doi.org/10.1017/S1049096516000196",
      "Halloran, R., Quist, B., Tessaro, P., Wang, D., Abel, K., Brandt, L., Cole, M.,",
      "Dunn, S., Ennis, T., Ford, U., Grant, V., Hale, W., Irwin, X., Jones, Y., Kent, A.,",
      "Lord, B., Moss, C., ... Wright, Z. (2018). Rooms of the clinic. Process,",
      "6(6), 631-635.",
      "Henson, K. (2019). Silence in groups. Process, 12, 1-9.",
  });
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].substr(entries[0].size() - 10), "6516000196");
  EXPECT_EQ(entries[1].substr(0, 13), "Halloran, R.,");
  EXPECT_EQ(entries[2].substr(0, 7), "Henson,");
}

TEST(EntrySegmenter, Keys) {
  std::vector<std::string> entries =
      Segment({"[Hal87] R. Halloran, Holding, 1987.", "[Qui90] B. Quist, Silence as a reply, Rev.",
               "Listening 5 (1990), 2-8.", "[Tes87] P. Tessaro, 1987."});
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[1], "[Qui90] B. Quist, Silence as a reply, Rev. Listening 5 (1990), 2-8.");
}

TEST(EntrySegmenter, NumberedNotesAreNotNumbersOfYears) {
  // "(1990)" and "12-19" are no labels.
  std::vector<int> numbers;
  Segment({"Halloran, R. (1987). Holding. Journal, 12, 12-19.", "Quist, B. (1990). Silence."},
          false, &numbers);
  EXPECT_EQ(numbers, (std::vector<int>{0, 0}));
}

}  // namespace
}  // namespace citations
