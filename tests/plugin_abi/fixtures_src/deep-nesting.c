/* Loads fine; process adds 100,000 annotations over the text's first five
 * bytes, each the child of the one before: a chain of parents 100,000 deep,
 * which the TEI renders as elements nested as deep. (Five ASCII bytes: the
 * sample texts begin with a word of at least five letters.) */
#include "fixture.h"

enum { kDepth = 100000 };

static const glossator_type_decl types[] = {{"deep-nesting:mark", "seg", "type=deep"}};

static int process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  (void)state;
  uint64_t length = 0;
  host->text(ctx, &length);
  if (length < 5) {
    fixture_error(error, error_size, "deep-nesting: the text is shorter than five bytes");
    return GLOSSATOR_ERROR;
  }
  uint64_t parent = 0;
  for (int i = 0; i < kDepth; ++i) {
    const glossator_new_annotation mark = {0, 5, "deep-nesting:mark", -1.0, parent, NULL, 0};
    if (host->add_annotation(ctx, &mark, &parent) != GLOSSATOR_OK) {
      fixture_error(error, error_size, "deep-nesting: an annotation was refused");
      return GLOSSATOR_ERROR;
    }
  }
  return GLOSSATOR_OK;
}

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "deep-nesting",
    .version = "1.0.0",
    .license = "MIT",
    .description = "A plugin whose annotations nest 100,000 deep",
    .types = types,
    .type_count = 1,
    .create = fixture_create,
    .process = process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
