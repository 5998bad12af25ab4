#include "gold_file.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace vignettes {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

// The index of the first sentence that starts with prefix, at or after from;
// passage.sentences.size() when there is none.
size_t SentenceStartingWith(const Passage& passage, const std::string& prefix, size_t from) {
  for (size_t i = from; i < passage.sentences.size(); ++i) {
    if (passage.TextOf(passage.sentences[i]).substr(0, prefix.size()) == prefix) return i;
  }
  return passage.sentences.size();
}

// Failing a sentence start, the sentence holding the first occurrence of prefix.
size_t SentenceHolding(const Passage& passage, const std::string& prefix) {
  size_t at = passage.text.find(prefix);
  if (at == std::string_view::npos) return passage.sentences.size();
  for (size_t i = 0; i < passage.sentences.size(); ++i) {
    if (passage.sentences[i].begin <= at && at < passage.sentences[i].end) return i;
  }
  return passage.sentences.size();
}

size_t Locate(const Passage& passage, const std::string& prefix, size_t from) {
  size_t i = SentenceStartingWith(passage, prefix, from);
  if (i == passage.sentences.size()) i = SentenceStartingWith(passage, prefix, 0);
  if (i == passage.sentences.size()) i = SentenceHolding(passage, prefix);
  return i;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

bool Overlaps(const TextRange& a, const TextRange& b) { return a.begin < b.end && b.begin < a.end; }

glossator::Result<Gold> LoadGold(const std::string& path, const Passage& passage) {
  std::ifstream in(path);
  if (!in) return glossator::Status::NotFound(path + ": cannot be read");
  Gold gold;
  std::string line;
  int number = 0;
  size_t cursor = 0;
  const size_t none = passage.sentences.size();
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::string where = path + ":" + std::to_string(number) + ": ";
    std::vector<std::string> f = SplitTabs(line);
    if (f[0] == "vignette" && f.size() >= 3) {
      size_t first = Locate(passage, f[1], cursor);
      if (first == none) {
        return glossator::Status::InvalidArgument(where + "no sentence starts with \"" + f[1] +
                                                  "\"");
      }
      size_t last = Locate(passage, f[2], first);
      if (last == none || last < first) {
        return glossator::Status::InvalidArgument(where + "no sentence starting with \"" + f[2] +
                                                  "\" at or after the first");
      }
      GoldVignette v;
      v.range = {passage.sentences[first].begin, passage.sentences[last].end};
      v.first_sentence = first;
      v.person = f.size() >= 4 && f[3] != "-" ? f[3] : "";
      v.line = number;
      gold.vignettes.push_back(v);
      cursor = last;
    } else if (f[0] == "not" && f.size() >= 3) {
      size_t start = Locate(passage, f[2], 0);
      if (start == none) {
        return glossator::Status::InvalidArgument(where + "no sentence starts with \"" + f[2] +
                                                  "\"");
      }
      gold.look_alikes.push_back(
          {f[1], {passage.sentences[start].begin, passage.sentences[start].end}, number});
    } else {
      return glossator::Status::InvalidArgument(
          where +
          "expected \"vignette<TAB>FIRST<TAB>LAST<TAB>PERSON\" or \"not<TAB>KIND<TAB>START\"");
    }
  }
  return gold;
}

GoldScore& GoldScore::operator+=(const GoldScore& o) {
  gold += o.gold;
  found += o.found;
  found_start += o.found_start;
  person_found += o.person_found;
  predicted += o.predicted;
  correct += o.correct;
  look_alikes += o.look_alikes;
  look_alikes_hit += o.look_alikes_hit;
  notes.insert(notes.end(), o.notes.begin(), o.notes.end());
  return *this;
}

GoldScore ScoreAgainstGold(const Passage& passage, const Gold& gold,
                           const std::vector<Predicted>& predicted) {
  GoldScore s;
  auto excerpt = [&](const TextRange& r) {
    std::string t(passage.text.substr(r.begin, std::min<size_t>(60, r.end - r.begin)));
    std::replace(t.begin(), t.end(), '\n', ' ');
    return "\"" + t + "...\"";
  };
  s.gold = gold.vignettes.size();
  s.predicted = predicted.size();
  for (const GoldVignette& g : gold.vignettes) {
    const Predicted* best = nullptr;
    for (const Predicted& p : predicted) {
      if (Overlaps(p.range, g.range)) {
        best = &p;
        break;
      }
    }
    if (best == nullptr) {
      s.notes.push_back("missed vignette (line " + std::to_string(g.line) + ") " +
                        excerpt(g.range));
      continue;
    }
    ++s.found;
    size_t a = best->first_sentence, b = g.first_sentence;
    if ((a > b ? a - b : b - a) <= 1) {
      ++s.found_start;
    } else {
      s.notes.push_back("start off by " + std::to_string(a > b ? a - b : b - a) +
                        " sentences (line " + std::to_string(g.line) + "): predicted " +
                        excerpt(best->range));
    }
    std::string gold_person = Lower(g.person), predicted_person = Lower(best->person);
    bool person_ok = !gold_person.empty() && !predicted_person.empty() &&
                     (gold_person.find(predicted_person) != std::string::npos ||
                      predicted_person.find(gold_person) != std::string::npos);
    if (g.person.empty() || person_ok) {
      ++s.person_found;
    } else {
      s.notes.push_back("person (line " + std::to_string(g.line) + "): gold \"" + g.person +
                        "\", predicted \"" + best->person + "\"");
    }
  }
  for (const Predicted& p : predicted) {
    bool hit = std::any_of(gold.vignettes.begin(), gold.vignettes.end(),
                           [&](const GoldVignette& g) { return Overlaps(p.range, g.range); });
    if (hit) {
      ++s.correct;
    } else {
      s.notes.push_back("false vignette " + excerpt(p.range));
    }
  }
  s.look_alikes = gold.look_alikes.size();
  for (const GoldLookAlike& l : gold.look_alikes) {
    bool hit = std::any_of(predicted.begin(), predicted.end(),
                           [&](const Predicted& p) { return Overlaps(p.range, l.range); });
    if (hit) {
      ++s.look_alikes_hit;
      s.notes.push_back("look-alike taken for a vignette (" + l.kind + ", line " +
                        std::to_string(l.line) + ") " + excerpt(l.range));
    }
  }
  return s;
}

}  // namespace vignettes
