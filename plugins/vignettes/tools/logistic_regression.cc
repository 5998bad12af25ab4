#include "logistic_regression.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace vignettes {
namespace {

constexpr size_t kDim = kCueCount + 1;  // the cues, then the bias
using Vector = std::vector<double>;
using Matrix = std::vector<Vector>;

// Solves a x = b for a symmetric positive definite a (Gaussian elimination
// with partial pivoting; a and b are consumed).
Vector Solve(Matrix a, Vector b) {
  const size_t n = b.size();
  for (size_t col = 0; col < n; ++col) {
    size_t pivot = col;
    for (size_t r = col + 1; r < n; ++r) {
      if (std::fabs(a[r][col]) > std::fabs(a[pivot][col])) pivot = r;
    }
    std::swap(a[col], a[pivot]);
    std::swap(b[col], b[pivot]);
    for (size_t r = col + 1; r < n; ++r) {
      double f = a[r][col] / a[col][col];
      for (size_t c = col; c < n; ++c) a[r][c] -= f * a[col][c];
      b[r] -= f * b[col];
    }
  }
  Vector x(n, 0);
  for (size_t r = n; r-- > 0;) {
    double s = b[r];
    for (size_t c = r + 1; c < n; ++c) s -= a[r][c] * x[c];
    x[r] = s / a[r][r];
  }
  return x;
}

}  // namespace

Weights FitLogisticRegression(const std::vector<Example>& examples, double l2) {
  size_t positives = 0;
  for (const Example& e : examples) positives += e.positive ? 1 : 0;
  const size_t negatives = examples.size() - positives;
  if (positives == 0 || negatives == 0) return Weights{};
  const double n = static_cast<double>(examples.size());
  const double weight_pos = n / (2.0 * static_cast<double>(positives));
  const double weight_neg = n / (2.0 * static_cast<double>(negatives));

  Vector w(kDim, 0);
  for (int iteration = 0; iteration < 50; ++iteration) {
    Vector gradient(kDim, 0);
    Matrix hessian(kDim, Vector(kDim, 0));
    for (const Example& e : examples) {
      Vector x(e.cues.begin(), e.cues.end());
      x.push_back(1.0);
      double z = 0;
      for (size_t i = 0; i < kDim; ++i) z += w[i] * x[i];
      double p = 1.0 / (1.0 + std::exp(-z));
      double weight = (e.positive ? weight_pos : weight_neg) / n;
      double error = p - (e.positive ? 1.0 : 0.0);
      for (size_t i = 0; i < kDim; ++i) {
        gradient[i] += weight * error * x[i];
        for (size_t j = 0; j < kDim; ++j) hessian[i][j] += weight * p * (1 - p) * x[i] * x[j];
      }
    }
    for (size_t i = 0; i + 1 < kDim; ++i) {
      gradient[i] += l2 * w[i];
      hessian[i][i] += l2;
    }
    hessian[kDim - 1][kDim - 1] += 1e-9;  // keeps the system solvable
    Vector step = Solve(hessian, gradient);
    double change = 0;
    for (size_t i = 0; i < kDim; ++i) {
      w[i] -= step[i];
      change = std::max(change, std::fabs(step[i]));
    }
    if (change < 1e-8) break;
  }
  Weights out;
  for (size_t i = 0; i < kCueCount; ++i) out.cue[i] = w[i];
  out.bias = w[kDim - 1];
  return out;
}

}  // namespace vignettes
