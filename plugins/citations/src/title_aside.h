// title_aside: a bracketed aside printed after a title, which is about the
// edition, not part of the title: "(B. Fink, Trans.)", "(S.E. 12, pp.
// 97-108)", "(2nd ed.)", "[Original work published 1920]", "(Vol. 2)".
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_TITLE_ASIDE_H_
#define GLOSSATOR_CITATIONS_TITLE_ASIDE_H_

#include <string_view>

#include "reference.h"

namespace citations {

// Where an aside at the end of title starts (its opening bracket), or
// title.size() when there is none. An aside is a last "(...)" or "[...]"
// holding a word of editions: ed./eds./Ed., trans./Trans./tr., Vol./vol.,
// S.E./SE, pp./p., edition, original, reprint(ed), Hrsg.
size_t TitleAsideStart(std::string_view title);

// r's title without such an aside (value and span).
void DropTitleAside(std::string_view text, ParsedReference* r);

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_TITLE_ASIDE_H_
