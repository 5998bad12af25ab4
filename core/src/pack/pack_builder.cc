#include "pack/pack_builder.h"

#include <filesystem>
#include <map>
#include <sstream>

#include "bibliography/bibtex.h"
#include "bibliography/csl_json.h"
#include "pack/bibliography_merge.h"
#include "pack/concept_index.h"
#include "pack/corpus_writer.h"
#include "pack/html.h"
#include "pack/reading_summary.h"
#include "pack/site_pages.h"
#include "pack/site_reading.h"
#include "util/atomic_file.h"

namespace glossator::pack {
namespace {

namespace fs = std::filesystem;

// Parsed keeping every text node as it is (white space included), so that a
// reading's file written back differs only by the attributes added.
constexpr unsigned kParseExactly =
    pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration;

std::string Join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

// Adds corresp="pack.xml#w.KEY" to the reading's entries; true when it changed anything.
bool PointEntriesToWorks(pugi::xml_node tei,
                         const std::map<std::string, std::string>& work_of_bibl) {
  bool changed = false;
  for (pugi::xpath_node b : tei.select_nodes(".//listBibl/bibl[@xml:id]")) {
    auto it = work_of_bibl.find(b.node().attribute("xml:id").value());
    if (it == work_of_bibl.end()) continue;
    std::string value = "pack.xml#" + it->second;
    pugi::xml_attribute corresp = b.node().attribute("corresp");
    if (corresp && value == corresp.value()) continue;
    if (!corresp) corresp = b.node().append_attribute("corresp");
    corresp.set_value(value.c_str());
    changed = true;
  }
  return changed;
}

}  // namespace

Status BuildPack(const PackPlan& plan, const std::string& dir, PackReport* report) {
  *report = PackReport();
  std::vector<ReadingSummary> summaries(plan.readings.size());
  std::vector<SiteReading> site(plan.readings.size());
  std::vector<const ReadingSummary*> present;  // the readings in the pack
  std::vector<size_t> site_index_of_present;
  for (size_t i = 0; i < plan.readings.size(); ++i) {
    const PlannedReading& p = plan.readings[i];
    SiteReading& s = site[i];
    s.id = p.id;
    s.week = p.week;
    s.title = p.title;
    s.failure = p.failure;
    if (s.failure.empty()) {
      Result<ReadingSummary> summary =
          SummariseReadingFile((fs::path(dir) / (p.id + ".xml")).string());
      if (summary.ok()) {
        summaries[i] = std::move(summary).value();
        s.summary = &summaries[i];
        if (s.title.empty()) s.title = summaries[i].title;
        s.authors = Join(summaries[i].authors, ", ");
      } else {
        s.failure = summary.status().message();
        report->problems.push_back(s.failure);
      }
    }
    if (s.title.empty()) s.title = p.id;
    if (s.summary) {
      present.push_back(s.summary);
      site_index_of_present.push_back(i);
    } else {
      ++report->failed;
    }
  }
  report->readings = plan.readings.size();

  std::vector<MergedWork> works = MergeBibliography(present);
  std::vector<ConceptEntry> concepts = BuildConceptIndex(present);
  // Indexes into present -> indexes into site, the pages' list.
  for (MergedWork& w : works) {
    for (Citing& c : w.citing) c.reading = site_index_of_present[c.reading];
  }
  for (ConceptEntry& c : concepts) {
    for (ConceptInReading& in : c.readings) in.reading = site_index_of_present[in.reading];
  }
  std::vector<std::map<std::string, std::string>> work_of_bibl(plan.readings.size());
  for (const MergedWork& w : works) {
    for (const Citing& c : w.citing) work_of_bibl[c.reading][c.bibl_id] = w.xml_id;
    report->entries += w.citing.size();
  }
  report->works = works.size();
  report->concepts = concepts.size();
  std::map<std::string, std::string> concept_labels;
  for (const ConceptEntry& c : concepts) concept_labels[c.id] = c.info.label;

  std::error_code ec;
  fs::create_directories(fs::path(dir) / "readings", ec);
  if (ec) return Status::IoError(dir + "/readings: cannot create directory: " + ec.message());
  std::string corpus = CorpusStart(plan.course, plan.version, site, works, concepts);
  for (size_t i = 0; i < site.size(); ++i) {
    if (!site[i].summary) continue;
    std::string path = (fs::path(dir) / (site[i].id + ".xml")).string();
    pugi::xml_document doc;
    if (!doc.load_file(path.c_str(), kParseExactly)) {
      return Status::IoError(path + ": cannot be read again");
    }
    pugi::xml_node tei = doc.child("TEI");
    if (PointEntriesToWorks(tei, work_of_bibl[i])) {
      std::ostringstream xml;
      doc.save(xml, "", pugi::format_raw | pugi::format_no_declaration);
      std::string text = xml.str();
      if (doc.first_child().type() != pugi::node_declaration) {
        text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text;
      }
      if (Status s = WriteFileAtomically(path, text); !s.ok()) return s;
    }
    ReadingPageContext context;
    context.course = plan.course;
    context.title = site[i].title;
    context.byline = site[i].authors;
    if (!site[i].week.empty()) {
      context.byline += (context.byline.empty() ? "" : " · ") + std::string("Week ") + site[i].week;
    }
    context.work_of_bibl = work_of_bibl[i];
    context.concept_labels = &concept_labels;
    std::string page = RenderReadingPage(tei, context);
    if (Status s = WriteFileAtomically(
            (fs::path(dir) / "readings" / (site[i].id + ".html")).string(), page);
        !s.ok()) {
      return s;
    }
    corpus += CorpusReading(tei, site[i].id, work_of_bibl[i]);
  }
  corpus += CorpusEnd();

  std::vector<bibliography::ReferenceRecord> records;
  for (const MergedWork& w : works) records.push_back(w.record);
  const std::vector<std::pair<std::string, std::string>> outputs = {
      {"pack.xml", corpus},
      {"bibliography.json", bibliography::RenderCslJson(records)},
      {"bibliography.bib", bibliography::RenderBibtex(records)},
      {"pack.css", StyleSheet()},
      {"bibliography.html", RenderBibliographyPage(plan.course, site, works)},
      {"concepts.html", RenderConceptsPage(plan.course, site, concepts)},
      {"vignettes.html", RenderVignettesPage(plan.course, site)},
      // Last: the course page links to all the others.
      {"index.html", RenderIndexPage(plan.course, site)},
  };
  for (const auto& [name, contents] : outputs) {
    if (Status s = WriteFileAtomically((fs::path(dir) / name).string(), contents); !s.ok())
      return s;
  }
  return Status::Ok();
}

}  // namespace glossator::pack
