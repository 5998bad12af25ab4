#include "real_score.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace vignettes {
namespace {

std::string Key(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      i += 2;  // typographic quotes and dashes
    } else if (c >= 0x80) {
      out += static_cast<char>(c);
    } else if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    }
  }
  return out;
}

size_t SentenceAt(const Passage& p, size_t offset) {
  size_t k = 0;
  while (k + 1 < p.sentences.size() && p.sentences[k + 1].begin <= offset) ++k;
  return k;
}

double Share(size_t pb, size_t pe, size_t gb, size_t ge) {
  size_t lo = std::max(pb, gb), hi = std::min(pe, ge);
  return hi > lo ? static_cast<double>(hi - lo) / static_cast<double>(ge - gb) : 0.0;
}

}  // namespace

RealScore& RealScore::operator+=(const RealScore& o) {
  gold += o.gold;
  found += o.found;
  person_right += o.person_right;
  predicted += o.predicted;
  correct += o.correct;
  fused += o.fused;
  confidence.insert(confidence.end(), o.confidence.begin(), o.confidence.end());
  notes.insert(notes.end(), o.notes.begin(), o.notes.end());
  return *this;
}

bool PersonMatches(std::string_view person, const std::vector<std::string>& keys) {
  std::string p = Key(person);
  return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) {
    std::string key = Key(k);
    return !key.empty() && p.find(key) != std::string::npos;
  });
}

RealScore ScoreRealText(const RealText& text, const std::vector<Vignette>& predicted) {
  RealScore s;
  const Passage& p = text.passage;
  const std::string name = text.labels.text;
  std::vector<bool> correct(predicted.size(), false);
  auto patient_of = [&](const RealLabel& l) { return l.returns_to.empty() ? l.id : l.returns_to; };
  for (const RealLabel& l : text.labels.labels) {
    if (l.aside) continue;
    ++s.gold;
    size_t start = SentenceAt(p, l.begin);
    bool found = false;
    for (size_t j = 0; j < predicted.size() && !found; ++j) {
      const TextRange& r = predicted[j].range;
      size_t pstart = SentenceAt(p, r.begin);
      size_t off = pstart > start ? pstart - start : start - pstart;
      if (Share(r.begin, r.end, l.begin, l.end) < kFoundMinCoverage ||
          off > kFoundStartToleranceSentences) {
        continue;
      }
      found = true;
      correct[j] = true;
      ++s.found;
      std::string person =
          predicted[j].person
              ? std::string(p.text.substr(predicted[j].person->begin,
                                          predicted[j].person->end - predicted[j].person->begin))
              : "";
      if (PersonMatches(person, l.person_keys)) {
        ++s.person_right;
      } else {
        s.notes.push_back(name + " " + l.id + ": person \"" + person + "\"");
      }
    }
    if (!found)
      s.notes.push_back(name + " " + l.id + ": missed (line " + std::to_string(l.line) + ")");
  }
  for (size_t j = 0; j < predicted.size(); ++j) {
    ++s.predicted;
    if (correct[j]) ++s.correct;
    s.confidence.emplace_back(predicted[j].run.confidence, correct[j]);
    std::set<std::string> patients;
    for (const RealLabel& l : text.labels.labels) {
      if (!l.aside && Share(predicted[j].range.begin, predicted[j].range.end, l.begin, l.end) >=
                          kFusedMinShare) {
        patients.insert(patient_of(l));
      }
    }
    if (patients.size() > 1) {
      ++s.fused;
      s.notes.push_back(name + ": prediction " + std::to_string(j) + " fuses patients");
    }
    if (!correct[j]) {
      std::string head(p.text.substr(predicted[j].range.begin, 70));
      std::replace(head.begin(), head.end(), '\n', ' ');
      s.notes.push_back(name + ": unmatched prediction \"" + head + "\"");
    }
  }
  return s;
}

}  // namespace vignettes
