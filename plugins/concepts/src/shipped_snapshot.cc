#include "shipped_snapshot.h"

#include <cstdio>

#include "snapshot_io.h"

namespace concepts {
namespace {

// Changes whenever what is written changes, so that an old snapshot is refused.
constexpr int kSnapshotVersion = 3;
constexpr std::string_view kMagic = "glossator-concepts-snapshot ";

std::string Header(uint64_t source) {
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(source));
  return std::string(kMagic) + std::to_string(kSnapshotVersion) + " source=" + hash + "\n";
}

}  // namespace

std::string WriteSnapshot(const Thesaurus& thesaurus, const Matcher& matcher, uint64_t source) {
  SnapshotWriter w;
  thesaurus.WriteTables(w);
  matcher.WriteTables(w);
  return Header(source) + w.bytes();
}

bool ReadSnapshot(std::string_view bytes, uint64_t source, const std::string& name,
                  Thesaurus* thesaurus, std::unique_ptr<Matcher>* matcher, std::string* error) {
  const std::string header = Header(source);
  if (!bytes.starts_with(kMagic)) {
    *error = "not a thesaurus snapshot";
    return false;
  }
  if (!bytes.starts_with(header)) {
    *error = "a snapshot of another version or of other thesaurus text (want \"" +
             header.substr(0, header.size() - 1) + "\")";
    return false;
  }
  SnapshotReader r(bytes.substr(header.size()));
  if (thesaurus->ReadTables(r, name)) {
    *matcher = Matcher::ReadTables(*thesaurus, r);
    if (*matcher != nullptr && r.ok() && r.at_end()) return true;
  }
  matcher->reset();
  *thesaurus = Thesaurus();
  *error = "a damaged thesaurus snapshot";
  return false;
}

}  // namespace concepts
