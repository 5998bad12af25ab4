// segmentation_eval: scores the reference-list entry segmenter on GROBID's
// reference-segmenter data (whole reference sections, each entry a <bibl>,
// line breaks <lb/>).
//
//   segmentation_eval DIR HELD_OUT_LIST tuning|held-out [lines|section] [--show]
//
// DIR is ../shared/data/real/references/grobid-segmenter; HELD_OUT_LIST is
// data/held_out/grobid-segmenter.txt (data/README.md). Units: "lines" gives
// the segmenter the section's lines (from <lb/>), what it would see if the
// core told plugins where lines break; "section" gives it the whole section
// as one block, what a plugin sees today of a list set flush left without
// gaps. Lines that hold no entry text (a heading, a page number) are left out,
// as the core leaves out running heads and page numbers. An entry counts as
// found when its span is exactly a gold entry's. --show prints every miss
// (tuning files only: the held-out ones are never looked at while tuning).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "entry_segmenter.h"

namespace {

using citations::Span;

struct Section {
  std::string text;
  std::vector<Span> lines;     // lines holding entry text
  std::vector<Span> gold;      // each <bibl>, trimmed
  std::vector<bool> labelled;  // whether each gold <bibl> has a <label>
};

// The gold with GROBID's split of grouped references undone: in a numbered
// list, "[3] A, 1990; B, 1992" is one entry for us (one number, one <bibl>),
// two <bibl> for GROBID, the second without a label. When most entries have
// labels, an unlabelled one is joined to the one before.
std::vector<Span> GroupedGold(const Section& s) {
  size_t labelled = 0;
  for (bool l : s.labelled) labelled += l;
  if (2 * labelled < s.gold.size()) return s.gold;
  std::vector<Span> out;
  for (size_t i = 0; i < s.gold.size(); ++i) {
    if (!s.labelled[i] && !out.empty()) {
      out.back().end = s.gold[i].end;
    } else {
      out.push_back(s.gold[i]);
    }
  }
  return out;
}

struct Reader {
  std::string line;
  std::vector<std::pair<size_t, size_t>> line_bibls;  // (begin, end) in line, per bibl piece
  std::vector<int> piece_bibl;
  int current_bibl = -1, bibl_count = 0;
  Section out;
  std::vector<Span> gold_raw;
  std::vector<bool> labelled;

  void Text(const char* s) {
    for (const char* p = s; *p; ++p) {
      char c = *p;
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (space) {
        if (!line.empty() && line.back() != ' ') line.push_back(' ');
        continue;
      }
      if (current_bibl >= 0) {
        if (line_bibls.empty() || piece_bibl.back() != current_bibl ||
            line_bibls.back().second != line.size()) {
          line_bibls.emplace_back(line.size(), line.size());
          piece_bibl.push_back(current_bibl);
        }
        line.push_back(c);
        line_bibls.back().second = line.size();
      } else {
        line.push_back(c);
      }
    }
  }

  void EndLine() {
    // A line with no entry text is left out (a heading, a page number).
    if (!line_bibls.empty()) {
      if (!out.text.empty()) out.text.push_back(' ');
      size_t base = out.text.size();
      size_t b = line.find_first_not_of(' ');
      size_t e = line.find_last_not_of(' ') + 1;
      out.text += line.substr(b, e - b);
      out.lines.push_back(Span{base, base + (e - b)});
      for (size_t k = 0; k < line_bibls.size(); ++k) {
        size_t gb = base + line_bibls[k].first - b, ge = base + line_bibls[k].second - b;
        Span& g = gold_raw[piece_bibl[k]];
        if (g.empty()) g.begin = gb;
        g.end = ge;
      }
    }
    line.clear();
    line_bibls.clear();
    piece_bibl.clear();
  }

  void Walk(const pugi::xml_node& node) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        Text(child.value());
      } else if (child.type() == pugi::node_element) {
        std::string name = child.name();
        if (name == "lb") {
          EndLine();
        } else if (name == "bibl") {
          current_bibl = bibl_count++;
          gold_raw.emplace_back();
          labelled.push_back(static_cast<bool>(child.child("label")));
          Walk(child);
          current_bibl = -1;
        } else {
          Walk(child);
        }
      }
    }
  }
};

