// The TEI writer in two steps, for the code that changes the tree before it
// is written (edits/: an editor's corrections carried over): build the tree,
// then serialise it. RenderTei (glossator/tei.h) is the two in a row.
//
// Thread safety: as RenderTei; each call works on its own tree.
#ifndef GLOSSATOR_TEI_RENDER_TREE_H_
#define GLOSSATOR_TEI_RENDER_TREE_H_

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "glossator/annotation.h"
#include "glossator/document.h"
#include "glossator/status.h"

namespace glossator::tei {

// The @type of the <change> in revisionDesc that lists, as its text, the
// xml:ids of the machine annotations of the run that wrote the file.
constexpr char kMachineAnnotationsChange[] = "machine-annotations";

// Builds the TEI of doc and annotations into xml (which must be empty), as
// RenderTei does, but not yet indented. Fails as RenderTei does.
Status RenderTree(const Document& doc, const Annotations& annotations,
                  std::vector<std::string>* warnings, pugi::xml_document& xml);

// Indents the element-only content of xml (tei/xml_util.h) and writes it,
// with the XML declaration and a final newline.
std::string SerializeTree(pugi::xml_document& xml);

// header's revisionDesc/listChange, made when missing (revisionDesc goes last
// in teiHeader, so build everything else in the header first).
pugi::xml_node RevisionChanges(pugi::xml_node header);

}  // namespace glossator::tei

#endif  // GLOSSATOR_TEI_RENDER_TREE_H_
