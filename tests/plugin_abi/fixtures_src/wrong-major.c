/* Built for ABI 2.x: refused as another major version. */
#include "fixture.h"

static const glossator_type_decl types[] = {{"wrong-major:mark", "seg", "type=wrong-major"}};

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = 2,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "wrong-major",
    .version = "1.0.0",
    .license = "MIT",
    .description = "A broken plugin for the loader tests (wrong-major)",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = fixture_process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
