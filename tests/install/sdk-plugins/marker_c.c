/* marker-c: marks every word equal to the one in marker-c/word.txt beside
 * the library (found through the host's plugin_path, ABI 1.1) as
 * marker-c:mark, TEI <hi rend="marker-c">. Plain C, plugin.h only. */
#include <glossator/plugin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  char word[128];
} marker_instance;

static void set_error(char* error, size_t error_size, const char* message) {
  if (error != NULL && error_size > 0) snprintf(error, error_size, "%s", message);
}

static int init(const glossator_host_api* host, glossator_context* ctx, void** instance,
                char* error, size_t error_size) {
  const char* self = host->plugin_path(ctx);
  const char* slash = strrchr(self, '/');
  size_t dir = slash != NULL ? (size_t)(slash - self) + 1 : 0;
  char path[4096];
  snprintf(path, sizeof path, "%.*smarker-c/word.txt", (int)dir, self);
  FILE* f = fopen(path, "r");
  if (f == NULL) {
    set_error(error, error_size, "marker-c: cannot open its word.txt beside the plugin");
    return GLOSSATOR_ERROR;
  }
  marker_instance* made = calloc(1, sizeof *made);
  if (made == NULL || fgets(made->word, sizeof made->word, f) == NULL) {
    fclose(f);
    free(made);
    set_error(error, error_size, "marker-c: word.txt is empty");
    return GLOSSATOR_ERROR;
  }
  fclose(f);
  made->word[strcspn(made->word, "\n")] = '\0';
  *instance = made;
  return GLOSSATOR_OK;
}

static void shutdown_instance(void* instance) { free(instance); }

static int create(const glossator_host_api* host, glossator_context* ctx, void** state, char* error,
                  size_t error_size) {
  (void)error, (void)error_size;
  *state = host->instance(ctx); /* the per-document state is the shared instance */
  return GLOSSATOR_OK;
}

static int process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  const marker_instance* instance = state;
  uint64_t length = 0;
  const char* text = host->text(ctx, &length);
  size_t words = host->word_count(ctx);
  size_t wanted = strlen(instance->word);
  for (size_t i = 0; i < words; ++i) {
    glossator_range w;
    if (host->word(ctx, i, &w) != GLOSSATOR_OK) continue;
    if (w.end - w.begin != wanted || memcmp(text + w.begin, instance->word, wanted) != 0) continue;
    glossator_new_annotation mark = {w.begin, w.end, "marker-c:mark", 1.0, 0, NULL, 0};
    if (host->add_annotation(ctx, &mark, NULL) != GLOSSATOR_OK) {
      set_error(error, error_size, "marker-c: a mark was refused");
      return GLOSSATOR_ERROR;
    }
  }
  return GLOSSATOR_OK;
}

static void destroy(void* state) { (void)state; }

static const glossator_type_decl types[] = {{"marker-c:mark", "hi", "rend=marker-c"}};

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "marker-c",
    .version = "1.0.0",
    .license = "MIT",
    .description = "Marks the word in marker-c/word.txt",
    .types = types,
    .type_count = 1,
    .create = create,
    .process = process,
    .destroy = destroy,
    .init = init,
    .shutdown = shutdown_instance,
};

GLOSSATOR_PLUGIN_EXPORT const glossator_plugin_descriptor* glossator_plugin_entry(void) {
  return &descriptor;
}
