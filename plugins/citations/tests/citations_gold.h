// The citations gold files (the citations contract in ../README.md; the real
// PDFs' variant in tests/gold/real/citations/README.md) and their scoring:
// detection precision and recall of citations, links right, parts right.
// Shared by the samples' gold test and the real PDFs' gold test.
#ifndef GLOSSATOR_PLUGINS_CITATIONS_TESTS_CITATIONS_GOLD_H_
#define GLOSSATOR_PLUGINS_CITATIONS_TESTS_CITATIONS_GOLD_H_

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "glossator/annotation.h"

namespace citations {

struct GoldCite {
  std::string surface;
  size_t begin = 0, end = 0;
  std::set<int> targets;  // entry numbers; empty for `-`
  int line = 0;
};

struct Gold {
  std::map<int, std::vector<std::pair<std::string, std::string>>> entries;  // N -> fields
  std::map<int, int> start_occurrence;  // N -> which occurrence of its `start` (when printed twice)
  std::vector<GoldCite> cites;
};

// Reads a gold file, locating every citation in the Document's text;
// problems with it are test failures naming file and line.
Gold LoadGold(const std::string& path, const std::string& text);

struct Score {
  size_t gold = 0, found = 0, found_right = 0, recalled = 0;
  size_t matched = 0, linked_right = 0;
  size_t fields = 0, fields_right = 0;
  void Add(const Score& o);
};

double Ratio(size_t a, size_t b);

// Scores one document's annotations against its gold; every error is
// appended to report, one a line.
// extra_people: report the people we found that the gold lacks (off for a
// gold that lists the first author only).
Score ScoreSample(const std::string& name, const std::string& text, const Gold& gold,
                  const glossator::Annotations& annotations, std::ostringstream& report,
                  bool extra_people = true);

// Prints the header and one row per document with the overall row; returns the total.
Score PrintScores(const std::map<std::string, Score>& scores);

}  // namespace citations

#endif  // GLOSSATOR_PLUGINS_CITATIONS_TESTS_CITATIONS_GOLD_H_
