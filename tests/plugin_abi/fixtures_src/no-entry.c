/* A shared library that exports no glossator_plugin_entry: refused. */
#include "fixture.h"

FIXTURE_EXPORT int not_a_glossator_plugin(void);
int not_a_glossator_plugin(void) { return 42; }
