// Loading plugins in a child process first, as GStreamer scans its registry:
// a library whose constructors or entry point crash, exit or hang would end
// the whole run if the host loaded it directly. The child loads each file
// (dlopen and the descriptor checks) and reports as it goes; the files it did
// not come back from are named here, and the host never loads them.
#ifndef GLOSSATOR_PLUGIN_LOAD_PROBE_H_
#define GLOSSATOR_PLUGIN_LOAD_PROBE_H_

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace glossator::plugin {

// How long one file may take to load in the child before it counts as hung.
// Our plugins load in milliseconds (their data waits for init); a library
// that needs seconds to dlopen is stuck, not slow.
inline constexpr std::chrono::seconds kLoadTimeLimit{10};

// The files of files that crashed, exited or hung while the child loaded
// them, each with why ("crashed while loading (signal 11: Segmentation
// fault)"). Empty when all loaded (refused ones included: the host refuses
// them again itself, with the reason) or when no child could be started.
std::map<std::string, std::string> ProbeInChild(
    const std::vector<std::string>& files, std::chrono::milliseconds time_limit = kLoadTimeLimit);

}  // namespace glossator::plugin

#endif  // GLOSSATOR_PLUGIN_LOAD_PROBE_H_
