// Checking a plugin's descriptor and turning it into the host's copy and a
// PluginInfo. Pure functions on memory the caller hands in: no loading here.
//
// Thread safety: none needed (no state).
#ifndef GLOSSATOR_PLUGIN_DESCRIPTOR_H_
#define GLOSSATOR_PLUGIN_DESCRIPTOR_H_

#include <cstddef>
#include <string>

#include "glossator/pipeline.h"
#include "glossator/plugin.h"

namespace glossator::plugin {

// The size of the descriptor of ABI 1.0 (up to and including destroy): the
// least struct_size a plugin may declare.
inline constexpr size_t kAbi10DescriptorSize =
    offsetof(glossator_plugin_descriptor, destroy) + sizeof(glossator_plugin_descriptor::destroy);

// The size of the descriptor of ABI 1.1 (up to and including shutdown).
inline constexpr size_t kAbi11DescriptorSize =
    offsetof(glossator_plugin_descriptor, shutdown) + sizeof(glossator_plugin_descriptor::shutdown);

// Why a descriptor's ABI version or size rules it out, or "" when they are
// fine. Reads only struct_size, abi_major and abi_minor of the plugin's own
// struct (and those only when struct_size covers them).
std::string VersionProblem(const glossator_plugin_descriptor& plugin_descriptor);

// The host's copy: the first min(struct_size, sizeof) bytes of the plugin's
// descriptor, zero beyond them (OBS style). Call only after VersionProblem
// said "", so struct_size is trustworthy.
glossator_plugin_descriptor CopyDescriptor(const glossator_plugin_descriptor& plugin_descriptor);

// Why the contents of a (copied) descriptor are unusable, or "" when they are
// fine: the name ([a-z0-9-]+), version, functions (init and shutdown both or
// neither), types (name [a-z0-9:_-]+, TEI element one the TEI writer knows),
// requirements and configuration keys.
std::string ContentProblem(const glossator_plugin_descriptor& descriptor);

// The descriptor in C++ form, strings copied (NULL ones become "").
PluginInfo DescribePlugin(const glossator_plugin_descriptor& descriptor, const std::string& file);

}  // namespace glossator::plugin

#endif  // GLOSSATOR_PLUGIN_DESCRIPTOR_H_
