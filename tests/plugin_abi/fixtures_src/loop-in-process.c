/* Never returns from process: the worker reaches the per-document time limit
 * (--time-limit). The host names this plugin, not the PDF, reads the
 * document again without it, and writes the others' annotations. */
#include "fixture.h"

static const glossator_type_decl types[] = {{"loop-in-process:mark", "seg", "type=loop"}};

static int process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  (void)state, (void)host, (void)ctx, (void)error, (void)error_size;
  volatile unsigned long spins = 0;
  for (;;) ++spins;
  return GLOSSATOR_OK;
}

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "loop-in-process",
    .version = "1.0.0",
    .license = "MIT",
    .description = "Loops forever on every document",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
