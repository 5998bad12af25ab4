#include "training_set.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "grobid_dataset.h"

namespace citations::testing {
namespace {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

void Mix(uint64_t* h, const void* data, size_t size) {
  const unsigned char* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < size; ++i) {
    *h ^= p[i];
    *h *= kFnvPrime;
  }
}

template <typename T>
void MixValue(uint64_t* h, T value) {
  Mix(h, &value, sizeof value);
}

}  // namespace

std::vector<unsigned long> TokenLabels(const AnyStyleSequence& seq,
                                       const std::vector<LabelToken>& tokens) {
  std::vector<unsigned long> labels;
  for (const LabelToken& t : tokens) {
    unsigned long label = kOtherField;
    // The field of the token's first character that lies in one.
    size_t best = static_cast<size_t>(-1);
    for (size_t f = 0; f < seq.spans.size(); ++f) {
      auto [b, e] = seq.spans[f];
      if (e <= t.span.begin || b >= t.span.end) continue;
      size_t first = std::max(b, t.span.begin);
      if (first < best) {
        best = first;
        label = FieldLabelOf(seq.fields[f].first);
      }
    }
    labels.push_back(label);
  }
  return labels;
}

TrainingSet BuildTrainingSet(const std::string& anystyle_path, const std::string& grobid_dir,
                             const std::string& held_out_list, bool hold_out_fifth,
                             std::string* error) {
  TrainingSet set;
  std::vector<AnyStyleSequence> anystyle = ReadAnyStyleDataset(anystyle_path, error);
  if (!error->empty()) return {};
  std::vector<AnyStyleSequence> all;
  for (size_t i = 0; i < anystyle.size(); ++i) {
    if (hold_out_fifth && i % 5 == 4) continue;
    all.push_back(std::move(anystyle[i]));
  }
  set.anystyle = all.size();
  if (!grobid_dir.empty()) {
    std::vector<std::string> held_out = ReadFileList(held_out_list, error);
    if (!error->empty()) return {};
    std::vector<AnyStyleSequence> grobid =
        ReadGrobidDirectory(grobid_dir, held_out, /*held_out=*/false, error);
    if (!error->empty()) return {};
    set.grobid = grobid.size();
    for (AnyStyleSequence& s : grobid) all.push_back(std::move(s));
  }
  for (const AnyStyleSequence& seq : all) {
    std::vector<LabelToken> tokens = TokenizeForLabelling(seq.text, Span{0, seq.text.size()});
    if (tokens.empty()) continue;
    set.y.push_back(TokenLabels(seq, tokens));
    set.x.push_back(std::move(tokens));
  }
  return set;
}

uint64_t TrainingDigest(const TrainingSet& set, const TrainingSettings& settings) {
  uint64_t h = kFnvOffset;
  MixValue(&h, settings.c);
  MixValue(&h, settings.epsilon);
  MixValue(&h, static_cast<uint32_t>(kFieldLabelCount));
  MixValue(&h, kFeatureBuckets);
  MixValue(&h, static_cast<uint64_t>(set.x.size()));
  for (size_t s = 0; s < set.x.size(); ++s) {
    MixValue(&h, static_cast<uint64_t>(set.x[s].size()));
    for (size_t t = 0; t < set.x[s].size(); ++t) {
      MixValue(&h, static_cast<uint64_t>(set.y[s][t]));
      for (uint32_t f : set.x[s][t].features) MixValue(&h, f);
      MixValue(&h, ~0u);  // the end of a token's features
    }
  }
  return h;
}

uint64_t FileDigest(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return 0;
  std::ostringstream whole;
  whole << in.rdbuf();
  std::string data = whole.str();
  uint64_t h = kFnvOffset;
  Mix(&h, data.data(), data.size());
  return h;
}

std::string DigestLine(uint64_t inputs, uint64_t model) {
  char line[80];
  std::snprintf(line, sizeof line, "inputs=%016llx model=%016llx",
                static_cast<unsigned long long>(inputs), static_cast<unsigned long long>(model));
  return line;
}

}  // namespace citations::testing
