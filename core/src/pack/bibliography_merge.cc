#include "pack/bibliography_merge.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <set>

#include "bibliography/citation_key.h"

namespace glossator::pack {
namespace {

using bibliography::AsciiWord;
using bibliography::Kind;
using bibliography::Person;
using bibliography::ReferenceRecord;

// Words every title may have, which say nothing about which work it is.
const std::set<std::string> kFunctionWords = {"a",  "an",  "the", "and",  "or",   "of", "in",
                                              "on", "for", "to",  "with", "at",   "by", "from",
                                              "as", "its", "is",  "into", "about"};

std::set<std::string> TitleWords(const std::string& title) {
  std::set<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) {
      std::string ascii = AsciiWord(word);
      if (!ascii.empty() && !kFunctionWords.count(ascii)) words.insert(ascii);
    }
    word.clear();
  };
  for (char c : title) {
    // ASCII separators end a word; the bytes of other characters stay in it
    // for AsciiWord to fold ("é" -> "e").
    if (static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c))) {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return words;
}

// The surnames of the authors (else the editors), folded and sorted.
std::string SurnameSet(const BiblEntry& e) {
  const std::vector<EntryPerson>& people = e.authors.empty() ? e.editors : e.authors;
  std::vector<std::string> names;
  for (const EntryPerson& p : people) names.push_back(AsciiWord(p.surname));
  std::sort(names.begin(), names.end());
  std::string set;
  for (const std::string& n : names) set += n + "|";
  return set;
}

std::string LowerDoi(std::string doi) {
  for (char& c : doi) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return doi;
}

std::vector<Person> People(const std::vector<EntryPerson>& people) {
  std::vector<Person> out;
  for (const EntryPerson& p : people) out.push_back({p.surname, p.forename, false});
  return out;
}

ReferenceRecord RecordOf(const BiblEntry& e) {
  ReferenceRecord r;
  r.kind = bibliography::KindOf(e.kind);
  r.authors = People(e.authors);
  r.editors = People(e.editors);
  r.year = e.year;
  r.year_suffix = e.year_suffix;
  r.title = e.title;
  r.container = e.container;
  r.collection = e.series;
  r.volume = e.volume;
  r.issue = e.issue;
  r.pages = e.pages;
  r.publisher = e.publisher;
  r.place = e.place;
  r.doi = e.doi;
  if (r.title.empty() && r.authors.empty()) r.text = e.text;
  return r;
}

// How much an entry says: the fullest of a work's entries speaks for it.
size_t Fullness(const BiblEntry& e) {
  size_t n = 0;
  for (const std::string* f : {&e.year, &e.title, &e.container, &e.series, &e.volume, &e.issue,
                               &e.pages, &e.publisher, &e.place, &e.doi}) {
    n += !f->empty();
  }
  for (const EntryPerson& p : e.authors) n += !p.forename.empty();
  return n + e.authors.size() + e.editors.size();
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) { return parent_[x] == x ? x : parent_[x] = Find(parent_[x]); }
  void Join(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);  // the earlier entry leads
  }

 private:
  std::vector<size_t> parent_;
};

// The editors' works, each with its key: the one its xml:id gives ("w.KEY")
// when no earlier editor's work has it, else one made from its fields.
std::vector<MergedWork> EditorsWorks(const std::vector<EditorClaim>& claims) {
  std::vector<MergedWork> works;
  std::set<std::string> keys;
  std::vector<size_t> unkeyed;
  for (const EditorClaim& c : claims) {
    MergedWork w;
    w.edited = c.work;
    w.record = RecordOf(c.work->entry);
    w.text = c.work->entry.text;
    w.citing = c.entries;
    std::stable_sort(w.citing.begin(), w.citing.end(),
                     [](const Citing& a, const Citing& b) { return a.reading < b.reading; });
    const std::string& id = c.work->xml_id;
    if (id.size() > 2 && id.compare(0, 2, "w.") == 0 && keys.insert(id.substr(2)).second) {
      w.record.key = id.substr(2);
    } else {
      unkeyed.push_back(works.size());
    }
    works.push_back(std::move(w));
  }
  std::vector<ReferenceRecord> records;
  for (size_t i : unkeyed) records.push_back(works[i].record);
  bibliography::AssignKeys(records, keys);
  for (size_t k = 0; k < unkeyed.size(); ++k) works[unkeyed[k]].record.key = records[k].key;
  for (MergedWork& w : works) w.xml_id = "w." + w.record.key;
  return works;
}

}  // namespace

