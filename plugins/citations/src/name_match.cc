#include "name_match.h"

#include <algorithm>
#include <string>
#include <vector>

#include "text_scan.h"

namespace citations {

size_t EditDistance(std::string_view a, std::string_view b) {
  const size_t n = a.size(), m = b.size();
  // Three rows: two back (for transpositions), one back, current.
  std::vector<size_t> two(m + 1), one(m + 1), cur(m + 1);
  for (size_t j = 0; j <= m; ++j) one[j] = j;
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({one[j] + 1, cur[j - 1] + 1, one[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], two[j - 2] + 1);
      }
    }
    std::swap(two, one);
    std::swap(one, cur);
  }
  return one[m];
}

double FoldedNameSimilarity(std::string_view a, std::string_view b,
                            const NameMatchOptions& options) {
  if (a.empty() || b.empty()) return 0;
  if (a == b) return 1;
  size_t longer = std::max(a.size(), b.size());
  size_t allowed = std::min(options.max_distance,
                            options.letters_per_edit == 0 ? 0 : longer / options.letters_per_edit);
  if (allowed == 0) return 0;
  size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > allowed) return 0;
  size_t d = EditDistance(a, b);
  if (d > allowed) return 0;
  return 1.0 - 0.1 * static_cast<double>(d);
}

double NameSimilarity(std::string_view cited, std::string_view listed,
                      const NameMatchOptions& options) {
  return FoldedNameSimilarity(FoldName(cited), FoldName(listed), options);
}

}  // namespace citations
