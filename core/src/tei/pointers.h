// Keeps the annotations' pointers (@target of a citation's <ref>, and any
// other @target in <text>) pointing at ids the file has (OUTPUT.md rule 5).
//
// Each "#X" of a target list is looked at once the whole TEI is built:
//   - no element has X, and the layout renamed X (a template asked for X,
//     which structure keeps for an element it may write, and the element
//     got Y): the pointer becomes "#Y";
//   - no element has X: the pointer is dropped, with a warning;
//   - otherwise (an element has X) it stays. Pointers that are not "#X"
//     (URLs) stay too.
// A target left with no pointer is removed (the element stays, as rule 5 asks
// of a citation whose entry cannot be found). In the
// <note type="attribute" n="target"> of stand-off spans, which record the
// target of a <ref> that could not be inline as it was given, renamed ids are
// followed and nothing is dropped.
//
// Thread safety: changes only the tree it is given.
#ifndef GLOSSATOR_TEI_POINTERS_H_
#define GLOSSATOR_TEI_POINTERS_H_

#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace glossator::tei {

// Resolves the targets under tei (the <TEI> element). Each dropped pointer
// adds one line to warnings (when not null), beginning with file:
//   "made-up.pdf: <ref> "Halloran (1987)": target #bib.9 is no xml:id in the TEI; dropped"
void ResolveTargets(pugi::xml_node tei, const std::map<std::string, std::string>& renamed,
                    const std::string& file, std::vector<std::string>* warnings);

}  // namespace glossator::tei

#endif  // GLOSSATOR_TEI_POINTERS_H_
