/* A stand-in for the citations plugin (its name is "citations"), so that the
 * core's tests of reference lists (TEI <back>, `glossator refs`) always run,
 * whatever state the real plugin is in. It follows the citations contract on
 * a document with a "References" heading: every paragraph or list item after
 * the heading (up to the next heading) is one `reference` entry "bib.N"; the entries of
 * the working paper listed in kFields get the attributes written there by
 * hand (by reading the entries), the others only kind "other". The entry
 * "Tessaro, M. (1987a)" also gets its parts, and three citations in the
 * running text point to entries, the last one to an entry that does not
 * exist as well (bib.99). */
#include <string.h>

#include "fixture.h"

static const glossator_type_decl types[] = {
    {"reference", "bibl", "xml:id={id};type={kind}"}, {"reference:author", "author", NULL},
    {"reference:surname", "surname", NULL},           {"reference:forename", "forename", NULL},
    {"reference:date", "date", "when={when}"},        {"reference:title", "title", "level={level}"},
    {"reference:publisher", "publisher", NULL},       {"reference:place", "pubPlace", NULL},
    {"citation", "ref", "type=bibr;target={target}"},
};

/* {start of the entry, attribute, value}. */
static const char* const kFields[][3] = {
    {"Abernathy, L. K.", "kind", "article"},
    {"Abernathy, L. K.", "authors", "Abernathy|L. K.\nBirchall|S.\nCoyle|T."},
    {"Abernathy, L. K.", "year", "1991"},
    {"Abernathy, L. K.", "title",
     "Ruptures in the working alliance: A process study of early sessions"},
    {"Abernathy, L. K.", "container", "Journal of Clinical Process Research"},
    {"Abernathy, L. K.", "volume", "12"},
    {"Abernathy, L. K.", "issue", "3"},
    {"Abernathy, L. K.", "pages", "201-219"},
    {"Brekke, J. (1981", "kind", "talk"},
    {"Brekke, J. (1981", "authors", "Brekke|J."},
    {"Brekke, J. (1981", "year", "1981"},
    {"Brekke, J. (1981", "date", "1981-04-03"},
    {"Brekke, J. (1981", "title", "Impasse and the analyst's fatigue"},
    {"Brekke, J. (1981", "event", "Spring Symposium on Relational Practice, Calder Institute"},
    {"Brekke, J. (1988", "kind", "book"},
    {"Brekke, J. (1988", "authors", "Brekke|J."},
    {"Brekke, J. (1988", "year", "1988"},
    {"Brekke, J. (1988", "title", "Stalemate: Studies in the Therapeutic Impasse"},
    {"Brekke, J. (1988", "place", "Hartford, CT"},
    {"Brekke, J. (1988", "publisher", "Merrow & Lyle"},
    {"Farrow, M.", "kind", "edited-book"},
    {"Farrow, M.", "editors", "Farrow|M.\nIlse|B."},
    {"Farrow, M.", "year", "1990"},
    {"Farrow, M.", "title",
     "Beginnings in Psychotherapy: Clinical Essays on the First Months of Treatment"},
    {"Farrow, M.", "place", "Boston, MA"},
    {"Farrow, M.", "publisher", "Harbinger Press"},
    {"Moraine, D.", "kind", "report"},
    {"Moraine, D.", "authors", "Moraine|D."},
    {"Moraine, D.", "year", "1986"},
    {"Moraine, D.", "title", "Connection, disconnection, and the central relational paradox"},
    {"Moraine, D.", "collection", "Work in Progress"},
    {"Moraine, D.", "number", "55"},
    {"Moraine, D.", "place", "Wellbury, MA"},
    {"Moraine, D.", "publisher", "Linden Centre Working Papers"},
    {"Quarrington, A.", "kind", "chapter"},
    {"Quarrington, A.", "authors", "Quarrington|A."},
    {"Quarrington, A.", "year", "1990"},
    {"Quarrington, A.", "title", "A widower's accusation: Notes on defensiveness in brief therapy"},
    {"Quarrington, A.", "editors", "Farrow|M.\nIlse|B."},
    {"Quarrington, A.", "container", "Beginnings in Psychotherapy"},
    {"Quarrington, A.", "pages", "20-55"},
    {"Quarrington, A.", "place", "Boston"},
    {"Quarrington, A.", "publisher", "Harbinger Press"},
    {"Tessaro, M. (1987a)", "kind", "report"},
    {"Tessaro, M. (1987a)", "authors", "Tessaro|M."},
    {"Tessaro, M. (1987a)", "year", "1987"},
    {"Tessaro, M. (1987a)", "year_suffix", "a"},
    {"Tessaro, M. (1987a)", "title", "Holding and its failures: Notes on the analytic setting"},
    {"Tessaro, M. (1987a)", "collection", "Work in Progress"},
    {"Tessaro, M. (1987a)", "number", "28"},
    {"Tessaro, M. (1987a)", "place", "Wellbury, MA"},
    {"Tessaro, M. (1987a)", "publisher", "Linden Centre Working Papers"},
    {"Tessaro, M. (1987b)", "kind", "article"},
    {"Tessaro, M. (1987b)", "authors", "Tessaro|M."},
    {"Tessaro, M. (1987b)", "year", "1987"},
    {"Tessaro, M. (1987b)", "year_suffix", "b"},
    {"Tessaro, M. (1987b)", "title", "Counter-transference as a source of knowledge"},
    {"Tessaro, M. (1987b)", "container", "Bulletin of the Harrow Psychoanalytic Society"},
    {"Tessaro, M. (1987b)", "volume", "XL"},
    {"Tessaro, M. (1987b)", "issue", "2"},
    {"Tessaro, M. (1987b)", "pages", "165-176"},
    {"Tessaro, M., & Quarrington", "kind", "article"},
    {"Tessaro, M., & Quarrington", "authors", "Tessaro|M.\nQuarrington|A."},
    {"Tessaro, M., & Quarrington", "year", "1990"},
    {"Tessaro, M., & Quarrington", "title",
     "Early ruptures in brief psychotherapy: Acknowledgment and return"},
    {"Tessaro, M., & Quarrington", "container", "Journal of Brief Therapy"},
    {"Tessaro, M., & Quarrington", "volume", "14"},
    {"Tessaro, M., & Quarrington", "issue", "4"},
    {"Tessaro, M., & Quarrington", "pages", "377-395"},
    {"Vellacott, R.", "kind", "personal-communication"},
    {"Vellacott, R.", "authors", "Vellacott|R."},
    {"Vellacott, R.", "year", "2001"},
    {"Vellacott, R.", "date", "2001-10-09"},
};
#define FIELD_COUNT (sizeof kFields / sizeof kFields[0])
#define MAX_ATTRIBUTES 16

