// Precision and recall of the concepts plugin against the hand-annotated gold
// lists in tests/gold/concepts/NAME.tsv (issue 4). Each gold row names a
// category and the Nth occurrence of a surface string in
// samples/expected/NAME.txt. The gold itself is checked (categories exist in
// the thesaurus, surfaces are found); the scores are printed per sample, and
// the targets (precision and recall at least 0.95 over all samples) asserted.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "test_support.h"

namespace concepts {
namespace {

struct Mention {
  std::string category, surface;
  size_t begin = 0, end = 0;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

std::set<std::string> ThesaurusIds() {
  std::set<std::string> ids;
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_file(CONCEPTS_THESAURUS);
  EXPECT_TRUE(parsed) << CONCEPTS_THESAURUS << ": " << parsed.description();
  for (pugi::xpath_node node : doc.select_nodes("//category")) {
    ids.insert(node.node().attribute("xml:id").value());
  }
  return ids;
}

// The gold rows of one sample, placed in text; failures are test failures.
std::vector<Mention> LoadGold(const std::string& path, const std::string& text,
                              const std::set<std::string>& ids) {
  std::vector<Mention> gold;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1) {
      EXPECT_EQ(line, "category\tsurface\toccurrence\tnote") << path << ":1: bad header";
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> f = SplitTabs(line);
    std::string where = path + ":" + std::to_string(number) + ": ";
    if (f.size() < 3 || f[1].empty()) {
      ADD_FAILURE() << where << "expected category, surface, occurrence";
      continue;
    }
    EXPECT_TRUE(ids.count(f[0])) << where << "no category " << f[0] << " in the thesaurus";
    int occurrence = std::atoi(f[2].c_str());
    size_t pos = std::string::npos;
    for (int i = 0; i < occurrence; ++i) {
      pos = text.find(f[1], pos == std::string::npos ? 0 : pos + 1);
      if (pos == std::string::npos) break;
    }
    if (occurrence < 1 || pos == std::string::npos) {
      ADD_FAILURE() << where << "occurrence " << f[2] << " of '" << f[1] << "' not in the text";
      continue;
    }
    gold.push_back({f[0], f[1], pos, pos + f[1].size()});
  }
  return gold;
}

bool Matches(const Mention& a, const Mention& b) {
  return a.category == b.category && a.begin < b.end && b.begin < a.end;
}

std::string Context(const std::string& text, const Mention& m) {
  size_t from = m.begin >= 40 ? m.begin - 40 : 0;
  std::string s = text.substr(from, m.begin - from) + "[" + text.substr(m.begin, m.end - m.begin) +
                  "]" + text.substr(m.end, 40);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

// Maps offsets in the extracted text to offsets in the expected text. The two
// should be the same text, but while extraction is being worked on they may
// differ in whitespace (line breaks in headings) or in a few characters, so
// the non-space characters are aligned, resynchronising after a mismatch.
class Alignment {
 public:
  Alignment(const std::string& from, const std::string& to) : map_(from.size() + 1, 0) {
    std::vector<size_t> a = NonSpace(from), b = NonSpace(to);
    std::vector<size_t> partner(a.size(), std::string::npos);
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
      if (from[a[i]] == to[b[j]]) {
        partner[i++] = b[j++];
        continue;
      }
      // Resynchronise: the next place in to where the next 16 characters of from occur.
      std::string key;
      for (size_t k = i; k < a.size() && key.size() < 16; ++k) key += from[a[k]];
      size_t next = std::string::npos;
      for (size_t k = j; k < b.size() && k < j + 4000; ++k) {
        size_t m = 0;
        while (m < key.size() && k + m < b.size() && to[b[k + m]] == key[m]) ++m;
        if (m == key.size()) {
          next = k;
          break;
        }
      }
      if (next == std::string::npos) {
        ++i;  // a character of from with no partner
      } else {
        j = next;
      }
    }
    // Every offset of from maps to the partner of the next aligned character.
    size_t last = to.size();
    size_t ai = a.size();
    for (size_t pos = from.size() + 1; pos-- > 0;) {
      while (ai > 0 && a[ai - 1] >= pos) {
        --ai;
        if (partner[ai] != std::string::npos) last = partner[ai];
      }
      map_[pos] = last;
    }
  }
  size_t operator()(size_t offset) const { return map_[std::min(offset, map_.size() - 1)]; }

 private:
  static std::vector<size_t> NonSpace(const std::string& s) {
    std::vector<size_t> out;
    for (size_t i = 0; i < s.size(); ++i) {
      if (!std::isspace(static_cast<unsigned char>(s[i]))) out.push_back(i);
    }
    return out;
  }
  std::vector<size_t> map_;
};

struct Score {
  size_t gold = 0, found = 0, correct_found = 0, recalled = 0;
};

double Ratio(size_t a, size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }

TEST(ConceptsGold, MeetsTargets) {
  const std::string gold_dir = CONCEPTS_GOLD_DIR;
  if (!std::filesystem::exists(std::string(CONCEPTS_PLUGIN_DIR) + "/concepts/thesaurus.xml")) {
    GTEST_SKIP() << "no shipped thesaurus in the plugin directory";
  }
  std::set<std::string> ids = ThesaurusIds();
  ASSERT_FALSE(ids.empty());

  auto pipeline = glossator::testing::PipelineOf(CONCEPTS_PLUGIN_DIR, "concepts");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();

  std::map<std::string, Score> scores;
  std::ostringstream errors;
  for (const char* name : {"working-paper", "article", "slides", "column"}) {
    std::string gold_path = gold_dir + "/" + name + ".tsv";
    if (!std::filesystem::exists(gold_path)) continue;
    std::string text = glossator::testing::ReadFile(std::string(CONCEPTS_SAMPLES_DIR) +
                                                    "/expected/" + name + ".txt");
    std::vector<Mention> gold = LoadGold(gold_path, text, ids);

    auto doc =
        glossator::ExtractDocument(std::string(CONCEPTS_SAMPLES_DIR) + "/pdfs/" + name + ".pdf");
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    const std::string& extracted = doc.value().text();
    if (extracted != text) {
      // The gold's offsets are into the expected text; they are carried over.
      auto without_space = [](const std::string& s) {
        std::string out;
        for (char c : s) {
          if (c != ' ' && c != '\n' && c != '\t') out += c;
        }
        return out;
      };
      bool space_only = without_space(extracted) == without_space(text);
      std::printf(
          "note: %s: the Document's text differs from samples/expected %s; gold offsets "
          "are aligned to it\n",
          name, space_only ? "in white space only" : "beyond white space");
    }
    Alignment align(extracted, text);
    std::vector<glossator::PluginProblem> problems;
    glossator::Annotations annotations = pipeline.value()->Run(doc.value(), &problems);
    for (const auto& p : problems) ADD_FAILURE() << p.plugin << ": " << p.message;
    std::vector<Mention> found;
    for (const glossator::Annotation& a : annotations.items) {
      if (a.plugin != "concepts" || a.Attribute("category").empty()) continue;
      size_t begin = align(a.begin);
      // The end maps through the last character of the annotation.
      size_t end = a.end > a.begin ? align(a.end - 1) + 1 : begin;
      found.push_back({a.Attribute("category"), std::string(doc.value().text(a.begin, a.end)),
                       begin, std::max(begin, end)});
    }

    Score& s = scores[name];
    s.gold = gold.size();
    s.found = found.size();
    for (const Mention& f : found) {
      bool hit =
          std::any_of(gold.begin(), gold.end(), [&](const Mention& g) { return Matches(f, g); });
      if (hit) {
        ++s.correct_found;
      } else {
        errors << "  FP " << name << " " << f.category << " '" << f.surface
               << "': " << Context(text, f) << "\n";
      }
    }
    for (const Mention& g : gold) {
      bool hit =
          std::any_of(found.begin(), found.end(), [&](const Mention& f) { return Matches(f, g); });
      if (hit) {
        ++s.recalled;
      } else {
        errors << "  FN " << name << " " << g.category << " '" << g.surface
               << "': " << Context(text, g) << "\n";
      }
    }
  }
  ASSERT_FALSE(scores.empty()) << "no gold files in " << gold_dir;

  // Precision counts found mentions that overlap a gold mention of the same
  // category; recall counts gold mentions that some found mention overlaps.
  Score total;
  std::printf("%-14s %6s %6s %8s %9s %7s\n", "sample", "gold", "found", "correct", "precision",
              "recall");
  auto row = [](const std::string& name, const Score& s) {
    std::printf("%-14s %6zu %6zu %8zu %9.3f %7.3f\n", name.c_str(), s.gold, s.found,
                s.correct_found, Ratio(s.correct_found, s.found), Ratio(s.recalled, s.gold));
  };
  for (const auto& [name, s] : scores) {
    row(name, s);
    total.gold += s.gold;
    total.found += s.found;
    total.correct_found += s.correct_found;
    total.recalled += s.recalled;
  }
  row("overall", total);
  std::printf("false positives (FP) and false negatives (FN):\n%s", errors.str().c_str());
  std::fflush(stdout);
  // The targets of issue 4, over all the samples' mentions together.
  EXPECT_GE(Ratio(total.correct_found, total.found), 0.95) << "precision below the target";
  EXPECT_GE(Ratio(total.recalled, total.gold), 0.95) << "recall below the target";
}

}  // namespace
}  // namespace concepts
