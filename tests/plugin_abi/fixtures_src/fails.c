/* Loads fine; process fails every time with "fails: deliberately". */
#include "fixture.h"

static const glossator_type_decl types[] = {{"fails:mark", "seg", "type=fails"}};

static int process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  (void)state, (void)host, (void)ctx;
  fixture_error(error, error_size, "fails: deliberately");
  return GLOSSATOR_ERROR;
}

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "fails",
    .version = "1.0.0",
    .license = "MIT",
    .description = "A plugin whose process always fails",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
