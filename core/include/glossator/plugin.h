/* The Glossator plugin ABI: plain C, versioned, size-checked both ways.
 *
 * A plugin is a shared library that exports one function,
 *
 *     const glossator_plugin_descriptor* glossator_plugin_entry(void);
 *
 * returning a descriptor that lives as long as the library is loaded. The host
 * (Glossator) checks the descriptor's ABI version and size, copies only the
 * part it knows, and calls create / process / destroy. While a plugin runs it
 * reaches the document and the annotations through the host table
 * (glossator_host_api) it is handed: a plugin never links against Glossator.
 *
 * Versioning: a host accepts a plugin of the same ABI major version and a
 * minor version no newer than its own. Both structs only ever grow at their
 * end ("append-only"); struct_size says how much of them the other side knows.
 * ABI 1.1 added, at the ends: the descriptor's init / shutdown (an instance
 * that outlives one document, for data loaded once per process) and the host
 * table's plugin_path and instance. A 1.0 plugin still loads and runs.
 *
 * Lifetime (1.1): once per run, before any document, the host calls
 * init(host, ctx, &instance): the place to load the plugin's data (a
 * thesaurus, a model, a lexicon), reading configuration and plugin_path. Then,
 * per document, create / process / destroy, which reach that instance through
 * host->instance(ctx). The host may fork worker processes after init: the
 * instance is shared by every document, in those processes too, and must be
 * read-only after init returns (or guard what it changes; documents may run
 * in several threads at once). shutdown(instance) at the end of the run (a
 * worker process may end without it). A plugin without init (NULL, or a 1.0
 * plugin) gets instance NULL.
 *
 * Memory: nothing allocated on one side is freed on the other. Strings passed
 * to the host are copied by it before the call returns; strings and arrays the
 * host returns stay valid until the plugin's process() returns. Error messages
 * are written by the plugin into a buffer the host owns (error, error_size),
 * NUL-terminated and truncated to fit. A message that begins "out of memory"
 * says an allocation failed (as under the command's --max-memory): the host
 * reports it as the memory limit, not as a refusal or a bug.
 *
 * Offsets are UTF-8 byte offsets into the document's text, ranges half-open
 * [begin, end). No C++ exception may cross this boundary (plugin.hpp catches
 * them for C++ authors).
 *
 * Thread safety: the host calls one plugin instance from one thread at a time;
 * the host table's functions may only be called from inside the call that
 * received them, and are not thread-safe: a plugin that spreads its work over
 * threads calls them on its ctx from one thread at a time (word_count and
 * word find the words on first use, add_annotation appends, and none of them
 * locks).
 */
#ifndef GLOSSATOR_PLUGIN_H_
#define GLOSSATOR_PLUGIN_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GLOSSATOR_ABI_MAJOR 1
#define GLOSSATOR_ABI_MINOR 2

/* Marks the entry point exported (a plugin may build with hidden visibility):
 *   GLOSSATOR_PLUGIN_EXPORT const glossator_plugin_descriptor* glossator_plugin_entry(void)
 */
#if defined(_WIN32)
#define GLOSSATOR_PLUGIN_EXPORT __declspec(dllexport)
#elif defined(__GNUC__)
#define GLOSSATOR_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define GLOSSATOR_PLUGIN_EXPORT
#endif

/* The exported symbol the host looks up. */
#define GLOSSATOR_PLUGIN_ENTRY_SYMBOL "glossator_plugin_entry"

/* What create / process and the host's functions return. */
typedef enum glossator_status {
  GLOSSATOR_OK = 0,
  GLOSSATOR_ERROR = 1,            /* failed; the error buffer says why */
  GLOSSATOR_INVALID_ARGUMENT = 2, /* host: a range, id or type that makes no sense */
  GLOSSATOR_LIMIT = 3,            /* host: too many annotations from this plugin */
  GLOSSATOR_NOT_FOUND = 4         /* host: no such block, annotation or key */
} glossator_status;

typedef enum glossator_block_kind {
  GLOSSATOR_BLOCK_HEADING = 0,
  GLOSSATOR_BLOCK_PARAGRAPH = 1,
  GLOSSATOR_BLOCK_LIST_ITEM = 2,
  GLOSSATOR_BLOCK_LINE = 3, /* a line of a slide */
  GLOSSATOR_BLOCK_CAPTION = 4,
  GLOSSATOR_BLOCK_FOOTNOTE = 5,
  GLOSSATOR_BLOCK_FIGURE_TEXT = 6, /* text set in a table or chart; a table's cells,
                                      where they are clear, through table_cell (1.2) */
  GLOSSATOR_BLOCK_CODE = 7         /* a code listing; lines separated by "\n" */
} glossator_block_kind;
/* Kinds may be added: a plugin treats a kind it does not know as text it
   need not read (neither running prose nor a heading). */