bool ReadSection(const std::filesystem::path& path, Section* out) {
  pugi::xml_document doc;
  if (!doc.load_file(path.c_str(), pugi::parse_default | pugi::parse_ws_pcdata)) return false;
  pugi::xml_node text = doc.select_node("//text").node();
  if (!text) return false;
  Reader r;
  r.Walk(text);
  r.EndLine();
  *out = std::move(r.out);
  for (size_t i = 0; i < r.gold_raw.size(); ++i) {
    if (r.gold_raw[i].empty()) continue;
    out->gold.push_back(r.gold_raw[i]);
    out->labelled.push_back(r.labelled[i]);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s DIR HELD_OUT_LIST tuning|held-out [lines|section] [--show]\n",
                 argv[0]);
    return 2;
  }
  std::filesystem::path dir = argv[1];
  std::string part = argv[3];
  std::string units = argc > 4 ? argv[4] : "lines";
  bool show = argc > 5 && std::string(argv[5]) == "--show";
  if (part != "tuning" && part != "held-out") {
    std::fprintf(stderr, "%s: part must be tuning or held-out, not %s\n", argv[0], part.c_str());
    return 2;
  }
  if (show && part != "tuning") {
    std::fprintf(stderr, "%s: --show is for the tuning files only\n", argv[0]);
    return 2;
  }
  std::ifstream list(argv[2]);
  if (!list) {
    std::fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[2]);
    return 1;
  }
  std::set<std::string> held_out;
  for (std::string name; std::getline(list, name);) {
    if (!name.empty()) held_out.insert(name);
  }
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) files.push_back(e.path());
  if (ec || files.empty()) {
    std::fprintf(stderr, "%s: no files in %s\n", argv[0], dir.c_str());
    return 1;
  }
  std::sort(files.begin(), files.end());
  size_t gold_total = 0, predicted_total = 0, exact_total = 0, file_count = 0;
  size_t grouped_total = 0, grouped_exact = 0, wrong_first_author = 0;
  for (const auto& path : files) {
    bool is_held_out = held_out.count(path.filename().string()) > 0;
    if (is_held_out != (part == "held-out")) continue;
    Section s;
    if (!ReadSection(path, &s)) {
      std::fprintf(stderr, "%s: cannot read %s\n", argv[0], path.c_str());
      return 1;
    }
    if (s.lines.empty()) continue;
    std::vector<Span> u = s.lines;
    if (units == "section") u = {Span{s.lines.front().begin, s.lines.back().end}};
    std::vector<citations::SegmentedEntry> found = citations::SegmentEntries(s.text, u);
    std::set<std::pair<size_t, size_t>> gold;
    for (Span g : s.gold) gold.emplace(g.begin, g.end);
    size_t exact = 0;
    for (const auto& e : found) exact += gold.count({e.span.begin, e.span.end});
    std::set<std::pair<size_t, size_t>> grouped;
    for (Span g : GroupedGold(s)) grouped.emplace(g.begin, g.end);
    for (const auto& e : found) grouped_exact += grouped.count({e.span.begin, e.span.end});
    grouped_total += grouped.size();
    // Wrong first author: an entry found that starts where no gold entry
    // starts begins inside another entry (a wrapped author line, a title),
    // so the name it would be cited by is not its first author's.
    std::set<size_t> gold_starts;
    for (Span g : GroupedGold(s)) gold_starts.insert(g.begin);
    for (const auto& e : found) wrong_first_author += !gold_starts.count(e.span.begin);
    ++file_count;
    gold_total += gold.size();
    predicted_total += found.size();
    exact_total += exact;
    std::printf("%-80s gold %4zu found %4zu exact %4zu\n", path.filename().c_str(), gold.size(),
                found.size(), exact);
    if (show) {
      std::set<std::pair<size_t, size_t>> predicted;
      for (const auto& e : found) predicted.emplace(e.span.begin, e.span.end);
      for (Span g : s.gold) {
        if (predicted.count({g.begin, g.end})) continue;
        std::printf("  MISSED  %s\n",
                    s.text.substr(g.begin, std::min<size_t>(g.size(), 160)).c_str());
      }
      for (const auto& e : found) {
        if (gold.count({e.span.begin, e.span.end})) continue;
        std::printf("  WRONG   %s\n",
                    s.text.substr(e.span.begin, std::min<size_t>(e.span.size(), 160)).c_str());
      }
    }
  }
  std::printf("%s, units %s: %zu entries found start inside a gold entry (wrong first author)\n",
              part.c_str(), units.c_str(), wrong_first_author);
  double recall = gold_total ? static_cast<double>(exact_total) / gold_total : 0;
  double precision = predicted_total ? static_cast<double>(exact_total) / predicted_total : 0;
  std::printf(
      "%s, units %s: %zu files, %zu gold entries, %zu found, %zu exact: recall %.3f, "
      "precision %.3f\n",
      part.c_str(), units.c_str(), file_count, gold_total, predicted_total, exact_total, recall,
      precision);
  std::printf(
      "%s, units %s, grouped references as one entry: %zu gold entries, %zu exact: "
      "recall %.3f, precision %.3f\n",
      part.c_str(), units.c_str(), grouped_total, grouped_exact,
      grouped_total ? static_cast<double>(grouped_exact) / grouped_total : 0,
      predicted_total ? static_cast<double>(grouped_exact) / predicted_total : 0);
  return 0;
}
