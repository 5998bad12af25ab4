/* No process function: refused. */
#include "fixture.h"

static const glossator_type_decl types[] = {
    {"missing-process:mark", "seg", "type=missing-process"}};

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "missing-process",
    .version = "1.0.0",
    .license = "MIT",
    .description = "A broken plugin for the loader tests (missing-process)",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = NULL,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
