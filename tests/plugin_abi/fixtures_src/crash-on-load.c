/* Crashes while it is loaded: a library constructor writes through a null
 * pointer before the host can even ask for the descriptor. The host loads
 * plugins in a child process first, so this one is refused by name and the
 * run goes on without it. */
#include <signal.h>

#include "fixture.h"

__attribute__((constructor)) static void crash_on_load(void) {
  /* A volatile pointer: the compiler may not see that it is null (and
   * drop the write, and with it the function, as undefined behaviour). */
  int* volatile nowhere = 0;
  *nowhere = 1;
  raise(SIGSEGV); /* should the write not fault */
}

static const glossator_type_decl types[] = {{"crash-on-load:mark", "seg", "type=crash"}};

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "crash-on-load",
    .version = "1.0.0",
    .license = "MIT",
    .description = "Crashes while it loads",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = fixture_process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
