// The same twelve invented works in six styles (APA, Chicago author-date,
// Chicago notes-bibliography, MLA, Harvard, Vancouver), set by pdflatex with a
// hanging indent and numbered (tests/styles/make_style_lists.py), read
// through the real PDF path: each list must come out entry for entry, and a
// numbered one with its numbers and its numeric citations linked.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "test_support.h"

namespace {

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

struct Read {
  std::string text;
  std::vector<const glossator::Annotation*> references, citations;
  glossator::Annotations annotations;
};

class StyleLists : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    auto pipeline = glossator::testing::PipelineOf(CITATIONS_PLUGIN_DIR, "citations");
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
    pipeline_ = pipeline.value();
  }
  static void TearDownTestSuite() { pipeline_.reset(); }

  // Runs the PDF through extraction and the plugin; fails the test on a problem.
  void ReadList(const std::string& name, Read* out) {
    auto doc = glossator::ExtractDocument(std::string(CITATIONS_STYLES_DIR) + "/" + name + ".pdf");
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    out->text = doc.value().text();
    std::vector<glossator::PluginProblem> problems;
    out->annotations = pipeline_->Run(doc.value(), &problems);
    for (const auto& p : problems) ADD_FAILURE() << p.plugin << ": " << p.message;
    for (const glossator::Annotation& a : out->annotations.items) {
      if (a.type == "reference") out->references.push_back(&a);
      if (a.type == "citation") out->citations.push_back(&a);
    }
    auto by_begin = [](const glossator::Annotation* a, const glossator::Annotation* b) {
      return a->begin < b->begin;
    };
    std::sort(out->references.begin(), out->references.end(), by_begin);
    std::sort(out->citations.begin(), out->citations.end(), by_begin);
  }

  static std::shared_ptr<const glossator::Pipeline> pipeline_;
};

std::shared_ptr<const glossator::Pipeline> StyleLists::pipeline_;

TEST_P(StyleLists, SplitEntryForEntry) {
  const std::string name = GetParam();
  std::vector<std::string> starts =
      ReadLines(std::string(CITATIONS_STYLES_DIR) + "/" + name + ".entries");
  ASSERT_EQ(starts.size(), 12u) << name << ".entries";
  Read r;
  ReadList(name, &r);
  ASSERT_EQ(r.references.size(), starts.size()) << name;
  for (size_t i = 0; i < starts.size(); ++i) {
    std::string entry =
        r.text.substr(r.references[i]->begin, r.references[i]->end - r.references[i]->begin);
    EXPECT_TRUE(entry.starts_with(starts[i]))
        << name << ": entry " << i + 1 << " is \"" << entry << "\", not \"" << starts[i] << "…\"";
  }
  // Each entry ends where the next begins: no wrapped line left behind.
  for (size_t i = 0; i + 1 < r.references.size(); ++i) {
    std::string between =
        r.text.substr(r.references[i]->end, r.references[i + 1]->begin - r.references[i]->end);
    EXPECT_EQ(between.find_first_not_of(" \n0123456789.[]"), std::string::npos)
        << name << ": text between entries " << i + 1 << " and " << i + 2 << ": " << between;
  }
  // Nothing fills in a field from the entry after it: every entry has its own year.
  for (const glossator::Annotation* a : r.references) {
    std::string entry = r.text.substr(a->begin, a->end - a->begin);
    const std::string& year = a->Attribute("year");
    if (!year.empty() && year != "n.d.") {
      EXPECT_NE(entry.find(year), std::string::npos) << name << ": " << entry;
    }
  }
}

// The numbered lists only.
class NumberedStyleLists : public StyleLists {};

TEST_P(NumberedStyleLists, KeepNumbersAndLinkCitations) {
  const std::string name = GetParam();
  Read r;
  ReadList(name, &r);
  ASSERT_EQ(r.references.size(), 12u) << name;
  std::map<std::string, std::string> id_of_number;
  for (size_t i = 0; i < r.references.size(); ++i) {
    EXPECT_EQ(r.references[i]->Attribute("n"), std::to_string(i + 1)) << name;
    id_of_number[std::to_string(i + 1)] = "#" + r.references[i]->Attribute("id");
  }
  std::map<std::string, std::string> targets;  // citation as printed -> target
  for (const glossator::Annotation* c : r.citations) {
    targets[r.text.substr(c->begin, c->end - c->begin)] = c->Attribute("target");
  }
  EXPECT_EQ(targets["[2]"], id_of_number["2"]) << name;
  EXPECT_EQ(targets["[3, 5\u20137]"], id_of_number["3"] + " " + id_of_number["5"] + " " +
                                          id_of_number["6"] + " " + id_of_number["7"])
      << name;
  // The text cites in brackets, so its "(4)" is none: a document cites one
  // way (numeric_style_test.cc has the text that cites in parentheses).
  EXPECT_EQ(targets.count("(4)"), 0u) << name;
}

// Test names from the list names ("apa-hanging" -> "apa_hanging").
std::string ListName(const ::testing::TestParamInfo<std::string>& param) {
  std::string n = param.param;
  std::replace(n.begin(), n.end(), '-', '_');
  return n;
}

INSTANTIATE_TEST_SUITE_P(SixStyles, StyleLists,
                         ::testing::Values("apa-hanging", "apa-numbered", "chicago-ad-hanging",
                                           "chicago-ad-numbered", "chicago-nb-hanging",
                                           "chicago-nb-numbered", "mla-hanging", "mla-numbered",
                                           "harvard-hanging", "harvard-numbered",
                                           "vancouver-numbered"),
                         ListName);
INSTANTIATE_TEST_SUITE_P(SixStyles, NumberedStyleLists,
                         ::testing::Values("apa-numbered", "chicago-ad-numbered",
                                           "chicago-nb-numbered", "mla-numbered",
                                           "harvard-numbered", "vancouver-numbered"),
                         ListName);

}  // namespace
