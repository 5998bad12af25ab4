#include "sequence_model.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace citations {
namespace {

std::string Header() {
  return "glossator-citations-labeller 1 features=" + std::to_string(kFeatureVersion) +
         " labels=" + std::to_string(kFieldLabelCount) +
         " buckets=" + std::to_string(kFeatureBuckets);
}

}  // namespace

void SequenceModel::Finish() {
  nonzero_ = 0;
  for (float w : weights_) nonzero_ += w != 0.0f;
}

bool SequenceModel::Load(const std::string& path, std::string* error) {
  std::fill(weights_.begin(), weights_.end(), 0.0f);
  nonzero_ = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot be read";
    return false;
  }
  std::ostringstream whole;
  whole << in.rdbuf();
  const std::string data = whole.str();
  size_t eol = data.find('\n');
  if (data.compare(0, eol, Header()) != 0) {
    *error = path + ":1: not a labeller model for these features (want \"" + Header() + "\")";
    return false;
  }
  // "index weight" lines, read with from_chars (a model has some 10^5 of them).
  const char* p = data.data() + (eol == std::string::npos ? data.size() : eol + 1);
  const char* end = data.data() + data.size();
  for (size_t line = 2; p < end; ++line) {
    if (*p == '\n') {
      ++p;
      continue;
    }
    size_t index = 0;
    double weight = 0;
    auto [after_index, e1] = std::from_chars(p, end, index);
    const char* q = after_index;
    while (q < end && *q == ' ') ++q;
    auto [after_weight, e2] = std::from_chars(q, end, weight);
    if (e1 != std::errc() || e2 != std::errc() || index >= kSize ||
        (after_weight < end && *after_weight != '\n')) {
      *error = path + ":" + std::to_string(line) + ": not \"index weight\" within the model";
      std::fill(weights_.begin(), weights_.end(), 0.0f);
      return false;
    }
    weights_[index] = static_cast<float>(weight);
    p = after_weight < end ? after_weight + 1 : end;
  }
  Finish();
  if (nonzero_ == 0) *error = path + ": no weights";
  return nonzero_ > 0;
}

bool SequenceModel::Save(const std::string& path, std::string* error) const {
  std::ofstream out(path);
  out << Header() << "\n";
  char buffer[64];
  for (size_t i = 0; i < weights_.size(); ++i) {
    if (weights_[i] == 0.0f) continue;
    std::snprintf(buffer, sizeof buffer, "%zu %.6g\n", i, static_cast<double>(weights_[i]));
    out << buffer;
  }
  out.close();
  if (!out) {
    *error = path + ": cannot be written";
    return false;
  }
  return true;
}

std::vector<FieldLabel> SequenceModel::Label(const std::vector<LabelToken>& tokens) const {
  constexpr size_t L = kFieldLabelCount;
  const size_t n = tokens.size();
  std::vector<FieldLabel> out(n, kOtherField);
  if (n == 0) return out;
  std::vector<float> score(n * L);
  std::vector<uint8_t> back(n * L, 0);
  auto emission = [&](size_t t, size_t label) {
    float s = 0;
    for (uint32_t f : tokens[t].features) s += weights_[label * kFeatureBuckets + f];
    return s;
  };
  auto transition = [&](size_t previous, size_t label) {
    return weights_[kTransitions + previous * L + label];
  };
  for (size_t l = 0; l < L; ++l) score[l] = emission(0, l) + transition(L, l);
  for (size_t t = 1; t < n; ++t) {
    for (size_t l = 0; l < L; ++l) {
      float best = -1e30f;
      size_t arg = 0;
      for (size_t p = 0; p < L; ++p) {
        float s = score[(t - 1) * L + p] + transition(p, l);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * L + l] = best + emission(t, l);
      back[t * L + l] = static_cast<uint8_t>(arg);
    }
  }
  size_t label = 0;
  for (size_t l = 1; l < L; ++l) {
    if (score[(n - 1) * L + l] > score[(n - 1) * L + label]) label = l;
  }
  for (size_t t = n; t-- > 0;) {
    out[t] = static_cast<FieldLabel>(label);
    label = back[t * L + label];
  }
  return out;
}

}  // namespace citations
