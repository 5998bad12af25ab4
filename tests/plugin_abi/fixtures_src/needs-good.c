/* Loads fine and does nothing; it declares requirements ("good" and the type
 * "good:mark") and two configuration keys, for the tests of PluginInfo and of
 * the order plugins run in. */
#include "fixture.h"

static const glossator_type_decl types[] = {{"needs-good:mark", "seg", "type=needs-good"}};
static const char* const required[] = {"good", "good:mark"};
static const glossator_config_key config_keys[] = {{"mode", "quick", "quick or thorough"},
                                                   {"note", "", NULL}};

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "needs-good",
    .version = "0.1.0",
    .license = "MIT",
    .description = "A plugin that needs good first",
    .types = types,
    .type_count = 1,
    .required = required,
    .require_count = 2,
    .config_keys = config_keys,
    .config_key_count = 2,
    .create = fixture_create,
    .process = fixture_process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
