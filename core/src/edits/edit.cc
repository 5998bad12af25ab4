#include "edits/edit.h"

namespace glossator::edits {

std::string Edit::Key() const {
  if (element == "seg" || element == "span") {
    for (const auto& [name, value] : attributes) {
      if (name == "type") return value;
    }
  }
  return element;
}

std::string Edit::Describe() const {
  std::string out = "<" + element;
  for (const auto& [name, value] : attributes) out += " " + name + "=\"" + value + "\"";
  if (!resp.empty()) out += " resp=\"" + resp + "\"";
  if (!cert.empty()) out += " cert=\"" + cert + "\"";
  out += ">";
  return out;
}

const char* EditKindName(EditKind kind) {
  switch (kind) {
    case EditKind::kAdded:
      return "added";
    case EditKind::kCorrected:
      return "corrected";
    case EditKind::kRejected:
      return "rejected";
    case EditKind::kText:
      return "text correction";
  }
  return "edit";
}

}  // namespace glossator::edits
