/* What the test plugins share: an export macro, do-nothing create / process /
 * destroy, and writing a message into the host's error buffer. Each fixture
 * is one .c file whose name says what is wrong with it (or right). */
#ifndef GLOSSATOR_TESTS_PLUGIN_ABI_FIXTURE_H_
#define GLOSSATOR_TESTS_PLUGIN_ABI_FIXTURE_H_

#include <stdio.h>

#include "glossator/plugin.h"

#define FIXTURE_EXPORT __attribute__((visibility("default")))

/* The entry point every fixture (but no-entry) defines. */
FIXTURE_EXPORT const glossator_plugin_descriptor* glossator_plugin_entry(void);

/* Copies message into the host's buffer, truncated and NUL-terminated. */
static inline void fixture_error(char* error, size_t error_size, const char* message) {
  if (error != NULL && error_size > 0) snprintf(error, error_size, "%s", message);
}

static inline int fixture_create(const glossator_host_api* host, glossator_context* ctx,
                                 void** state, char* error, size_t error_size) {
  (void)host, (void)ctx, (void)error, (void)error_size;
  *state = NULL;
  return GLOSSATOR_OK;
}

static inline int fixture_process(void* state, const glossator_host_api* host,
                                  glossator_context* ctx, char* error, size_t error_size) {
  (void)state, (void)host, (void)ctx, (void)error, (void)error_size;
  return GLOSSATOR_OK;
}

static inline void fixture_destroy(void* state) { (void)state; }

#endif /* GLOSSATOR_TESTS_PLUGIN_ABI_FIXTURE_H_ */
