#include "bibliography/citation_key.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <set>

namespace glossator::bibliography {
namespace {

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// ICU's Latin-ASCII, lowercased; made once. A transliterator is not promised
// to be safe from several threads at once: Fold holds a lock while using it.
class AsciiFolder {
 public:
  AsciiFolder() {
    UErrorCode status = U_ZERO_ERROR;
    folder_.reset(
        icu::Transliterator::createInstance("NFD; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) folder_.reset();
  }

  std::string Fold(std::string_view s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
    if (folder_) {
      std::lock_guard<std::mutex> lock(mutex_);
      folder_->transliterate(u);
    } else {
      u.toLower();
    }
    std::string out;
    u.toUTF8String(out);
    return out;
  }

 private:
  std::unique_ptr<icu::Transliterator> folder_;
  std::mutex mutex_;
};

// The first word of s that has a letter, past a leading article ("The
// Broken Hour" -> "broken"), or "".
std::string FirstWord(std::string_view s) {
  std::string first;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t space = std::min(s.find(' ', pos), s.size());
    std::string word = AsciiWord(s.substr(pos, space - pos));
    pos = space + 1;
    if (word.find_first_not_of("0123456789") == std::string::npos) continue;
    bool article = word == "a" || word == "an" || word == "the";
    if (!article) return word;
    if (first.empty()) first = word;
  }
  return first;
}

std::string Letters(std::string_view s) {
  std::string out;
  for (char c : AsciiWord(s)) {
    if (c >= 'a' && c <= 'z') out += c;
  }
  return out;
}

std::string Digits(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

}  // namespace

std::string AsciiWord(std::string_view s) {
  static AsciiFolder* folder = new AsciiFolder();  // never destroyed: used until exit
  std::string out;
  for (char c : folder->Fold(s)) {
    if (IsAsciiAlnum(c)) out += c;
  }
  return out;
}

std::string KeyStem(const ReferenceRecord& record) {
  std::string name;
  if (!record.authors.empty()) name = AsciiWord(record.authors.front().family);
  if (name.empty() && !record.editors.empty()) name = AsciiWord(record.editors.front().family);
  if (name.empty()) name = FirstWord(record.title);
  if (name.empty()) name = "ref";
  std::string year = Digits(record.year);
  if (year.empty()) year = Digits(record.date.substr(0, 4));
  return name + (year.empty() ? "nd" : year) + Letters(record.year_suffix);
}

void AssignKeys(std::vector<ReferenceRecord>& records, const std::set<std::string>& taken) {
  std::set<std::string> given = taken;
  for (ReferenceRecord& r : records) {
    std::string stem = KeyStem(r);
    r.key = stem;
    for (int n = 2; !given.insert(r.key).second; ++n) r.key = stem + "-" + std::to_string(n);
  }
}

}  // namespace glossator::bibliography
