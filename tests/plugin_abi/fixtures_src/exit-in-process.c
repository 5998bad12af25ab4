/* Calls exit(3) in process, as a library that "handles" an error by ending
 * the program would: the worker process ends with it. The host names this
 * plugin, reads the document again without it, and writes the others'
 * annotations. */
#include <stdlib.h>

#include "fixture.h"

static const glossator_type_decl types[] = {{"exit-in-process:mark", "seg", "type=exit"}};

static int process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  (void)state, (void)host, (void)ctx, (void)error, (void)error_size;
  exit(3);
}

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "exit-in-process",
    .version = "1.0.0",
    .license = "MIT",
    .description = "Calls exit() on every document",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
