#include "pack/site_pages.h"

#include <set>

#include "pack/html.h"

namespace glossator::pack {
namespace {

std::string ReadingLink(const SiteReading& r, const std::string& element = "") {
  return "readings/" + Html(r.id) + ".html" + (element.empty() ? "" : "#" + Html(element));
}

std::string PageLabel(const std::string& page) { return page.empty() ? "p. ?" : "p. " + page; }

}  // namespace

std::string RenderIndexPage(const std::string& course, const std::vector<SiteReading>& readings) {
  std::string h = PageStart(course, course, "");
  h += "<h1>" + Html(course) + "</h1>\n";
  h += "<table class=\"readings\">\n<thead><tr><th>#</th><th>Reading</th><th>Week</th>"
       "<th>Pages</th><th>Concepts</th><th>Citations</th><th>Vignettes</th></tr></thead>\n"
       "<tbody>\n";
  for (size_t i = 0; i < readings.size(); ++i) {
    const SiteReading& r = readings[i];
    h += "<tr id=\"reading-" + Html(r.id) + "\"><td>" + std::to_string(i + 1) + "</td><td>";
    if (r.summary == nullptr) {
      h += "<strong>" + Html(r.title) +
           "</strong><br/><span class=\"failed\">not in the pack: " + Html(r.failure) +
           "</span></td><td>" + Html(r.week) + "</td><td></td><td></td><td></td><td></td></tr>\n";
      continue;
    }
    std::set<std::string> concepts;
    for (const TermPlace& t : r.summary->terms) concepts.insert(t.category);
    h += "<a href=\"" + ReadingLink(r) + "\">" + Html(r.title) + "</a>";
    if (!r.authors.empty()) h += "<br/><span class=\"byline\">" + Html(r.authors) + "</span>";
    h += "</td><td>" + Html(r.week) + "</td><td>" + std::to_string(r.summary->pages) + "</td><td>" +
         std::to_string(concepts.size()) + "</td><td>" + std::to_string(r.summary->citations) +
         "</td><td>" + std::to_string(r.summary->vignettes.size()) + "</td></tr>\n";
  }
  h += "</tbody>\n</table>\n";
  h += "<p><a href=\"pack.xml\">pack.xml</a> (TEI corpus) · <a href=\"bibliography.json\">"
       "bibliography.json</a> (CSL-JSON) · <a href=\"bibliography.bib\">bibliography.bib</a> "
       "(BibTeX)</p>\n";
  return h + PageEnd();
}

std::string RenderBibliographyPage(const std::string& course,
                                   const std::vector<SiteReading>& readings,
                                   const std::vector<MergedWork>& works) {
  std::string h = PageStart("Bibliography: " + course, course, "");
  h += "<h1>Bibliography</h1>\n<p>" + std::to_string(works.size()) +
       " works cited in the readings of the pack.</p>\n";
  for (const MergedWork& w : works) {
    h += "<div class=\"bibl\" id=\"" + Html(w.xml_id) + "\"><p>" + Html(w.text) +
         "</p><p class=\"places\">Cited in: ";
    for (const Citing& c : w.citing) {
      const SiteReading& r = readings[c.reading];
      h += "<a href=\"" + ReadingLink(r, c.bibl_id) + "\">" + Html(r.title) + "</a> ";
    }
    h += "<code>" + Html(w.record.key) + "</code></p></div>\n";
  }
  return h + PageEnd();
}

std::string RenderConceptsPage(const std::string& course, const std::vector<SiteReading>& readings,
                               const std::vector<ConceptEntry>& concepts) {
  std::set<std::string> known;
  for (const ConceptEntry& c : concepts) known.insert(c.id);
  std::string h = PageStart("Concepts: " + course, course, "");
  h += "<h1>Concepts</h1>\n<p>" + std::to_string(concepts.size()) +
       " concepts, the most frequent first.</p>\n";
  for (const ConceptEntry& c : concepts) {
    h += "<div class=\"concept-entry\" id=\"" + Html(c.id) + "\"><h2>" + Html(c.info.label) +
         " <small>(" + std::to_string(c.occurrences) + ")</small></h2>\n";
    if (!c.info.gloss.empty()) h += "<p class=\"gloss\">" + Html(c.info.gloss) + "</p>\n";
    if (!c.info.broader.empty()) {
      h += "<p>Broader: ";
      h += known.count(c.info.broader)
               ? "<a href=\"#" + Html(c.info.broader) + "\">" + Html(c.info.broader) + "</a>"
               : Html(c.info.broader);
      h += "</p>\n";
    }
    h += "<ul>\n";
    for (const ConceptInReading& in : c.readings) {
      const SiteReading& r = readings[in.reading];
      h += "<li><a href=\"" + ReadingLink(r) + "\">" + Html(r.title) + "</a> (" +
           std::to_string(in.places.size()) + "): <span class=\"places\">";
      for (const TermPlace& p : in.places) {
        h += "<a href=\"" + ReadingLink(r, p.block_id) + "\">" + PageLabel(p.page) + "</a>";
      }
      h += "</span></li>\n";
    }
    h += "</ul></div>\n";
  }
  return h + PageEnd();
}

std::string RenderVignettesPage(const std::string& course,
                                const std::vector<SiteReading>& readings) {
  std::string h = PageStart("Vignettes: " + course, course, "");
  h += "<h1>Vignettes</h1>\n<p>The case material of the pack, by reading.</p>\n";
  for (const SiteReading& r : readings) {
    if (r.summary == nullptr || r.summary->vignettes.empty()) continue;
    h += "<h2 id=\"v-" + Html(r.id) + "\"><a href=\"" + ReadingLink(r) + "\">" + Html(r.title) +
         "</a></h2>\n<ul>\n";
    for (const VignettePlace& v : r.summary->vignettes) {
      h += "<li><a href=\"" + ReadingLink(r, v.block_id) + "\">" + PageLabel(v.page) + "</a> " +
           Html(v.excerpt) + "</li>\n";
    }
    h += "</ul>\n";
  }
  return h + PageEnd();
}

}  // namespace glossator::pack