/* {surface in the running text, target}. */
static const char* const kCitations[][2] = {
    {"Tessaro (1987a)", "#bib.18"},
    {"Tessaro & Quarrington, 1990", "#bib.21"},
    {"Tessaro (1985,1992)", "#bib.17 #bib.20 #bib.99"},
};

typedef struct {
  const glossator_host_api* host;
  glossator_context* ctx;
  const char* text;
  uint64_t length;
} doc_view;

/* The offset of needle in text[from, to), or UINT64_MAX. */
static uint64_t find_in(const doc_view* d, uint64_t from, uint64_t to, const char* needle) {
  size_t n = strlen(needle);
  for (uint64_t at = from; at + n <= to; ++at) {
    if (memcmp(d->text + at, needle, n) == 0) return at;
  }
  return UINT64_MAX;
}

static int starts_with(const doc_view* d, const glossator_block* b, const char* prefix) {
  size_t n = strlen(prefix);
  return b->end - b->begin >= n && memcmp(d->text + b->begin, prefix, n) == 0;
}

static int add(const doc_view* d, uint64_t begin, uint64_t end, const char* type, uint64_t parent,
               const glossator_attribute* attributes, size_t count, uint64_t* id) {
  const glossator_new_annotation a = {begin, end, type, 1.0, parent, attributes, count};
  return d->host->add_annotation(d->ctx, &a, id);
}

/* A part of the entry [begin, end): the first needle in it, with one attribute or none. */
static int add_part(const doc_view* d, uint64_t begin, uint64_t end, const char* needle,
                    const char* type, uint64_t parent, const char* key, const char* value,
                    uint64_t* id) {
  uint64_t at = find_in(d, begin, end, needle);
  if (at == UINT64_MAX) return GLOSSATOR_OK;
  const glossator_attribute attribute = {key, value};
  return add(d, at, at + strlen(needle), type, parent, key ? &attribute : NULL, key ? 1 : 0, id);
}

/* The parts of "Tessaro, M. (1987a). Holding and its failures: ... Linden Centre Working Papers."
 */
