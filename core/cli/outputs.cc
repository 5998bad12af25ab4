#include "outputs.h"

#include <filesystem>

namespace glossator::cli {
namespace fs = std::filesystem;

const std::string* InputAt(const std::string& output, const std::vector<Input>& inputs) {
  for (const Input& input : inputs) {
    std::error_code ec;
    if (!input.is_stream && fs::equivalent(output, input.path, ec) && !ec) return &input.path;
  }
  return nullptr;
}

Status RefuseToOverwriteInput(const std::string& output, const std::string& input) {
  return Status::InvalidArgument(output + " is the input " + input +
                                 "; an input is never overwritten: choose another output");
}

Result<std::vector<std::string>> PlanOutputs(const std::string& out, const InputList& list) {
  const std::vector<Input>& inputs = list.inputs;
  std::error_code ec;
  bool is_directory = fs::is_directory(out, ec);
  bool names_directory = !out.empty() && out.back() == '/';
  if (out == "-" && list.is_batch) {
    return Status::InvalidArgument(
        "-o - (standard output) takes one input, not " +
        (inputs.size() > 1 ? std::to_string(inputs.size()) : std::string("a directory or a list")));
  }
  bool to_directory = is_directory || names_directory || list.is_batch;
  std::vector<std::string> outputs;
  for (size_t k = 0; k < inputs.size(); ++k) {
    outputs.push_back(to_directory ? (fs::path(out) / inputs[k].output_stem).string() + ".xml"
                                   : out);
    for (size_t i = 0; i < k; ++i) {
      if (outputs[i] == outputs[k]) {
        return Status::InvalidArgument(inputs[i].path + " and " + inputs[k].path +
                                       " would both be written to " + outputs[k] + "; rename one");
      }
    }
    if (const std::string* overwritten = InputAt(outputs[k], inputs)) {
      return RefuseToOverwriteInput(outputs[k], *overwritten);
    }
  }
  // Checked after the clashes, which are the more useful thing to hear.
  if (list.is_batch && !is_directory && !names_directory) {
    return Status::InvalidArgument(
        "-o " + out + ": with several inputs (or a directory, or --files-from) the output is a " +
        "directory: " + (fs::exists(out, ec) ? "this is a file" : "it does not exist") +
        "; name an existing directory, or end the name with / to have it created (-o " + out +
        "/)");
  }
  if (to_directory && !is_directory) {
    fs::create_directories(out, ec);
    if (ec) return Status::IoError(out + ": cannot create directory: " + ec.message());
  }
  return outputs;
}

}  // namespace glossator::cli
