/* The entry point returns NULL instead of a descriptor: refused. */
#include "fixture.h"

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return NULL; }
