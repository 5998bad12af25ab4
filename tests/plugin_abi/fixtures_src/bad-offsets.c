/* Loads fine; process adds, in this order and ignoring what the host says:
 * 1. an annotation ending 10 bytes past the end of the text;
 * 2. one beginning inside the first multi-byte UTF-8 character (when the text
 *    has one), ending at the next character boundary;
 * 3. a valid one over the first word (when there is one).
 * It returns GLOSSATOR_OK. */
#include "fixture.h"

static const glossator_type_decl types[] = {{"bad-offsets:mark", "seg", "type=bad-offsets"}};

static void add(const glossator_host_api* host, glossator_context* ctx, uint64_t begin,
                uint64_t end) {
  const glossator_new_annotation mark = {begin, end, "bad-offsets:mark", -1.0, 0, NULL, 0};
  (void)host->add_annotation(ctx, &mark, NULL);
}

static int process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  (void)state, (void)error, (void)error_size;
  uint64_t length = 0;
  const unsigned char* text = (const unsigned char*)host->text(ctx, &length);

  add(host, ctx, 0, length + 10);

  uint64_t lead = 0;
  while (lead < length && text[lead] < 0x80) ++lead;
  if (lead + 1 < length) {
    uint64_t end = lead + 1;
    while (end < length && (text[end] & 0xC0) == 0x80) ++end;  // continuation bytes
    add(host, ctx, lead + 1, end);
  }

  glossator_range word;
  if (host->word_count(ctx) > 0 && host->word(ctx, 0, &word) == GLOSSATOR_OK) {
    add(host, ctx, word.begin, word.end);
  }
  return GLOSSATOR_OK;
}

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "bad-offsets",
    .version = "1.0.0",
    .license = "MIT",
    .description = "A plugin that adds annotations outside the text or inside a character",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
