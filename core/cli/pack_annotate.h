// The annotation step of `glossator pack`: each reading of the manifest (of
// this shard) annotated into DIR/ID.xml by -j N workers, each reading in its
// own child process under the time and memory limits (RunIsolated), unless
// its fingerprint says nothing changed.
//
// A reading's fingerprint (DIR/.glossator/ID.fingerprint) is what its TEI
// was made from: Glossator's version, the PDF's SHA-256, whether a password
// was given, its plugin settings (with the SHA-256 of a file a setting
// names), and each plugin's name, version and library's SHA-256. A reading
// whose fingerprint and TEI are there and whose fingerprint is unchanged is
// not annotated again (unless --force). A reading that fails leaves
// DIR/.glossator/ID.error (what went wrong) and no fingerprint, so that the
// pack step lists it as missing and the next run tries it again.
//
// Thread safety: one AnnotateReadings at a time per DIR.
#ifndef GLOSSATOR_CLI_PACK_ANNOTATE_H_
#define GLOSSATOR_CLI_PACK_ANNOTATE_H_

#include <string>
#include <vector>

#include "options.h"
#include "pack_manifest.h"

namespace glossator::cli {

struct AnnotateTally {
  size_t annotated = 0, unchanged = 0, failed = 0;
  int first_failure = 0;  // the exit code of the first reading that failed
};

// The folder of the pack's bookkeeping: DIR/.glossator.
std::string StateDir(const std::string& dir);
std::string ErrorFile(const std::string& dir, const std::string& id);

// Annotates readings (all free of manifest problems) into o.output.
AnnotateTally AnnotateReadings(const Options& o,
                               const std::vector<const ManifestReading*>& readings);

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_PACK_ANNOTATE_H_
