/* A second plugin named "good" (built into fixtures/shadow/): the one found
 * first on the search path wins, this one is refused as shadowed. */
#include "fixture.h"

static const glossator_type_decl types[] = {{"good:mark", "seg", "type=good"}};

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "good",
    .version = "9.9.9",
    .license = "MIT",
    .description = "A second plugin named good, for the loader tests (shadowed)",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = fixture_process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