static int add_parts(const doc_view* d, const glossator_block* b, uint64_t entry) {
  uint64_t author = 0;
  int s =
      add_part(d, b->begin, b->end, "Tessaro, M.", "reference:author", entry, NULL, NULL, &author);
  if (s == GLOSSATOR_OK && author) {
    s = add_part(d, b->begin, b->end, "Tessaro", "reference:surname", author, NULL, NULL, NULL);
  }
  if (s == GLOSSATOR_OK && author) {
    s = add_part(d, b->begin, b->end, "M.", "reference:forename", author, NULL, NULL, NULL);
  }
  if (s == GLOSSATOR_OK) {
    s = add_part(d, b->begin, b->end, "1987a", "reference:date", entry, "when", "1987", NULL);
  }
  if (s == GLOSSATOR_OK) {
    s = add_part(d, b->begin, b->end, "Holding and its failures: Notes on the analytic setting",
                 "reference:title", entry, "level", "a", NULL);
  }
  if (s == GLOSSATOR_OK) {
    s = add_part(d, b->begin, b->end, "Work in Progress", "reference:title", entry, "level", "s",
                 NULL);
  }
  if (s == GLOSSATOR_OK) {
    s = add_part(d, b->begin, b->end, "Wellbury, MA", "reference:place", entry, NULL, NULL, NULL);
  }
  if (s == GLOSSATOR_OK) {
    s = add_part(d, b->begin, b->end, "Linden Centre Working Papers", "reference:publisher", entry,
                 NULL, NULL, NULL);
  }
  return s;
}

/* Entry number n over block b. */
static int add_entry(const doc_view* d, const glossator_block* b, int n) {
  char id[32];
  snprintf(id, sizeof id, "bib.%d", n);
  glossator_attribute attributes[MAX_ATTRIBUTES] = {{"id", id}, {"kind", "other"}};
  size_t count = 2;
  for (size_t k = 0; k < FIELD_COUNT && count < MAX_ATTRIBUTES; ++k) {
    if (!starts_with(d, b, kFields[k][0])) continue;
    if (strcmp(kFields[k][1], "kind") == 0) {
      attributes[1].value = kFields[k][2];
    } else {
      attributes[count].key = kFields[k][1];
      attributes[count++].value = kFields[k][2];
    }
  }
  uint64_t entry = 0;
  int s = add(d, b->begin, b->end, "reference", 0, attributes, count, &entry);
  if (s == GLOSSATOR_OK && starts_with(d, b, "Tessaro, M. (1987a)")) s = add_parts(d, b, entry);
  return s;
}

static int add_citations(const doc_view* d, uint64_t text_end) {
  for (size_t k = 0; k < sizeof kCitations / sizeof kCitations[0]; ++k) {
    uint64_t at = find_in(d, 0, text_end, kCitations[k][0]);
    if (at == UINT64_MAX) continue;
    const glossator_attribute target = {"target", kCitations[k][1]};
    int s = add(d, at, at + strlen(kCitations[k][0]), "citation", 0, &target, 1, NULL);
    if (s != GLOSSATOR_OK) return s;
  }
  return GLOSSATOR_OK;
}

static int process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  (void)state;
  doc_view d = {host, ctx, NULL, 0};
  d.text = host->text(ctx, &d.length);
  size_t blocks = host->block_count(ctx);
  int in_list = 0, n = 0;
  uint64_t list_begin = d.length;
  for (size_t i = 0; i < blocks; ++i) {
    glossator_block b;
    if (host->block(ctx, i, &b) != GLOSSATOR_OK) break;
    if (b.kind == GLOSSATOR_BLOCK_HEADING) {
      in_list = b.end - b.begin == 10 && memcmp(d.text + b.begin, "References", 10) == 0;
      if (in_list) list_begin = b.begin;
      continue;
    }
    int may_be_entry = b.kind == GLOSSATOR_BLOCK_PARAGRAPH || b.kind == GLOSSATOR_BLOCK_LIST_ITEM;
    if (in_list && may_be_entry && add_entry(&d, &b, ++n) != GLOSSATOR_OK) {
      fixture_error(error, error_size, "citations fixture: the host refused an entry");
      return GLOSSATOR_ERROR;
    }
  }
  if (add_citations(&d, list_begin) != GLOSSATOR_OK) {
    fixture_error(error, error_size, "citations fixture: the host refused a citation");
    return GLOSSATOR_ERROR;
  }
  return GLOSSATOR_OK;
}

static const glossator_plugin_descriptor descriptor = {
    .struct_size = sizeof(glossator_plugin_descriptor),
    .abi_major = GLOSSATOR_ABI_MAJOR,
    .abi_minor = GLOSSATOR_ABI_MINOR,
    .name = "citations",
    .version = "0.0.1",
    .license = "MIT",
    .description = "Test stand-in for the citations plugin",
    .types = types,
    .type_count = sizeof types / sizeof types[0],
    .create = fixture_create,
    .process = process,
    .destroy = fixture_destroy,
};

const glossator_plugin_descriptor* glossator_plugin_entry(void) { return &descriptor; }
