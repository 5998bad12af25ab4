#include "pack/pack_builder.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "bibliography/bibtex.h"
#include "bibliography/csl_json.h"
#include "pack/bibliography_edits.h"
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

// path copied to path.bak, atomically.
Status KeepAsBackup(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string contents((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) return Status::IoError(path + ": cannot read it to keep it as .bak");
  return WriteFileAtomically(path + ".bak", contents);
}

// The entries each editor's work claims among the readings in the pack
// (present: their summaries; ids: their reading ids, in the same order). A
// pointer is "READING.BIBLID"; an entry two works claim is the first's.
std::vector<EditorClaim> ClaimsOf(const std::vector<EditedWork>& edited,
                                  const std::vector<const ReadingSummary*>& present,
                                  const std::vector<std::string>& ids, PackReport* report,
                                  const std::string& pack_xml) {
  std::vector<EditorClaim> claims;
  std::map<std::string, std::string> claimed_by;  // pointer -> the work's xml:id
  for (const EditedWork& w : edited) {
    EditorClaim claim;
    claim.work = &w;
    std::string where = pack_xml + ":" + std::to_string(w.line) + ": " +
                        (w.xml_id.empty() ? std::string("an editor's work") : w.xml_id);
    for (const std::string& pointer : w.members) {
      auto [it, fresh] = claimed_by.emplace(pointer, w.xml_id);
      if (!fresh) {
        report->edit_notes.push_back(where + ": #" + pointer + " is already in " + it->second +
                                     ", whose claim comes first");
        continue;
      }
      for (size_t r = 0; r < present.size(); ++r) {
        const std::string prefix = ids[r] + ".";
        if (pointer.compare(0, prefix.size(), prefix) != 0) continue;
        std::string bibl_id = pointer.substr(prefix.size());
        for (const BiblEntry& e : present[r]->entries) {
          if (e.xml_id == bibl_id) claim.entries.push_back({r, bibl_id});
        }
      }
    }
    size_t found = claim.entries.size();
    if (found == w.members.size()) {
      ++report->edits_kept;
    } else if (found > 0) {
      ++report->edits_partly_kept;
      report->edit_notes.push_back(where + ": " + std::to_string(w.members.size() - found) +
                                   " of its " + std::to_string(w.members.size()) +
                                   " entries are not in the pack (named in its note)");
    } else {
      ++report->edits_orphaned;
      report->edit_notes.push_back(where +
                                   ": orphaned: none of its entries is in the pack; "
                                   "kept in pack.xml with a note");
    }
    claims.push_back(std::move(claim));
  }
  return claims;
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

  const std::string pack_xml = (fs::path(dir) / "pack.xml").string();
  Result<std::vector<EditedWork>> edited = ReadBibliographyEdits(pack_xml);
  if (plan.discard_edits) {
    if (!edited.ok() || !edited->empty()) {
      if (Status s = KeepAsBackup(pack_xml); !s.ok()) return s;
      report->edits_discarded = true;
    }
    edited = std::vector<EditedWork>();
  }
  if (!edited.ok()) return edited.status();
  std::vector<std::string> present_ids;
  for (size_t i : site_index_of_present) present_ids.push_back(site[i].id);
  std::vector<EditorClaim> claims = ClaimsOf(*edited, present, present_ids, report, pack_xml);
  std::vector<MergedWork> works = MergeBibliography(present, claims);
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
      // week = 3 reads "Week 3"; section = "Part two" as it is.
      bool number = site[i].week.find_first_not_of("0123456789") == std::string::npos;
      context.byline +=
          (context.byline.empty() ? "" : " · ") + (number ? "Week " + site[i].week : site[i].week);
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
