// Front matter: the title, byline, abstract and keywords printed on a
// reading's first pages, recognised among its finished blocks by their type
// and their words ("Abstract", "Keywords:"), so that the TEI can give them to
// the header and to <front> (OUTPUT.md rule 10).
#ifndef GLOSSATOR_LAYOUT_FRONT_MATTER_H_
#define GLOSSATOR_LAYOUT_FRONT_MATTER_H_

#include <string>
#include <vector>

#include "glossator/document.h"
#include "layout/text_blocks.h"

namespace glossator::layout {

// styles[i] is blocks[i]'s style; text is the Document's text; metadata_title the
// PDF's Title (it confirms a title set no larger than the text).
FrontMatter FindFrontMatter(const std::vector<Block>& blocks, const std::vector<BlockStyle>& styles,
                            const std::string& text, double body_size,
                            const std::string& metadata_title);

// The label that opens an abstract or a keyword line, "" when text opens
// with neither: "abstract" for "Abstract", "ABSTRACT:", "Abstract—We ..." (not
// "Summary", which may as well close a chapter);
// "keywords" for "Keywords:", "Key words:", "Index Terms—".
std::string FrontLabel(const std::string& text);

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_FRONT_MATTER_H_
