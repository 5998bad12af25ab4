/* Declares a 16-byte descriptor, shorter than ABI 1.0's: refused. */
#include "fixture.h"

static const glossator_type_decl types[] = {{"short-struct:mark", "seg", "type=short-struct"}};

static const glossator_plugin_descriptor descriptor = {
    .struct_size = 16,
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "short-struct",
    .version = "1.0.0",
    .license = "MIT",
    .description = "A broken plugin for the loader tests (short-struct)",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = fixture_process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
