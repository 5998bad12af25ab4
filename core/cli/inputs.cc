#include "inputs.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace glossator::cli {
namespace fs = std::filesystem;
namespace {

constexpr char kStandardInput[] = "-";

bool IsPdfName(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".pdf";
}

// Not a regular file nor a directory, but there: /dev/stdin, a named pipe,
// <(process substitution). Poppler cannot seek in them.
bool IsStream(const std::string& path) {
  if (path == kStandardInput) return true;
  std::error_code ec;
  fs::file_status s = fs::status(path, ec);
  return !ec && fs::exists(s) && !fs::is_regular_file(s) && !fs::is_directory(s);
}

// A dot file (macOS's "._reading.pdf" beside each copied PDF) or directory:
// not a reading.
bool IsHidden(const fs::path& p) { return p.filename().string().rfind('.', 0) == 0; }

// The PDFs under dir, sorted by their path below it, byte by byte.
Result<std::vector<Input>> PdfsIn(const std::string& dir, bool recursive) {
  std::vector<fs::path> found;  // below dir
  std::error_code ec;
  auto add = [&](const fs::directory_entry& e) {
    std::error_code file_ec;
    if (!IsHidden(e.path()) && e.is_regular_file(file_ec) && IsPdfName(e.path())) {
      found.push_back(e.path().lexically_relative(dir));
    }
  };
  if (recursive) {
    for (fs::recursive_directory_iterator
             it(dir, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec)) {
      if (IsHidden(it->path()) && it->is_directory(ec)) it.disable_recursion_pending();
      add(*it);
    }
  } else {
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) add(*it);
  }
  if (ec) return Status::IoError(dir + ": cannot list the directory: " + ec.message());
  std::sort(found.begin(), found.end(),
            [](const fs::path& a, const fs::path& b) { return a.string() < b.string(); });
  std::vector<Input> inputs;
  for (const fs::path& below : found) {
    inputs.push_back(
        {(fs::path(dir) / below).string(), (below.parent_path() / below.stem()).string(), false});
  }
  return inputs;
}

// The lines of --files-from, the empty ones left out.
Result<std::vector<std::string>> ListedIn(const std::string& list) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (list != kStandardInput) {
    file.open(list);
    if (!file) return Status::NotFound(list + ": cannot read the list of inputs (--files-from)");
    in = &file;
  }
  std::vector<std::string> names;
  for (std::string line; std::getline(*in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) names.push_back(line);
  }
  if (in->bad()) return Status::IoError(list + ": read error (--files-from)");
  return names;
}

}  // namespace

Result<InputList> ExpandInputs(const Options& o) {
  InputList list;
  std::vector<std::string> named = o.inputs;
  if (!o.files_from.empty()) {
    Result<std::vector<std::string>> listed = ListedIn(o.files_from);
    if (!listed.ok()) return listed.status();
    named.insert(named.end(), listed->begin(), listed->end());
    list.is_batch = true;
  }
  list.is_batch |= named.size() > 1;
  size_t standard_inputs = o.files_from == kStandardInput ? 1 : 0;
  for (const std::string& name : named) {
    std::error_code ec;
    if (name != kStandardInput && fs::is_directory(name, ec)) {
      if (o.command != "annotate") {
        return Status::InvalidArgument(name + ": is a directory; " + o.command + " takes one PDF");
      }
      list.is_batch = true;
      Result<std::vector<Input>> found = PdfsIn(name, o.recursive);
      if (!found.ok()) return found.status();
      if (found->empty()) {
        std::fprintf(stderr, "glossator: warning: %s: no PDF in the directory%s\n", name.c_str(),
                     o.recursive ? " nor below it" : " (--recursive looks below it)");
      }
      list.inputs.insert(list.inputs.end(), found->begin(), found->end());
      continue;
    }
    bool stream = IsStream(name);
    if (name == kStandardInput || name == "/dev/stdin") ++standard_inputs;
    std::string stem = name == kStandardInput ? "stdin" : fs::path(name).stem().string();
    list.inputs.push_back({name, stem, stream});
  }
  if (standard_inputs > 1) {
    return Status::InvalidArgument(
        "standard input is named more than once (-, /dev/stdin or "
        "--files-from -); it can be read once");
  }
  if (list.inputs.empty())
    return Status::InvalidArgument(o.command + ": no PDF found in the inputs given");
  return list;
}

}  // namespace glossator::cli
