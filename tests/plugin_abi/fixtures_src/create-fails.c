/* Loads fine; create fails every time with "create-fails: deliberately". */
#include "fixture.h"

static const glossator_type_decl types[] = {{"create-fails:mark", "seg", "type=create-fails"}};

static int create(const glossator_host_api* host, glossator_context* ctx, void** state, char* error,
                  size_t error_size) {
  (void)host, (void)ctx;
  *state = NULL;
  fixture_error(error, error_size, "create-fails: deliberately");
  return GLOSSATOR_ERROR;
}

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "create-fails",
    .version = "1.0.0",
    .license = "MIT",
    .description = "A plugin whose create always fails",
    .types = types,
    .type_count = 1,
    .create = create,
    .process = fixture_process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