typedef enum glossator_log_level {
  GLOSSATOR_LOG_DEBUG = 0,
  GLOSSATOR_LOG_INFO = 1,
  GLOSSATOR_LOG_WARNING = 2,
  GLOSSATOR_LOG_ERROR = 3
} glossator_log_level;

typedef struct glossator_range {
  uint64_t begin, end;
} glossator_range;

typedef struct glossator_attribute {
  const char* key;
  const char* value;
} glossator_attribute;

/* One block of the document's structure layer. */
typedef struct glossator_block {
  uint64_t begin, end;
  int32_t kind;                  /* glossator_block_kind */
  int32_t level;                 /* heading level, 0 for other kinds */
  int32_t first_page, last_page; /* 1-based */
  int32_t slide;                 /* slide number, 0 when not a slide deck */
} glossator_block;

/* An annotation as the host shows it (valid until process() returns). */
typedef struct glossator_annotation {
  uint64_t id; /* 1, 2, ...; 0 is "none" */
  uint64_t begin, end;
  const char* type;   /* "concept", "citation", "reference", "vignette" or "plugin:type" */
  const char* plugin; /* the plugin that made it */
  double confidence;  /* in [0, 1], or a negative number for none */
  uint64_t parent;    /* the annotation it belongs to (a reference entry's author), or 0 */
  const glossator_attribute* attributes;
  size_t attribute_count;
} glossator_annotation;

/* An annotation a plugin adds. */
typedef struct glossator_new_annotation {
  uint64_t begin, end;
  const char* type;  /* one of the types the plugin declared */
  double confidence; /* in [0, 1], or negative for none */
  uint64_t parent;   /* id returned by an earlier add_annotation of this plugin, or 0 */
  const glossator_attribute* attributes;
  size_t attribute_count;
} glossator_new_annotation;

/* ABI 1.2: a table whose cells are clear, in a GLOSSATOR_BLOCK_FIGURE_TEXT
 * block. The block's text is its cells' texts, a space between the cells of
 * a row and "\n" between rows. */
typedef struct glossator_table {
  uint64_t block;   /* the index of its block */
  uint64_t rows;    /* its rows, the header's among them */
  uint64_t columns; /* of its grid; a row's cells' spans add up to it */
} glossator_table;

/* One cell of a table's row: its text (begin == end for an empty cell), the
 * grid column it starts in (from 0) and how many columns it spans. */
typedef struct glossator_table_cell {
  uint64_t begin, end;
  uint32_t column, columns;
} glossator_table_cell;

/* The host's side of one call; opaque to plugins. */
typedef struct glossator_context glossator_context;

/* Host -> plugin. New functions are added at the end only. None is
 * thread-safe on one ctx (see "Thread safety" above). */
