// shipped_snapshot: the shipped thesaurus and its matcher as the build made
// them (tools/snapshot_thesaurus.cc), read by the plugin instead of parsing
// the thesaurus and building the matcher for every run: together they cost
// some 160 M instructions, most of what pdftotext spends on a 10-page paper;
// reading the snapshot, some 20 M.
//
// Format: a first line "glossator-concepts-snapshot V source=H", H the
// HashBytes of the thesaurus text the snapshot was made of, so that a
// snapshot is only ever read for those very bytes; then the thesaurus's
// tables (Thesaurus::WriteTables) and the matcher's (Matcher::WriteTables),
// in the machine's byte order. A build product, not data to commit.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CONCEPTS_SHIPPED_SNAPSHOT_H_
#define GLOSSATOR_CONCEPTS_SHIPPED_SNAPSHOT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "matcher.h"
#include "thesaurus.h"

namespace concepts {

// The snapshot of a validated thesaurus read from text whose HashBytes is
// source, and of its matcher.
std::string WriteSnapshot(const Thesaurus& thesaurus, const Matcher& matcher, uint64_t source);

// Reads a snapshot of source into *thesaurus (empty; name becomes its
// categories' file) and *matcher. False, with *error, the thesaurus left
// empty, when bytes are not a snapshot of this version and of that source,
// or are damaged.
bool ReadSnapshot(std::string_view bytes, uint64_t source, const std::string& name,
                  Thesaurus* thesaurus, std::unique_ptr<Matcher>* matcher, std::string* error);

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_SHIPPED_SNAPSHOT_H_
