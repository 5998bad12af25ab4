// The inputs of a run: what the user named (PDFs, directories, `-`, the lines
// of --files-from) made into the list of PDFs to read, in order.
#ifndef GLOSSATOR_CLI_INPUTS_H_
#define GLOSSATOR_CLI_INPUTS_H_

#include <string>
#include <vector>

#include "glossator/status.h"
#include "options.h"

namespace glossator::cli {

struct Input {
  std::string path;  // as named, or found under a named directory; "-" is standard input
  // Where its TEI goes under an output directory, without ".xml": the file's
  // stem, after its subdirectories under the directory named (--recursive).
  std::string output_stem;
  // Standard input, a pipe or a device: read once, into memory, before the
  // worker starts (see memory_pdf.h).
  bool is_stream = false;
};

struct InputList {
  std::vector<Input> inputs;
  // More than one input could have been meant: several named, a directory or
  // --files-from. The output is then a directory, whatever the count.
  bool is_batch = false;
};

// Expands o.inputs and o.files_from. A directory gives its PDFs (".pdf" in
// any case), sorted by their path below it, and with o.recursive those of
// its subdirectories; dot files and directories are left out. Errors: a
// --files-from file that cannot be read (kNotFound), a directory that cannot
// be listed (kIoError), standard input named twice, or no PDF at all
// (kInvalidArgument). A directory without PDFs is a warning on stderr.
Result<InputList> ExpandInputs(const Options& o);

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_INPUTS_H_
