#include "sequence_model.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <new>
#include <sstream>
#include <string_view>

namespace citations {
namespace {

std::string Header() {
  return "glossator-citations-labeller 1 features=" + std::to_string(kFeatureVersion) +
         " labels=" + std::to_string(kFieldLabelCount) +
         " buckets=" + std::to_string(kFeatureBuckets);
}

constexpr std::string_view kCompiledMagic = "glossator-citations-labeller-compiled ";
constexpr char kNonzeroKey[] = " nonzero=";

std::string CompiledHeader() {
  return std::string(kCompiledMagic) + "1 features=" + std::to_string(kFeatureVersion) +
         " labels=" + std::to_string(kFieldLabelCount) +
         " buckets=" + std::to_string(kFeatureBuckets) +
         " weights=" + std::to_string(SequenceModel::kSize) +
         " order=" + (std::endian::native == std::endian::little ? "little" : "big");
}

}  // namespace

SequenceModel::SequenceModel()
    : storage_(static_cast<float*>(std::calloc(kSize, sizeof(float)))),
      weights_(storage_.get(), kSize) {
  if (storage_ == nullptr) throw std::bad_alloc();
}

bool SequenceModel::operator==(const SequenceModel& other) const {
  return nonzero_ == other.nonzero_ &&
         std::equal(weights_.begin(), weights_.end(), other.weights_.begin());
}

void SequenceModel::Finish() {
  nonzero_ = 0;
  for (float w : weights_) nonzero_ += w != 0.0f;
}

bool SequenceModel::Load(const std::string& path, std::string* error) {
  nonzero_ = 0;
  std::ifstream in(path, std::ios::binary);
  std::string first;
  bool loaded = false;
  if (!in) {
    *error = path + ": cannot be read";
  } else if (std::getline(in, first); first.starts_with(CompiledHeader() + kNonzeroKey)) {
    // Every weight is read over: no clearing, no counting (the header has the count).
    loaded = LoadCompiled(path, first, in, error);
  } else if (first.starts_with(kCompiledMagic)) {
    *error = path + ":1: a compiled labeller model for other features or another byte order " +
             "(want \"" + CompiledHeader() + kNonzeroKey + "N\")";
  } else if (first != Header()) {
    *error = path + ":1: not a labeller model for these features (want \"" + Header() + "\")";
  } else {
    std::fill(weights_.begin(), weights_.end(), 0.0f);
    loaded = LoadText(path, in, error);
    if (loaded) Finish();
  }
  if (!loaded) {
    std::fill(weights_.begin(), weights_.end(), 0.0f);
    nonzero_ = 0;
    return false;
  }
  if (nonzero_ == 0) *error = path + ": no weights";
  return nonzero_ > 0;
}

bool SequenceModel::LoadText(const std::string& path, std::istream& in, std::string* error) {
  std::ostringstream whole;
  whole << in.rdbuf();
  const std::string data = whole.str();
  // "index weight" lines, read with from_chars (a model has some 10^5 of them).
  const char* p = data.data();
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
      return false;
    }
    weights_[index] = static_cast<float>(weight);
    p = after_weight < end ? after_weight + 1 : end;
  }
  return true;
}

bool SequenceModel::LoadCompiled(const std::string& path, const std::string& first,
                                 std::istream& in, std::string* error) {
  const size_t count_at = CompiledHeader().size() + std::strlen(kNonzeroKey);
  size_t nonzero = 0;
  auto [after, e] = std::from_chars(first.data() + count_at, first.data() + first.size(), nonzero);
  if (e != std::errc() || after != first.data() + first.size() || nonzero > kSize) {
    *error = path + ":1: a compiled labeller model without its count of weights";
    return false;
  }
  const std::streamsize bytes = static_cast<std::streamsize>(weights_.size() * sizeof(float));
  in.read(reinterpret_cast<char*>(weights_.data()), bytes);
  if (in.gcount() != bytes || in.peek() != std::char_traits<char>::eof()) {
    *error = path + ": a compiled labeller model of the wrong size (want " + std::to_string(bytes) +
             " bytes of weights after its first line)";
    return false;
  }
  nonzero_ = nonzero;
  return true;
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

bool SequenceModel::SaveCompiled(const std::string& path, std::string* error) const {
  const std::string temporary = path + ".partial";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    const size_t nonzero = static_cast<size_t>(
        std::count_if(weights_.begin(), weights_.end(), [](float w) { return w != 0.0f; }));
    out << CompiledHeader() << kNonzeroKey << nonzero << "\n";
    out.write(reinterpret_cast<const char*>(weights_.data()),
              static_cast<std::streamsize>(weights_.size() * sizeof(float)));
    out.close();
    if (!out) {
      std::remove(temporary.c_str());
      *error = path + ": cannot be written";
      return false;
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
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
