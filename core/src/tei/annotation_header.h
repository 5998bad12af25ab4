// The parts of the teiHeader that annotations bring (OUTPUT.md rules 3 and 8).
//
// appInfo: after Glossator's own, one
//   <application ident="glossator-PLUGIN" xml:id="glossator-PLUGIN" version="V">
//     <label>PLUGIN</label><desc>...</desc></application>
// per Annotations::applications (desc: its description, when it has one), then
// one for each plugin named by an annotation, category or type but missing
// from applications, so every resp="#glossator-PLUGIN" resolves to its
// application (PluginIdent; the ids are claimed in ids). A
// version TEI cannot hold (teidata.versionNumber, e.g. "0.1.0-rc1") or none
// at all is written as version="0" with <desc type="version">V</desc> (V
// "unknown" when there is none).
//
// classDecl: one <taxonomy xml:id="TAXONOMY"> per taxonomy, in order of first
// declaration, holding its categories in order:
//   <category xml:id="ID" resp="#glossator-PLUGIN">
//     <catDesc><term>label</term><term type="alt">...</term>
//       <ptr type="broader" target="#ID"/> (or <term type="broader">..</term>
//       when the broader concept is not a declared category)
//       <name type="school">..</name><persName type="theorist">..</persName>
//       <gloss>definition</gloss><term type="KEY">..</term> (other fields)
//     </catDesc>
//   </category>
// A category without a label gets its id as label. Ids that are not NCNames
// or that another element already has are made valid and unique (the original
// is kept in @n); a category declared twice (same taxonomy and id) is written
// once with the fields of both.
//
// Thread safety: the functions only read their arguments (and fill ids).
#ifndef GLOSSATOR_TEI_ANNOTATION_HEADER_H_
#define GLOSSATOR_TEI_ANNOTATION_HEADER_H_

#include <pugixml.hpp>

#include "glossator/annotation.h"
#include "tei/annotation_layout.h"

namespace glossator::tei {

// Appends the plugins' <application>s to app_info (an <appInfo>).
void AppendApplications(const Annotations& annotations, pugi::xml_node app_info, IdSet& ids);

// Appends a <classDecl> to encoding_desc when there are categories, claiming
// the taxonomy and category ids in ids.
void AppendClassDecl(const Annotations& annotations, pugi::xml_node encoding_desc, IdSet& ids);

}  // namespace glossator::tei

#endif  // GLOSSATOR_TEI_ANNOTATION_HEADER_H_
