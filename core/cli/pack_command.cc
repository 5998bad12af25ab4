// glossator pack MANIFEST -o DIR [--shard i/n] [--merge DIR]: the readings
// of a manifest annotated (pack_annotate.h), then the pack step
// (pack/pack_builder.h). A shard run annotates only its share and leaves the
// pack step to --merge (or to the next plain run).
#include <cstdint>
#include <cstdio>
#include <filesystem>

#include "commands.h"
#include "exit_codes.h"
#include "pack/pack_builder.h"
#include "pack_annotate.h"
#include "pack_manifest.h"
#include "util/display_text.h"

namespace glossator::cli {
namespace {

namespace fs = std::filesystem;

// The shard (1..n) of a reading: by its id alone (FNV-1a, 64 bits), so that
// the assignment does not change with the manifest's order, the machine or
// the run, and a reading added to the course moves no other.
size_t ShardOf(const std::string& id, size_t shards) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : id) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return static_cast<size_t>(hash % shards) + 1;
}

std::string Shown(const std::string& s) { return EscapeForDisplay(s, LineBreaks::kKeep); }

// What became of the editors' works in the previous pack.xml's bibliography.
void ReportBibliographyEdits(const Options& o, const pack::PackReport& report) {
  std::string pack_xml = (fs::path(o.output) / "pack.xml").string();
  for (const std::string& note : report.edit_notes) {
    std::fprintf(stderr, "glossator: %s\n", Shown(note).c_str());
  }
  if (report.edits_discarded && !o.quiet) {
    std::fprintf(stderr, "glossator: %s: edits discarded (--discard-edits); kept as %s.bak\n",
                 pack_xml.c_str(), pack_xml.c_str());
  }
  size_t edits = report.edits_kept + report.edits_partly_kept + report.edits_orphaned;
  if (edits > 0 && !o.quiet) {
    std::fprintf(stderr,
                 "glossator: %s: bibliography edits: %zu kept, %zu kept with entries gone, %zu "
                 "orphaned\n",
                 pack_xml.c_str(), report.edits_kept, report.edits_partly_kept,
                 report.edits_orphaned);
  }
}

}  // namespace

int RunPack(const Options& o) {
  Result<Manifest> read = ReadManifest(o.inputs.front());
  if (!read.ok()) {
    std::fprintf(stderr, "glossator: %s\n", Shown(read.status().message()).c_str());
    return ExitCodeFor(read.status());
  }
  const Manifest& m = *read;
  int exit_code = kExitOk;
  for (const std::string& p : m.problems) {
    std::fprintf(stderr, "glossator: %s\n", Shown(p).c_str());
    exit_code = kExitUsage;
  }
  std::error_code ec;
  fs::create_directories(o.output, ec);
  if (ec) {
    std::fprintf(stderr, "glossator: %s: cannot create the pack folder: %s\n", o.output.c_str(),
                 ec.message().c_str());
    return kExitIo;
  }
  std::vector<const ManifestReading*> mine;
  size_t manifest_failures = 0;
  for (const ManifestReading& r : m.readings) {
    if (!r.problem.empty()) {
      // Reported by every run (each shard's too), annotated by none.
      std::fprintf(stderr, "glossator: %s\n", Shown(r.problem).c_str());
      ++manifest_failures;
      if (exit_code == kExitOk) exit_code = kExitUsage;
      continue;
    }
    if (o.pack.shard_count == 0 || ShardOf(r.id, o.pack.shard_count) == o.pack.shard_index) {
      mine.push_back(&r);
    }
  }
  AnnotateTally tally;
  if (!o.pack.merge_only) {
    tally = AnnotateReadings(o, mine);
    if (exit_code == kExitOk) exit_code = tally.first_failure;
    if (!o.quiet) {
      std::fprintf(stderr,
                   "glossator: %s: %zu readings%s: %zu annotated, %zu unchanged, %zu failed\n",
                   o.output.c_str(), mine.size(),
                   o.pack.shard_count ? (" (shard " + std::to_string(o.pack.shard_index) + "/" +
                                         std::to_string(o.pack.shard_count) + ")")
                                            .c_str()
                                      : "",
                   tally.annotated, tally.unchanged, tally.failed + manifest_failures);
    }
  }
  if (o.pack.shard_count != 0) return exit_code;  // the pack step is --merge's

  pack::PackPlan plan;
  plan.course = m.title;
  plan.version = GLOSSATOR_VERSION;
  for (const ManifestReading& r : m.readings) {
    pack::PlannedReading p;
    p.id = r.id.empty() ? "reading-at-line-" + std::to_string(r.line) : r.id;
    p.title = r.title;
    p.week = r.week;
    p.failure = r.problem;
    if (p.failure.empty()) {
      std::string error_file = ErrorFile(o.output, r.id);
      if (fs::exists(error_file, ec)) {
        std::FILE* f = std::fopen(error_file.c_str(), "rb");
        char line[2048] = "";
        if (f) {
          if (!std::fgets(line, sizeof line, f)) line[0] = 0;
          std::fclose(f);
        }
        p.failure = line;
        while (!p.failure.empty() && p.failure.back() == '\n') p.failure.pop_back();
        if (p.failure.empty()) p.failure = r.id + ": failed";
      } else if (!fs::exists(fs::path(o.output) / (r.id + ".xml"), ec)) {
        p.failure = r.id + ": not annotated yet (run its shard, or a plain run)";
      }
      if (!p.failure.empty() && o.pack.merge_only) {
        std::fprintf(stderr, "glossator: %s\n", Shown(p.failure).c_str());
      }
      if (!p.failure.empty() && exit_code == kExitOk) exit_code = kExitIo;
    }
    plan.readings.push_back(p);
  }
  plan.discard_edits = o.discard_edits;
  pack::PackReport report;
  Status built = pack::BuildPack(plan, o.output, &report);
  ReportBibliographyEdits(o, report);
  for (const std::string& p : report.problems) {
    std::fprintf(stderr, "glossator: %s\n", Shown(p).c_str());
    if (exit_code == kExitOk) exit_code = kExitIo;
  }
  if (!built.ok()) {
    std::fprintf(stderr, "glossator: %s\n", Shown(built.message()).c_str());
    return ExitCodeFor(built);
  }
  if (!o.quiet) {
    std::fprintf(stderr,
                 "glossator: %s: pack of %zu readings (%zu missing): %zu works from %zu "
                 "reference entries, %zu concepts; open %s\n",
                 o.output.c_str(), report.readings, report.failed, report.works, report.entries,
                 report.concepts, (fs::path(o.output) / "index.html").c_str());
  }
  return exit_code;
}

}  // namespace glossator::cli
