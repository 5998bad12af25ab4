#include "tei/pointers.h"

#include <cstring>
#include <set>
#include <sstream>

#include "tei/xml_util.h"

namespace glossator::tei {
namespace {

constexpr size_t kQuoteChars = 40;  // how much of an element's text a warning quotes

void CollectIds(pugi::xml_node node, std::set<std::string>& ids) {
  for (pugi::xml_node e = NextElementUnder(node, node); e; e = NextElementUnder(node, e)) {
    if (pugi::xml_attribute id = e.attribute("xml:id")) ids.insert(id.value());
  }
}

// The start of element's text, for a message.
std::string Quote(pugi::xml_node element) {
  std::string text = pugi::xpath_query("string(.)").evaluate_string(element);
  if (text.size() > kQuoteChars) {
    size_t cut = kQuoteChars;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return "\"" + text + "\"";
}

// The words of s, one space between them.
std::string JoinWords(const std::string& s) {
  std::istringstream in(s);
  std::string out;
  for (std::string word; in >> word;) out += (out.empty() ? "" : " ") + word;
  return out;
}

class TargetResolver {
 public:
  TargetResolver(pugi::xml_node tei, const std::map<std::string, std::string>& renamed,
                 const std::string& file, std::vector<std::string>* warnings)
      : renamed_(renamed), file_(file), warnings_(warnings) {
    CollectIds(tei, ids_);
  }

  // The resolved list: renamed ids followed and, when drop, missing ones
  // dropped and reported as said by what.
  std::string Resolve(const std::string& list, const std::string& what, bool drop) {
    std::istringstream in(list);
    std::string out;
    for (std::string pointer; in >> pointer;) {
      if (pointer.size() > 1 && pointer[0] == '#') pointer = Follow(pointer, what, drop);
      if (pointer.empty()) continue;
      out += (out.empty() ? "" : " ") + pointer;
    }
    return out;
  }

 private:
  std::string Follow(const std::string& pointer, const std::string& what, bool drop) {
    std::string id = pointer.substr(1);
    if (ids_.count(id)) return pointer;
    if (auto r = renamed_.find(id); r != renamed_.end() && ids_.count(r->second)) {
      return "#" + r->second;
    }
    if (!drop) return pointer;
    if (warnings_) {
      warnings_->push_back(file_ + ": " + what + ": target " + pointer +
                           " is no xml:id in the TEI; dropped");
    }
    return "";
  }

  const std::map<std::string, std::string>& renamed_;
  const std::string& file_;
  std::vector<std::string>* warnings_;
  std::set<std::string> ids_;
};

void ResolveUnder(pugi::xml_node node, TargetResolver& resolver) {
  for (pugi::xml_node child = NextElementUnder(node, node); child;
       child = NextElementUnder(node, child)) {
    if (pugi::xml_attribute target = child.attribute("target")) {
      std::string what = "<" + std::string(child.name()) + "> " + Quote(child);
      std::string resolved = resolver.Resolve(target.value(), what, /*drop=*/true);
      if (resolved.empty()) {
        child.remove_attribute(target);
      } else {
        target = resolved.c_str();
      }
    }
  }
}

// The stand-off spans' notes that hold a target (kept as given, since they
// record what the span could not say, but following renamed ids).
void ResolveSpanNotes(pugi::xml_node stand_off, TargetResolver& resolver) {
  for (pugi::xml_node group : stand_off.children("spanGrp")) {
    for (pugi::xml_node span : group.children("span")) {
      for (pugi::xml_node note : span.children("note")) {
        if (std::strcmp(note.attribute("n").value(), "target") != 0) continue;
        std::string value = note.text().as_string();
        std::string resolved = resolver.Resolve(value, "", /*drop=*/false);
        // Only a renamed id changes the note (not its spacing).
        if (resolved != JoinWords(value)) note.text().set(resolved.c_str());
      }
    }
  }
}

}  // namespace

void ResolveTargets(pugi::xml_node tei, const std::map<std::string, std::string>& renamed,
                    const std::string& file, std::vector<std::string>* warnings) {
  TargetResolver resolver(tei, renamed, file, warnings);
  ResolveUnder(tei.child("text"), resolver);
  ResolveSpanNotes(tei.child("standOff"), resolver);
}

}  // namespace glossator::tei
