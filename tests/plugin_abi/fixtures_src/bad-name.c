/* Named "Bad Name!", not [a-z0-9-]+: refused. */
#include "fixture.h"

static const glossator_type_decl types[] = {{"bad-name:mark", "seg", "type=bad-name"}};

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "Bad Name!",
    .version = "1.0.0",
    .license = "MIT",
    .description = "A broken plugin for the loader tests (bad-name)",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = fixture_process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
