#include "pack/html.h"

namespace glossator::pack {

std::string Html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string PageStart(const std::string& title, const std::string& course, const std::string& root,
                      bool open_main) {
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
  h += "<title>" + Html(title) + "</title>\n";
  h += "<link rel=\"stylesheet\" href=\"" + root + "pack.css\"/>\n</head>\n<body>\n";
  h += "<nav><a href=\"" + root + "index.html\">" + Html(course) + "</a> <a href=\"" + root +
       "concepts.html\">Concepts</a> <a href=\"" + root +
       "bibliography.html\">Bibliography</a> <a href=\"" + root +
       "vignettes.html\">Vignettes</a></nav>\n";
  if (open_main) h += "<main>\n";
  return h;
}

std::string PageEnd() { return "</main>\n</body>\n</html>\n"; }

const char* StyleSheet() {
  return R"css(/* The reading pack's pages (made by glossator pack). */
html { font-family: Georgia, "DejaVu Serif", serif; line-height: 1.5; color: #222; background: #fdfdfb; }
body { margin: 0; }
nav { background: #2d3e50; padding: .5em 1em; }
nav a { color: #fff; margin-right: 1em; text-decoration: none; font-family: sans-serif; }
main { position: relative; max-width: 44em; margin: 0 auto; padding: 1em 1em 3em 4em; }
h1 { font-size: 1.6em; line-height: 1.25; }
a { color: #1d5fa8; }
.toggles { max-width: 44em; margin: .5em auto 0; padding: 0 1em 0 4em; font-family: sans-serif; font-size: .9em; }
.toggles label { margin-right: 1em; white-space: nowrap; }
input.toggle { margin: .6em .2em 0 1em; }
/* Page numbers of the PDF, in the left margin where the page begins. */
.pb { position: absolute; left: .5em; font: .75em sans-serif; color: #888; }
.pb::before { content: "p. "; }
/* The marks, each shown while its checkbox is ticked (no JavaScript). */
a.concept, a.cite { color: inherit; text-decoration: none; }
#show-concepts:checked ~ main .concept { background: #fff1a8; border-bottom: 1px dotted #b08d00; }
#show-citations:checked ~ main .cite { background: #dcebff; border-bottom: 1px solid #1d5fa8; }
#show-vignettes:checked ~ main .vignette { background: #eaf6e6; box-shadow: -.4em 0 0 #7bb36b; }
.note { font-size: .9em; color: #444; border-left: 3px solid #ccc; padding-left: .7em; display: block; }
.bibl { margin: .4em 0; }
.byline { color: #555; }
table.readings { border-collapse: collapse; width: 100%; }
table.readings td, table.readings th { border-bottom: 1px solid #ddd; padding: .3em .4em; text-align: left; vertical-align: top; }
.failed { color: #a00; }
.places a { margin-right: .4em; }
.gloss { color: #444; }
@media (max-width: 40em) {
  main { padding: .5em .8em 2em 2.6em; }
  .toggles { padding: 0 .8em 0 2.6em; }
  .pb { left: .1em; }
  table.readings td:nth-child(4), table.readings th:nth-child(4) { display: none; }
}
)css";
}

}  // namespace glossator::pack
