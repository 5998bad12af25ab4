// The citations gold files and their scoring (citations_gold.h).
#include "citations_gold.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "text_scan.h"

namespace citations {
namespace {

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

// The nth (1-based) occurrence of s in text, or npos.
size_t Occurrence(const std::string& text, const std::string& s, int n) {
  size_t pos = std::string::npos;
  for (int i = 0; i < n; ++i) {
    pos = text.find(s, pos == std::string::npos ? 0 : pos + 1);
    if (pos == std::string::npos) break;
  }
  return pos;
}

std::string Clean(const std::string& s) {
  Span t = TrimPunctuation(s, Span{0, s.size()});
  // Trim end punctuation fully, even a '.' after an initial, on both sides alike.
  while (t.end > t.begin && (s[t.end - 1] == '.' || s[t.end - 1] == ',')) --t.end;
  return std::string(Slice(s, TrimSpace(s, t)));
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

std::string Context(const std::string& text, size_t begin, size_t end) {
  size_t from = begin >= 30 ? begin - 30 : 0;
  std::string s = text.substr(from, begin - from) + "[" + text.substr(begin, end - begin) + "]" +
                  text.substr(end, 30);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

// Reads a gold file; problems with it are test failures naming file and line.
Gold LoadGold(const std::string& path, const std::string& text) {
  Gold gold;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    std::string where = path + ":" + std::to_string(number) + ": ";
    if (f[0] == "entry" && f.size() == 5 && f[2] == "start") {
      // A start printed more than once: which occurrence is this entry's.
      int n = std::atoi(f[1].c_str());
      gold.entries[n].emplace_back(f[2], f[3]);
      gold.start_occurrence[n] = std::atoi(f[4].c_str());
    } else if (f[0] == "entry" && f.size() == 4) {
      gold.entries[std::atoi(f[1].c_str())].emplace_back(f[2], f[3]);
    } else if (f[0] == "cite" && f.size() == 4) {
      GoldCite c;
      c.surface = f[1];
      c.line = number;
      size_t pos = Occurrence(text, f[1], std::atoi(f[2].c_str()));
      if (pos == std::string::npos) {
        ADD_FAILURE() << where << "occurrence " << f[2] << " of '" << f[1] << "' not in the text";
        continue;
      }
      c.begin = pos;
      c.end = pos + f[1].size();
      if (f[3] != "-") {
        std::istringstream targets(f[3]);
        std::string t;
        while (std::getline(targets, t, ',')) c.targets.insert(std::atoi(t.c_str()));
      }
      gold.cites.push_back(c);
    } else {
      ADD_FAILURE() << where << "not an entry or cite line of four fields";
    }
  }
  return gold;
}

void Score::Add(const Score& o) {
  gold += o.gold;
  found += o.found;
  found_right += o.found_right;
  recalled += o.recalled;
  matched += o.matched;
  linked_right += o.linked_right;
  fields += o.fields;
  fields_right += o.fields_right;
}

double Ratio(size_t a, size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }

// Scores one sample; errors are appended to report.
Score ScoreSample(const std::string& name, const std::string& text, const Gold& gold,
                  const glossator::Annotations& annotations, std::ostringstream& report,
                  bool extra_people) {
  Score s;
  std::vector<const glossator::Annotation*> cites, refs;
  for (const glossator::Annotation& a : annotations.items) {
    if (a.plugin != "citations") continue;
    if (a.type == "citation") cites.push_back(&a);
    if (a.type == "reference") refs.push_back(&a);
  }
  // Gold entry N -> the predicted reference containing its start.
  std::map<int, const glossator::Annotation*> entry_ref;
  for (const auto& [n, fields] : gold.entries) {
    for (const auto& [field, value] : fields) {
      if (field != "start") continue;
      auto occurrence = gold.start_occurrence.find(n);
      int count = 0;
      for (size_t pos = text.find(value); pos != std::string::npos;
           pos = text.find(value, pos + 1)) {
        ++count;
        if (occurrence != gold.start_occurrence.end() && count != occurrence->second) continue;
        for (const glossator::Annotation* r : refs) {
          if (r->begin <= pos && pos < r->end) entry_ref[n] = r;
        }
      }
      if (!entry_ref.count(n))
        report << "  NO ENTRY " << name << " " << n << " '" << value << "'\n";
    }
  }
  auto overlaps = [](size_t b1, size_t e1, size_t b2, size_t e2) { return b1 < e2 && b2 < e1; };
  s.gold = gold.cites.size();
  s.found = cites.size();
  for (const glossator::Annotation* c : cites) {
    bool hit = std::any_of(gold.cites.begin(), gold.cites.end(), [&](const GoldCite& g) {
      return overlaps(c->begin, c->end, g.begin, g.end);
    });
    if (hit) {
      ++s.found_right;
    } else {
      report << "  FP " << name << ": " << Context(text, c->begin, c->end) << "\n";
    }
  }
  for (const GoldCite& g : gold.cites) {
    auto match = std::find_if(cites.begin(), cites.end(), [&](const glossator::Annotation* c) {
      return overlaps(c->begin, c->end, g.begin, g.end);
    });
    if (match == cites.end()) {
      report << "  FN " << name << ": " << Context(text, g.begin, g.end) << "\n";
      continue;
    }
    ++s.recalled;
    ++s.matched;
    std::set<std::string> want, got;
    for (int n : g.targets) {
      want.insert(entry_ref.count(n) ? entry_ref[n]->Attribute("id")
                                     : "entry-" + std::to_string(n));
    }
    std::istringstream targets((*match)->Attribute("target"));
    std::string t;
    while (targets >> t) got.insert(t.substr(t[0] == '#' ? 1 : 0));
    if (want == got) {
      ++s.linked_right;
    } else {
      std::string w, o;
      for (const std::string& x : want) w += x + " ";
      for (const std::string& x : got) o += x + " ";
      report << "  LINK " << name << " '" << g.surface << "': want {" << w << "} got {" << o
             << "}\n";
    }
  }
  for (const auto& [n, fields] : gold.entries) {
    const glossator::Annotation* r = entry_ref.count(n) ? entry_ref[n] : nullptr;
    std::map<std::string, std::vector<std::string>> people;
    if (r != nullptr) {
      people["author"] = Lines(r->Attribute("authors"));
      people["editor"] = Lines(r->Attribute("editors"));
    }
    std::map<std::string, size_t> seen;
    for (const auto& [field, value] : fields) {
      if (field == "start") continue;
      ++s.fields;
      std::string ours;
      if (r != nullptr && (field == "author" || field == "editor")) {
        size_t i = seen[field]++;
        if (i < people[field].size()) ours = people[field][i];
      } else if (r != nullptr) {
        ours = r->Attribute(field);
      }
      if (Clean(ours) == Clean(value)) {
        ++s.fields_right;
      } else {
        report << "  PART " << name << " entry " << n << " " << field << ": want '" << value
               << "' got '" << ours << "'\n";
      }
    }
    // People we found that the gold lacks: reported, not counted (parts
    // accuracy is over the gold's fields).
    for (const char* field : {"author", "editor"}) {
      for (size_t i = seen[field]; extra_people && r != nullptr && i < people[field].size(); ++i) {
        report << "  EXTRA " << name << " entry " << n << " " << field << " '" << people[field][i]
               << "'\n";
      }
    }
  }
  return s;
}

Score PrintScores(const std::map<std::string, Score>& scores) {
  Score total;
  std::printf("%-18s %5s %5s %9s %7s %6s %6s\n", "document", "gold", "found", "precision", "recall",
              "links", "parts");
  auto row = [](const std::string& name, const Score& s) {
    std::printf("%-18s %5zu %5zu %9.3f %7.3f %6.3f %6.3f  (%zu/%zu links, %zu/%zu fields)\n",
                name.c_str(), s.gold, s.found, Ratio(s.found_right, s.found),
                Ratio(s.recalled, s.gold), Ratio(s.linked_right, s.matched),
                Ratio(s.fields_right, s.fields), s.linked_right, s.matched, s.fields_right,
                s.fields);
  };
  for (const auto& [name, s] : scores) {
    row(name, s);
    total.Add(s);
  }
  row("overall", total);
  return total;
}

}  // namespace citations
