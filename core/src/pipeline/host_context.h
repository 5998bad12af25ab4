// The host's side of the plugin boundary: the glossator_context a plugin
// call receives and the host table of C functions that read it and add to it.
//
// Thread safety: none, as plugin.h documents for the host table: a context
// and the TextBoundaries it reads (its words found on first use) are for one
// thread at a time; the plugins of one document run in turn.
#ifndef GLOSSATOR_PIPELINE_HOST_CONTEXT_H_
#define GLOSSATOR_PIPELINE_HOST_CONTEXT_H_

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "glossator/annotation.h"
#include "glossator/document.h"
#include "glossator/plugin.h"
#include "text/boundaries.h"

// Declared opaque in plugin.h; one per plugin call.
struct glossator_context {
  std::string plugin;                        // the plugin being called
  std::string document;                      // the file name, for messages
  const glossator::Document* doc = nullptr;  // nullptr during create()
  const glossator::text::TextBoundaries* bounds = nullptr;
  const std::map<std::string, std::string>* config = nullptr;
  std::vector<std::string> declared_types;
  std::string plugin_path;   // the plugin's library, absolute (ABI 1.1)
  void* instance = nullptr;  // what the plugin's init made (ABI 1.1)

  // The annotations of the plugins this one depends on, in document order,
  // with their attribute arrays as the C views need them.
  std::vector<const glossator::Annotation*> visible;
  std::map<std::string, std::vector<size_t>> visible_by_type;
  std::vector<std::vector<glossator_attribute>> visible_attributes;

  // What this plugin adds.
  std::vector<glossator::Annotation> added;
  std::unordered_map<uint64_t, size_t> added_index;  // id -> index in added
  std::vector<glossator::TaxonomyCategory> categories;
  uint64_t next_id = 1;
  size_t limit = 0;
  bool limit_hit = false;
  size_t refused = 0;
  std::vector<std::string> refusal_reasons;  // the first few, for the message
};

namespace glossator::pipeline {

// The host table handed to every plugin call (static, valid for the process).
const glossator_host_api* HostApi();

// How far the host reads a string a plugin hands it (a type, a key, an
// attribute value, a log line): no honest one comes near 1 MiB, and a pointer
// to memory the plugin left unterminated is read no further.
inline constexpr size_t kPluginStringLimit = size_t{1} << 20;

// The message a plugin left in the host's error buffer of buffer_size bytes,
// read no further than the buffer (a plugin may fill it to its end without a
// terminating NUL) and escaped for display; "no message given" for none.
std::string PluginMessage(const char* buffer, size_t buffer_size);

// Fills ctx.visible_by_type and ctx.visible_attributes from ctx.visible.
void IndexVisible(glossator_context& ctx);

}  // namespace glossator::pipeline

#endif  // GLOSSATOR_PIPELINE_HOST_CONTEXT_H_
