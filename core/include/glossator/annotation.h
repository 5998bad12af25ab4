// Annotations: what plugins (and people) add to a Document.
//
// An annotation is a half-open range [begin, end) of UTF-8 byte offsets into
// the Document's text, a type ("concept", "citation", "reference",
// "vignette", or a plugin's own "name:type"), key/value attributes, an
// optional confidence, an optional parent (a reference entry holding its
// author, date and title parts) and who made it. Annotations may overlap and
// cross block boundaries: the TEI writer decides how to serialise them.
//
// Thread safety: plain values; share const objects freely.
#ifndef GLOSSATOR_ANNOTATION_H_
#define GLOSSATOR_ANNOTATION_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "glossator/export.h"

namespace glossator {

using Attributes = std::vector<std::pair<std::string, std::string>>;

struct Annotation {
  uint64_t id = 0;  // unique within one document's annotations, from 1
  size_t begin = 0, end = 0;
  std::string type;
  Attributes attributes;
  double confidence = -1;  // in [0, 1]; negative when the maker gave none
  uint64_t parent = 0;     // id of the annotation this one belongs to, 0 for none
  std::string plugin;      // the plugin that made it
  // A person's @resp ("#ed") when a person made or changed it (an editor's
  // edit carried over from an edited TEI, see glossator/edits.h); empty for
  // a plugin's annotation. When set, it is the @resp written, not the plugin.
  std::string resp;
  // True when a person made or changed it (resp may be empty: a person's
  // edit without @resp). The TEI writer gives only a machine annotation a
  // machine id and lists it as the machine's (glossator/edits.h).
  bool by_person = false;

  // The value of the first attribute named key, or "" when there is none.
  const std::string& Attribute(const std::string& key) const;
};

// A category of a taxonomy declared for the TEI header (rule 3 of OUTPUT.md).
// fields: "label", "alt", "broader", "school", "theorist", "definition"; alt,
// school and theorist may repeat.
struct TaxonomyCategory {
  std::string taxonomy;  // the taxonomy's xml:id, e.g. "concepts"
  std::string id;        // the category's xml:id, e.g. "c.transference"
  Attributes fields;
  std::string plugin;
};

// How an annotation type is written in TEI (see glossator_type_decl in plugin.h).
struct AnnotationType {
  std::string name;
  std::string tei_element;
  std::string tei_attributes;  // "name=template;..." with {key} for attribute values
  std::string plugin;
};

// A plugin that took part, for <appInfo> and @resp.
struct Application {
  std::string ident;  // the plugin's name
  std::string version;
  std::string description;
};

// Everything a run of the pipeline adds to one Document.
struct Annotations {
  std::vector<Annotation> items;  // in document order: by begin, then longest first
  std::vector<TaxonomyCategory> categories;
  std::vector<AnnotationType> types;
  std::vector<Application> applications;

  // The type declaration of name, or nullptr.
  const AnnotationType* TypeOf(const std::string& name) const;
};

}  // namespace glossator

#endif  // GLOSSATOR_ANNOTATION_H_
