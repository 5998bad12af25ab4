// Helpers shared by the tests: where the samples are, temporary folders,
// running a command, and comparing texts token by token.
#ifndef GLOSSATOR_TESTS_SUPPORT_TEST_SUPPORT_H_
#define GLOSSATOR_TESTS_SUPPORT_TEST_SUPPORT_H_

#include <memory>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "glossator/pipeline.h"
#include "glossator/status.h"

namespace glossator::testing {

// The bundled sample readings (file stems under samples/pdfs/).
const std::vector<std::string>& SampleNames();
std::string SamplePdf(const std::string& name);
std::string ExpectedTextPath(const std::string& name);
std::string SharedDir();                        // ../shared beside the repository
std::string ReadFile(const std::string& path);  // "" when it cannot be read
// s in single quotes for a shell command line (s holds no single quote).
std::string ShellQuote(const std::string& s);

// PDFs of the control prose of ../shared/data/real/texts/controls/ (science, a
// novel, a biography, philosophy), rendered on first use by
// tests/real/render_controls.py into the build tree. Empty when ../shared or
// pdflatex is missing (the caller skips); `why` then says which.
std::vector<std::string> ControlPdfs(std::string* why = nullptr);

// A pipeline of the one plugin named, found only in plugin_dir (not in
// $GLOSSATOR_PLUGIN_PATH nor the installed directory): what a plugin's own
// tests run the samples through.
Result<std::shared_ptr<const Pipeline>> PipelineOf(const std::string& plugin_dir,
                                                   const std::string& plugin);

// A file's SHA-256 and modification time when the object is made, to check
// that a command only read it.
class FileSnapshot {
 public:
  explicit FileSnapshot(const std::string& path);
  // "" when the file's bytes and modification time are as they were, else
  // what changed.
  std::string Changes() const;

 private:
  std::string path_, sha256_;
  long long mtime_sec_ = 0, mtime_nsec_ = 0;
};

// The number of entries in a directory (to see that no temporary file is left).
size_t EntriesIn(const std::string& dir);

// A fresh empty directory, removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string output;  // standard output and standard error together
};
// Runs a shell command line and captures its output.
CommandResult RunCommand(const std::string& command);

std::vector<std::string> Tokens(const std::string& text);

// Token-level agreement of an output with the expected text (LCS alignment).
struct TokenScore {
  size_t expected = 0, produced = 0, matched = 0;
  double precision() const { return produced ? double(matched) / produced : 1.0; }
  double recall() const { return expected ? double(matched) / expected : 1.0; }
  // The first few differences, readable: "expected [x y] got [x-y]".
  std::vector<std::string> differences;
};
TokenScore CompareTokens(const std::string& expected, const std::string& produced);

// The text under a TEI element (as OUTPUT.md rule 1 reads <text>), with a
// space where a block-level element begins or ends (the Document separates
// blocks, the TEI nests them) and none inside inline elements, so that its
// tokens compare with the Document's.
std::string TeiText(const pugi::xml_node& node);

// xml with the machine annotations' ids (' xml:id="gl.3f9a0c71d2e4"', a
// suffix "_2" too; glossator/edits.h) taken out, for tests of the shape of
// the TEI written before those ids were: the rest must be as it was.
std::string WithoutMachineIds(const std::string& xml);

}  // namespace glossator::testing

#endif  // GLOSSATOR_TESTS_SUPPORT_TEST_SUPPORT_H_
