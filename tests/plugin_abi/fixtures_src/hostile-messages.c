/* Loads fine; hands the host what a careless or hostile plugin would: log
 * lines holding an escape sequence that clears the terminal (ESC[2J), a bell,
 * a carriage return, a line break and bytes that are not UTF-8, and an error
 * message that fills the host's buffer to its very end without a terminating
 * NUL. It fails in process, or in create when hostile-messages.fail-in=create. */
#include <string.h>

#include "fixture.h"

static const glossator_type_decl types[] = {
    {"hostile-messages:mark", "seg", "type=hostile-messages"}};
static const glossator_config_key keys[] = {
    {"fail-in", "process", "process or create: where the unterminated message is left"}};

/* Every byte of the buffer 'X', the last one too: no NUL anywhere in it. */
static void fill_without_nul(char* error, size_t error_size) {
  if (error != NULL) memset(error, 'X', error_size);
}

static int create(const glossator_host_api* host, glossator_context* ctx, void** state, char* error,
                  size_t error_size) {
  const char* fail_in = host->config(ctx, "fail-in");
  *state = NULL;
  if (fail_in != NULL && strcmp(fail_in, "create") == 0) {
    fill_without_nul(error, error_size);
    return GLOSSATOR_ERROR;
  }
  return GLOSSATOR_OK;
}

static int process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  (void)state;
  host->log(ctx, GLOSSATOR_LOG_WARNING, "screen \x1b[2J cleared, bell \x07, back\rwritten");
  host->log(ctx, GLOSSATOR_LOG_WARNING, "forged\nglossator: all is well");
  host->log(ctx, GLOSSATOR_LOG_WARNING,
            "binary \xff\xfe and a C1 CSI \xc2\x9b"
            "31m");
  fill_without_nul(error, error_size);
  return GLOSSATOR_ERROR;
}

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "hostile-messages",
    .version = "1.0.0",
    .license = "MIT",
    .description = "A plugin whose messages hold control bytes and no terminating NUL",
    .types = types,
    .type_count = 1,
    .config_keys = keys,
    .config_key_count = 1,
    .create = create,
    .process = process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
