#include "glossator/annotation.h"

namespace glossator {

const std::string& Annotation::Attribute(const std::string& key) const {
  static const std::string kEmpty;
  for (const auto& [k, v] : attributes) {
    if (k == key) return v;
  }
  return kEmpty;
}

const AnnotationType* Annotations::TypeOf(const std::string& name) const {
  for (const AnnotationType& t : types) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

}  // namespace glossator
