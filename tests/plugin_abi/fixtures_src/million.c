/* Loads fine; process tries to add 1,000,001 one-byte annotations, cycling
 * over the ASCII bytes of the text (so no range splits a character), and
 * stops at the first one the host does not accept. It returns GLOSSATOR_OK
 * (nothing when the text has no ASCII byte). */
#include "fixture.h"

static const glossator_type_decl types[] = {{"million:mark", "seg", "type=million"}};

static int process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  (void)state, (void)error, (void)error_size;
  uint64_t length = 0;
  const unsigned char* text = (const unsigned char*)host->text(ctx, &length);
  uint64_t at = 0;
  for (long added = 0; added < 1000001; ++added) {
    uint64_t tried = 0;
    while (tried < length && text[at] >= 0x80) at = (at + 1) % length, ++tried;
    if (tried == length) return GLOSSATOR_OK; /* no ASCII byte at all */
    const glossator_new_annotation mark = {at, at + 1, "million:mark", -1.0, 0, NULL, 0};
    if (host->add_annotation(ctx, &mark, NULL) != GLOSSATOR_OK) break;
    at = (at + 1) % length;
  }
  return GLOSSATOR_OK;
}

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "million",
    .version = "1.0.0",
    .license = "MIT",
    .description = "A plugin that adds more annotations than the host allows",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