double TitleSimilarity(const std::string& a, const std::string& b) {
  std::set<std::string> wa = TitleWords(a), wb = TitleWords(b);
  if (wa.empty() || wb.empty()) return 1.0;
  size_t common = 0;
  for (const std::string& w : wa) common += wb.count(w);
  return static_cast<double>(common) / static_cast<double>(std::min(wa.size(), wb.size()));
}

std::vector<MergedWork> MergeBibliography(const std::vector<const ReadingSummary*>& readings,
                                          const std::vector<EditorClaim>& claims) {
  std::set<std::pair<size_t, std::string>> claimed;
  for (const EditorClaim& c : claims) {
    for (const Citing& e : c.entries) claimed.insert({e.reading, e.bibl_id});
  }
  struct Ref {
    size_t reading;
    const BiblEntry* entry;
  };
  std::vector<Ref> all;
  for (size_t r = 0; r < readings.size(); ++r) {
    for (const BiblEntry& e : readings[r]->entries) {
      if (!claimed.count({r, e.xml_id})) all.push_back({r, &e});
    }
  }
  UnionFind works(all.size());
  // Same surnames and year: compared by title within each such group only.
  std::map<std::string, std::vector<size_t>> by_names_and_year;
  std::map<std::string, size_t> by_doi;
  for (size_t i = 0; i < all.size(); ++i) {
    const BiblEntry& e = *all[i].entry;
    std::string names = SurnameSet(e);
    if (names != "|" && !names.empty() && !e.year.empty()) {
      by_names_and_year[names + e.year].push_back(i);
    }
    if (!e.doi.empty()) {
      auto [it, fresh] = by_doi.emplace(LowerDoi(e.doi), i);
      if (!fresh) works.Join(it->second, i);
    }
  }
  for (const auto& [group, members] : by_names_and_year) {
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        const BiblEntry& a = *all[members[x]].entry;
        const BiblEntry& b = *all[members[y]].entry;
        if (a.title.empty() != b.title.empty()) continue;
        if (TitleSimilarity(a.title, b.title) >= kTitleSimilarity) {
          works.Join(members[x], members[y]);
        }
      }
    }
  }
  std::map<size_t, std::vector<size_t>> members_of;
  for (size_t i = 0; i < all.size(); ++i) members_of[works.Find(i)].push_back(i);
  std::vector<MergedWork> merged;
  for (const auto& [lead, members] : members_of) {
    size_t fullest = lead;
    for (size_t m : members) {
      if (Fullness(*all[m].entry) > Fullness(*all[fullest].entry)) fullest = m;
    }
    MergedWork w;
    w.record = RecordOf(*all[fullest].entry);
    w.text = all[fullest].entry->text;
    for (size_t m : members) w.citing.push_back({all[m].reading, all[m].entry->xml_id});
    merged.push_back(std::move(w));
  }
  // Keys in a stable order (by what they are made of, then by the first
  // citing reading), so that the same pack always gets the same keys.
  std::stable_sort(merged.begin(), merged.end(), [](const MergedWork& a, const MergedWork& b) {
    return bibliography::KeyStem(a.record) < bibliography::KeyStem(b.record);
  });
  std::vector<MergedWork> edited = EditorsWorks(claims);
  std::set<std::string> editors_keys;
  for (const MergedWork& w : edited) editors_keys.insert(w.record.key);
  std::vector<ReferenceRecord> records;
  for (const MergedWork& w : merged) records.push_back(w.record);
  bibliography::AssignKeys(records, editors_keys);
  for (size_t i = 0; i < merged.size(); ++i) {
    merged[i].record.key = records[i].key;
    merged[i].xml_id = "w." + records[i].key;
  }
  if (edited.empty()) return merged;
  for (MergedWork& w : edited) merged.push_back(std::move(w));
  std::stable_sort(merged.begin(), merged.end(), [](const MergedWork& a, const MergedWork& b) {
    return a.record.key < b.record.key;
  });
  return merged;
}

}  // namespace glossator::pack
