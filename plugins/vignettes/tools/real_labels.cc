#include "real_labels.h"

#include <cctype>
#include <sstream>

namespace vignettes {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

std::vector<std::string> SplitBars(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string part;
  while (std::getline(in, part, '|')) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

// Letters and digits in lower case (UTF-8 letters kept as their bytes), with
// the offset in text of each kept byte.
struct Keyed {
  std::string key;
  std::vector<size_t> offset;
};

Keyed KeyOf(std::string_view text) {
  Keyed k;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      // Typographic quotes and dashes (U+2010..U+201F) are punctuation.
      if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
        i += 2;
        continue;
      }
      k.key += static_cast<char>(c);
      k.offset.push_back(i);
    } else if (std::isalnum(c)) {
      k.key += static_cast<char>(std::tolower(c));
      k.offset.push_back(i);
    }
  }
  return k;
}

}  // namespace

glossator::Result<RealLabelFile> ParseRealLabels(const std::string& contents,
                                                 const std::string& path) {
  RealLabelFile file;
  file.path = path;
  std::istringstream in(contents);
  std::string line;
  int number = 0;
  bool header = false;
  auto error = [&](const std::string& what) {
    return glossator::Status::InvalidArgument(path + ":" + std::to_string(number) + ": " + what);
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (line[0] == '#') {
      if (line.rfind("# text: ", 0) == 0) file.text = line.substr(8);
      continue;
    }
    std::vector<std::string> f = SplitTabs(line);
    if (!header) {
      if (f.size() < 6 || f[0] != "id" || f[1] != "kind") {
        return error("expected the header id kind first last person_keys returns_to");
      }
      header = true;
      continue;
    }
    if (f.size() < 6)
      return error("expected 6 tab-separated columns, found " + std::to_string(f.size()));
    RealLabel l;
    l.id = f[0];
    l.line = number;
    if (f[1] == "aside") {
      l.aside = true;
    } else if (f[1] != "vignette") {
      return error("kind must be vignette or aside, not \"" + f[1] + "\"");
    }
    l.first = f[2];
    l.last = f[3];
    l.person_keys = SplitBars(f[4]);
    l.returns_to = f[5];
    if (l.id.empty() || l.first.empty() || l.last.empty()) return error("empty id or anchor");
    if (!l.aside && l.person_keys.empty()) return error("a vignette needs person_keys");
    file.labels.push_back(std::move(l));
  }
  if (file.text.empty()) {
    return glossator::Status::InvalidArgument(path + ": no \"# text: PATH\" line");
  }
  if (!header) return glossator::Status::InvalidArgument(path + ": no header row");
  return file;
}

glossator::Status LocateLabels(RealLabelFile& file, std::string_view text) {
  Keyed keyed = KeyOf(text);
  for (RealLabel& l : file.labels) {
    auto where = [&](const std::string& anchor) -> glossator::Result<size_t> {
      std::string key = KeyOf(anchor).key;
      size_t at = key.empty() ? std::string::npos : keyed.key.find(key);
      if (at == std::string::npos || keyed.key.find(key, at + 1) != std::string::npos) {
        return glossator::Status::InvalidArgument(
            file.path + ":" + std::to_string(l.line) + ": anchor \"" + anchor + "\" " +
            (at == std::string::npos ? "does not occur" : "occurs more than once") + " in " +
            file.text);
      }
      return at;
    };
    auto first = where(l.first);
    if (!first.ok()) return first.status();
    auto last = where(l.last);
    if (!last.ok()) return last.status();
    l.begin = keyed.offset[first.value()];
    size_t last_key = last.value() + KeyOf(l.last).key.size() - 1;
    l.end = keyed.offset[last_key] + 1;
    // The anchor's closing punctuation belongs to the passage too.
    while (l.end < text.size() && text[l.end] != ' ' && text[l.end] != '\n') ++l.end;
    if (l.end <= l.begin) {
      return glossator::Status::InvalidArgument(file.path + ":" + std::to_string(l.line) +
                                                ": the last anchor comes before the first");
    }
  }
  return glossator::Status::Ok();
}

std::vector<SentenceLabel> LabelSentences(const Passage& passage, const RealLabelFile& file) {
  std::vector<SentenceLabel> out(passage.sentences.size(), SentenceLabel::kNotCase);
  for (size_t i = 0; i < passage.sentences.size(); ++i) {
    size_t middle = (passage.sentences[i].begin + passage.sentences[i].end) / 2;
    for (const RealLabel& l : file.labels) {
      if (middle < l.begin || middle >= l.end) continue;
      // An aside inside a case passage wins over it.
      if (l.aside) {
        out[i] = SentenceLabel::kAside;
      } else if (out[i] == SentenceLabel::kNotCase) {
        out[i] = SentenceLabel::kCase;
      }
    }
  }
  return out;
}

}  // namespace vignettes