typedef struct glossator_host_api {
  uint32_t struct_size;
  uint16_t abi_major, abi_minor;

  /* The document's normalised UTF-8 text (not NUL-terminated inside: use length). */
  const char* (*text)(glossator_context* ctx, uint64_t* length);
  size_t (*block_count)(glossator_context* ctx);
  int (*block)(glossator_context* ctx, size_t index, glossator_block* out);
  /* ICU sentence and word boundaries (UAX #29, root locale). Words are the
   * ICU word segments that hold a letter or a digit, punctuation and spaces
   * left out: "patient's" and "patient’s" are one word, "self-esteem" is two
   * ("self", "esteem"), "3.5" one, "DSM-5" two. */
  size_t (*sentence_count)(glossator_context* ctx);
  int (*sentence)(glossator_context* ctx, size_t index, glossator_range* out);
  size_t (*word_count)(glossator_context* ctx);
  int (*word)(glossator_context* ctx, size_t index, glossator_range* out);
  /* Annotations of the plugins this one depends on (type NULL: all of them),
   * in document order. */
  size_t (*annotation_count)(glossator_context* ctx, const char* type);
  int (*annotation)(glossator_context* ctx, const char* type, size_t index,
                    glossator_annotation* out);
  /* Adds an annotation; *id receives its id (may be NULL). Refused with
   * INVALID_ARGUMENT when the range is outside the text or splits a UTF-8
   * character, the type is not one the plugin declared, or the parent is not
   * one of this plugin's annotations containing the range. */
  int (*add_annotation)(glossator_context* ctx, const glossator_new_annotation* annotation,
                        uint64_t* id);
  /* Declares a category of a taxonomy in the TEI header (classDecl), e.g.
   * taxonomy "concepts", id "c.transference", fields label / alt / broader /
   * school / theorist / definition (alt, school and theorist may repeat). */
  int (*declare_category)(glossator_context* ctx, const char* taxonomy, const char* id,
                          const glossator_attribute* fields, size_t field_count);
  /* The value of one of the plugin's configuration keys (its default when not
   * set); NULL for a key the plugin did not declare. A key set more than once
   * (repeated in the config file or --set) arrives as all its values, in the
   * order given, joined by newlines ("a.xml\nb.xml"). */
  const char* (*config)(glossator_context* ctx, const char* key);
  void (*log)(glossator_context* ctx, int level, const char* message);

  /* ABI 1.1. */
  /* The plugin's own shared library, as an absolute path ("/usr/lib/glossator/
   * plugins/libx.so"): data installed beside it is found from here. */
  const char* (*plugin_path)(glossator_context* ctx);
  /* What the plugin's init made (NULL without init); in init itself, NULL. */
  void* (*instance)(glossator_context* ctx);

  /* ABI 1.2. */
  /* The tables whose cells are clear, in block order. */
  size_t (*table_count)(glossator_context* ctx);
  int (*table)(glossator_context* ctx, size_t index, glossator_table* out);
  /* Cell `cell` (0-based; a cell spanning columns counts once) of row `row`
   * of table `index`; NOT_FOUND past the row's last cell. */
  int (*table_cell)(glossator_context* ctx, size_t index, size_t row, size_t cell,
                    glossator_table_cell* out);
} glossator_host_api;

/* How one annotation type appears in TEI. tei_attributes is a list of
 * "name=template" separated by ';', where {key} in a template stands for the
 * annotation's attribute key; an attribute whose template names a missing
 * key is left out. Example for a concept: element "term",
 * attributes "ref=#{category}". */
typedef struct glossator_type_decl {
  const char* name; /* "concept" or "myplugin:thing" */
  /* A TEI element the writer knows: term, ref, seg, rs, bibl, author, editor,
   * date, title, persName, placeName, name, q, quote, hi, emph, ... A plugin
   * with a type of another element is refused when it loads, with the reason
   * (`glossator plugins` lists the refusals and the elements allowed). */
  const char* tei_element;
  const char* tei_attributes; /* may be NULL */
} glossator_type_decl;

typedef struct glossator_config_key {
  const char* key;
  const char* default_value; /* may be "" */
  const char* help;
} glossator_config_key;

/* Plugin -> host. New fields are added at the end only. */
typedef struct glossator_plugin_descriptor {
  uint32_t struct_size;          /* sizeof(glossator_plugin_descriptor) as the plugin was built */
  uint16_t abi_major, abi_minor; /* GLOSSATOR_ABI_MAJOR / _MINOR as the plugin was built */
  const char* name;              /* [a-z0-9-]+, unique among loaded plugins */
  const char* version;
  const char* license; /* SPDX identifier */
  const char* description;
  const glossator_type_decl* types; /* the annotation types it produces */
  size_t type_count;
  /* plugin names or annotation types it needs first ("requires" is a C++20
   * keyword, hence "required") */
  const char* const* required;
  size_t require_count;
  const glossator_config_key* config_keys;
  size_t config_key_count;
  /* Makes the plugin's state for one run (may read config and log through
   * host and ctx; the document is not there yet). */
  int (*create)(const glossator_host_api* host, glossator_context* ctx, void** state, char* error,
                size_t error_size);
  /* Annotates one document. */
  int (*process)(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                 size_t error_size);
  void (*destroy)(void* state);

  /* ABI 1.1 (both or neither; see "Lifetime" above). */
  /* Makes the instance shared by every document of the run; ctx has the
   * configuration, plugin_path and log, no document. */
  int (*init)(const glossator_host_api* host, glossator_context* ctx, void** instance, char* error,
              size_t error_size);
  void (*shutdown)(void* instance);
} glossator_plugin_descriptor;

typedef const glossator_plugin_descriptor* (*glossator_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* GLOSSATOR_PLUGIN_H_ */
