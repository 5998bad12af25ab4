/* A well-formed plugin: one type, one configuration key, and a process that
 * marks the first word with the configured label. */
#include "fixture.h"

static const glossator_type_decl types[] = {{"good:mark", "seg", "type=good"}};
static const glossator_config_key config_keys[] = {
    {"label", "x", "The label attribute of the mark"}};

static int process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  (void)state;
  glossator_range word;
  if (host->word_count(ctx) == 0 || host->word(ctx, 0, &word) != GLOSSATOR_OK) return GLOSSATOR_OK;
  const char* label = host->config(ctx, "label");
  const glossator_attribute attributes[] = {{"label", label ? label : ""}};
  const glossator_new_annotation mark = {word.begin, word.end, "good:mark", -1.0, 0, attributes, 1};
  if (host->add_annotation(ctx, &mark, NULL) != GLOSSATOR_OK) {
    fixture_error(error, error_size, "good: the host refused the mark of the first word");
    return GLOSSATOR_ERROR;
  }
  return GLOSSATOR_OK;
}

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "good",
    .version = "1.2.3",
    .license = "MIT",
    .description = "Marks the first word",
    .types = types,
    .type_count = 1,
    .config_keys = config_keys,
    .config_key_count = 1,
    .create = fixture_create,
    .process = process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
