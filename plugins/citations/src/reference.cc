#include "reference.h"

namespace citations {

const char* KindName(Kind kind) {
  switch (kind) {
    case Kind::kArticle:
      return "article";
    case Kind::kBook:
      return "book";
    case Kind::kEditedBook:
      return "edited-book";
    case Kind::kChapter:
      return "chapter";
    case Kind::kReport:
      return "report";
    case Kind::kTalk:
      return "talk";
    case Kind::kPersonalCommunication:
      return "personal-communication";
    case Kind::kWebPage:
      return "web-page";
    case Kind::kOther:
      break;
  }
  return "other";
}

std::vector<std::pair<std::string, std::string>> ParsedReference::Attributes() const {
  std::vector<std::pair<std::string, std::string>> out;
  auto add = [&](const char* key, const std::string& value) {
    if (!value.empty()) out.emplace_back(key, value);
  };
  add("kind", KindName(kind));
  add("authors", PersonLines(authors));
  add("editors", PersonLines(editors));
  add("year", year.value);
  add("year_suffix", year_suffix);
  add("date", date);
  add("title", title.value);
  add("container", container.value);
  add("collection", collection.value);
  add("number", number.value);
  add("volume", volume.value);
  add("issue", issue.value);
  add("pages", pages.value);
  add("publisher", publisher.value);
  add("place", place.value);
  add("url", url.value);
  add("doi", doi.value);
  add("event", event.value);
  return out;
}

}  // namespace citations
