// Where annotate writes each input's TEI, checked before anything is read.
#ifndef GLOSSATOR_CLI_OUTPUTS_H_
#define GLOSSATOR_CLI_OUTPUTS_H_

#include <string>
#include <vector>

#include "glossator/status.h"
#include "inputs.h"

namespace glossator::cli {

// The output of each input, in order, for -o out:
// - one input, not a batch: out itself (a file, or - for standard output),
//   or out/NAME.xml when out is a directory or ends in / (created);
// - a batch (inputs.h): out must be an existing directory or end in / (then
//   created); each input goes to out/STEM.xml, STEM its output_stem.
// Refused (kInvalidArgument), before any directory is made: a batch to a
// file or to standard output, two inputs to one output, an output that is
// one of the inputs (by path or through a link).
Result<std::vector<std::string>> PlanOutputs(const std::string& out, const InputList& inputs);

// The input among inputs that output would overwrite, or nullptr.
const std::string* InputAt(const std::string& output, const std::vector<Input>& inputs);

// The refusal to write output over input.
Status RefuseToOverwriteInput(const std::string& output, const std::string& input);

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_OUTPUTS_H_
