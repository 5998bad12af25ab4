#include "edits/deleted_passages.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

#include "edits/machine_id.h"

namespace glossator::edits {
namespace {

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// Where an annotation may begin or end: not on a space, and at a word's edge.
bool CanBegin(const std::string& t, size_t i) {
  return i < t.size() && t[i] != ' ' && (t[i] & 0xC0) != 0x80 &&
         (i == 0 || !IsWordChar(t[i - 1]) || !IsWordChar(t[i]));
}
bool CanEnd(const std::string& t, size_t e) {
  return e > 0 && t[e - 1] != ' ' && (e == t.size() || (t[e] & 0xC0) != 0x80) &&
         (e == t.size() || !IsWordChar(t[e]) || !IsWordChar(t[e - 1]));
}

}  // namespace

std::vector<DeletedPassage> FindDeletedPassages(const EditedTei& edited, const Annotations& run) {
  std::vector<DeletedPassage> out;
  if (edited.deleted_ids.empty()) return out;
  // The kinds of annotation the run makes, with the longest of each.
  std::map<std::pair<std::string, std::string>, size_t> kinds;
  for (const Annotation& a : run.items) {
    if (a.by_person) continue;
    size_t& longest = kinds[{a.plugin, a.type}];
    longest = std::max(longest, a.end - a.begin);
  }
  const std::string& text = edited.text;
  const std::vector<std::string>& order = edited.machine_order;
  for (size_t i = 0; i < order.size(); ++i) {
    if (!edited.deleted_ids.count(order[i])) continue;
    // The nearest ids on each side that are still in the text.
    size_t lo = 0, hi = text.size();
    for (size_t k = i; k-- > 0;) {
      auto r = edited.id_ranges.find(order[k]);
      if (r != edited.id_ranges.end()) {
        lo = std::min(r->second.first, text.size());
        break;
      }
    }
    for (size_t k = i + 1; k < order.size(); ++k) {
      auto r = edited.id_ranges.find(order[k]);
      if (r != edited.id_ranges.end()) {
        hi = std::min(r->second.first, text.size());
        break;
      }
    }
    if (hi < lo || hi - lo > kMaxDeletedWindow) continue;
    std::string base = order[i].substr(0, order[i].find('_'));
    bool found = false;
    for (size_t b = lo; b <= hi && !found; ++b) {
      if (!CanBegin(text, b)) continue;
      for (const auto& [kind, longest] : kinds) {
        size_t last = std::min(text.size(), b + std::min(kMaxDeletedBytes, 2 * longest + 16));
        Annotation a;
        a.plugin = kind.first;
        a.type = kind.second;
        a.begin = b;
        for (size_t e = b + 1; e <= last && !found; ++e) {
          if (!CanEnd(text, e)) continue;
          a.end = e;
          if (MachineId(text, a) != base) continue;
          DeletedPassage d;
          d.id = order[i];
          d.plugin = a.plugin;
          d.type = a.type;
          d.quote = QuoteIn(text, b, e);
          d.position = static_cast<double>(b) / std::max<size_t>(1, text.size());
          out.push_back(std::move(d));
          found = true;
        }
        if (found) break;
      }
    }
  }
  return out;
}

}  // namespace glossator::edits
