// What the pack tests share: running `glossator pack` as a user would, the
// sample manifest and the test pack (data/pack/), and reading the outputs.
#ifndef GLOSSATOR_TESTS_INTEGRATION_PACK_TEST_SUPPORT_H_
#define GLOSSATOR_TESTS_INTEGRATION_PACK_TEST_SUPPORT_H_

#include <algorithm>
#include <filesystem>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace glossator::testing {

inline std::string SampleManifest() {
  return std::string(GLOSSATOR_SOURCE_DIR) + "/samples/pack.toml";
}
// Two readings citing the same works in APA and in Chicago style (data/pack/pack.toml).
inline std::string TestPackDir() {
  return std::string(GLOSSATOR_SOURCE_DIR) + "/tests/integration/data/pack";
}

// glossator pack ARGS with the shipped plugins, standard error included.
inline CommandResult Pack(const std::string& args) {
  return RunCommand(ShellQuote(GLOSSATOR_BINARY) + " pack " + args + " --plugin-dir " +
                    ShellQuote(GLOSSATOR_SHIPPED_PLUGIN_DIR));
}

// jing over the files against tei_all.rng: "" when all are valid, else the
// errors (start-up warnings left out).
inline std::string JingErrors(const std::vector<std::string>& files) {
  std::string command =
      ShellQuote(JING_EXECUTABLE) + " " + ShellQuote(SharedDir() + "/schemas/tei_all.rng");
  for (const std::string& f : files) command += " " + ShellQuote(f);
  CommandResult r = RunCommand(command);
  if (r.exit_code == 0) return "";
  std::string errors;
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line) && errors.size() < 4000;) {
    if (line.rfind("[warning]", 0) != 0) errors += line.substr(0, 300) + "\n";
  }
  return "jing exit " + std::to_string(r.exit_code) + ":\n" + errors;
}

// The files of dir whose name ends with suffix, recursively, sorted.
inline std::vector<std::string> FilesEndingWith(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    std::string p = e.path().string();
    if (e.is_regular_file() && p.size() >= suffix.size() &&
        p.compare(p.size() - suffix.size(), suffix.size(), suffix) == 0) {
      files.push_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace glossator::testing

#endif  // GLOSSATOR_TESTS_INTEGRATION_PACK_TEST_SUPPORT_H_
