// A reading pack's manifest: the course and its readings in order, read from
// TOML (toml++, Debian's libtomlplusplus-dev). TOML because course designers
// write it by hand: it has comments, no significant indentation (YAML's
// commonest mistake) and a small, fully specified grammar, and toml++ reports
// the line and column of every value, so each error names the line.
//
//   title = "Rupture and Repair"          # the course (required)
//   [settings]                            # plugin settings for every reading
//   concepts.thesaurus = "my-concepts.xml"
//   [[reading]]                           # one table per reading, in course order
//   pdf = "pdfs/article.pdf"              # required; relative to the manifest
//   id = "tollefsen"                      # default: the PDF's name without .pdf
//   title = "Small Failures"              # default: the title the TEI finds
//   week = 1                              # or section = "Part one"
//   password = "secret"                   # an encrypted PDF's password
//   [reading.settings]                    # this reading's plugin settings
//   vignettes.min_cues = 2
//
// It lives in the command, not the core library, so that toml++ is a
// dependency of the glossator command alone, not of the installed library.
//
// Thread safety: plain values; ReadManifest keeps no state.
#ifndef GLOSSATOR_CLI_PACK_MANIFEST_H_
#define GLOSSATOR_CLI_PACK_MANIFEST_H_

#include <string>
#include <vector>

#include "glossator/status.h"

namespace glossator::cli {

struct ManifestReading {
  int line = 0;       // of its [[reading]] table in the manifest
  std::string id;     // unique in the pack; a name fit for a file and an xml:id
  std::string pdf;    // as resolved against the manifest's folder
  std::string title;  // "" when the manifest gives none
  std::string week;   // week or section, as written ("" when none)
  std::string password;
  std::vector<std::string> settings;  // "plugin.key=value", the pack's first
  // What is wrong with this reading in the manifest ("" when nothing); a
  // reading with a problem is reported and not annotated.
  std::string problem;
};

struct Manifest {
  std::string path;  // the manifest file, as given
  std::string title;
  std::vector<ManifestReading> readings;  // in course order
  // Problems outside any reading (an unknown top-level key), each naming the
  // manifest and line: reported, the pack still built, the exit non-zero.
  std::vector<std::string> problems;
};

// Reads the manifest at path. A file that cannot be read or is not TOML, or a
// course without a title or readings, is an InvalidArgument naming the file
// and the line; anything wrong with one reading (no pdf, a PDF that is not
// there, a duplicate or malformed id, an unknown key, a value of the wrong
// type) is that reading's problem, naming the line and the field.
Result<Manifest> ReadManifest(const std::string& path);

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_PACK_MANIFEST_H_
