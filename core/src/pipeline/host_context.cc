#include "pipeline/host_context.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <optional>
#include <string_view>

#include "text/normalize.h"
#include "util/display_text.h"

namespace glossator::pipeline {
namespace {

// s as the plugin handed it, read no further than kPluginStringLimit; nullopt
// when no NUL ends it within the bound (nullptr reads as "").
std::optional<std::string_view> PluginString(const char* s) {
  bool terminated = false;
  std::string_view text = BoundedCString(s, kPluginStringLimit, &terminated);
  if (!terminated) return std::nullopt;
  return text;
}

const char* Text(glossator_context* ctx, uint64_t* length) {
  if (!ctx->doc) {
    if (length) *length = 0;
    return "";
  }
  if (length) *length = ctx->doc->text().size();
  return ctx->doc->text().data();
}

size_t BlockCount(glossator_context* ctx) { return ctx->doc ? ctx->doc->blocks().size() : 0; }

// Block kinds reach plugins as their number: the two enums agree.
static_assert(static_cast<int>(BlockKind::kFigureText) == GLOSSATOR_BLOCK_FIGURE_TEXT);
static_assert(static_cast<int>(BlockKind::kCode) == GLOSSATOR_BLOCK_CODE);

int GetBlock(glossator_context* ctx, size_t index, glossator_block* out) {
  if (!ctx->doc || index >= ctx->doc->blocks().size() || !out) return GLOSSATOR_NOT_FOUND;
  const Block& b = ctx->doc->blocks()[index];
  *out = {b.begin,     b.end,  static_cast<int32_t>(b.kind), b.level, b.first_page,
          b.last_page, b.slide};
  return GLOSSATOR_OK;
}

size_t SentenceCount(glossator_context* ctx) {
  return ctx->bounds ? ctx->bounds->sentences.size() : 0;
}

int GetSentence(glossator_context* ctx, size_t index, glossator_range* out) {
  if (!ctx->bounds || index >= ctx->bounds->sentences.size() || !out) return GLOSSATOR_NOT_FOUND;
  *out = {ctx->bounds->sentences[index].first, ctx->bounds->sentences[index].second};
  return GLOSSATOR_OK;
}

size_t WordCount(glossator_context* ctx) { return ctx->bounds ? ctx->bounds->Words().size() : 0; }

int GetWord(glossator_context* ctx, size_t index, glossator_range* out) {
  if (!ctx->bounds || !out) return GLOSSATOR_NOT_FOUND;
  const std::vector<glossator::text::Range>& words = ctx->bounds->Words();
  if (index >= words.size()) return GLOSSATOR_NOT_FOUND;
  *out = {words[index].first, words[index].second};
  return GLOSSATOR_OK;
}

size_t AnnotationCount(glossator_context* ctx, const char* type) {
  if (!type) return ctx->visible.size();
  std::optional<std::string_view> name = PluginString(type);
  if (!name) return 0;
  auto it = ctx->visible_by_type.find(std::string(*name));
  return it == ctx->visible_by_type.end() ? 0 : it->second.size();
}

int GetAnnotation(glossator_context* ctx, const char* type, size_t index,
                  glossator_annotation* out) {
  size_t at = index;
  if (type) {
    std::optional<std::string_view> name = PluginString(type);
    if (!name) return GLOSSATOR_NOT_FOUND;
    auto it = ctx->visible_by_type.find(std::string(*name));
    if (it == ctx->visible_by_type.end() || index >= it->second.size()) return GLOSSATOR_NOT_FOUND;
    at = it->second[index];
  }
  if (at >= ctx->visible.size() || !out) return GLOSSATOR_NOT_FOUND;
  const Annotation& a = *ctx->visible[at];
  const std::vector<glossator_attribute>& attrs = ctx->visible_attributes[at];
  *out = {a.id,         a.begin,  a.end,        a.type.c_str(), a.plugin.c_str(),
          a.confidence, a.parent, attrs.data(), attrs.size()};
  return GLOSSATOR_OK;
}

int Refuse(glossator_context* ctx, const std::string& why) {
  if (ctx->refused++ < 3) ctx->refusal_reasons.push_back(why);
  return GLOSSATOR_INVALID_ARGUMENT;
}

int AddAnnotation(glossator_context* ctx, const glossator_new_annotation* a, uint64_t* id) {
  if (!ctx->doc || !a) return Refuse(ctx, "add_annotation called without a document");
  if (ctx->limit_hit) return GLOSSATOR_LIMIT;
  if (ctx->added.size() >= ctx->limit) {
    ctx->limit_hit = true;
    return GLOSSATOR_LIMIT;
  }
  const std::string& text = ctx->doc->text();
  std::optional<std::string_view> type_given = PluginString(a->type);
  if (!type_given) return Refuse(ctx, "a type not terminated within 1 MiB");
  std::string type(*type_given);
  auto range = "[" + std::to_string(a->begin) + ", " + std::to_string(a->end) + ")";
  if (std::find(ctx->declared_types.begin(), ctx->declared_types.end(), type) ==
      ctx->declared_types.end()) {
    return Refuse(ctx, "type '" + EscapeForDisplay(type) + "' is not one the plugin declared");
  }
  if (a->begin > a->end || a->end > text.size()) {
    return Refuse(
        ctx, "range " + range + " is outside the text (" + std::to_string(text.size()) + " bytes)");
  }
  if (text::SplitsUtf8Character(text, a->begin) || text::SplitsUtf8Character(text, a->end)) {
    return Refuse(ctx, "range " + range + " splits a UTF-8 character");
  }
  if (a->confidence > 1 || std::isnan(a->confidence)) {
    return Refuse(ctx, "confidence above 1 or not a number");
  }
  if (a->attribute_count > 0 && !a->attributes) return Refuse(ctx, "attributes missing");
  if (a->parent != 0) {
    auto parent = ctx->added_index.find(a->parent);
    if (parent == ctx->added_index.end()) {
      return Refuse(ctx, "parent " + std::to_string(a->parent) + " is not this plugin's");
    }
    const Annotation& p = ctx->added[parent->second];
    if (a->begin < p.begin || a->end > p.end) {
      return Refuse(ctx, "range " + range + " lies outside its parent");
    }
  }
  Annotation out;
  out.id = ctx->next_id++;
  out.begin = a->begin;
  out.end = a->end;
  out.type = type;
  out.confidence = a->confidence < 0 ? -1 : a->confidence;
  out.parent = a->parent;
  out.plugin = ctx->plugin;
  for (size_t i = 0; i < a->attribute_count; ++i) {
    const glossator_attribute& at = a->attributes[i];
    if (!at.key) return Refuse(ctx, "an attribute without a key");
    std::optional<std::string_view> key = PluginString(at.key), value = PluginString(at.value);
    if (!key || !value) return Refuse(ctx, "an attribute not terminated within 1 MiB");
    out.attributes.emplace_back(*key, *value);
  }
  ctx->added_index[out.id] = ctx->added.size();
  if (id) *id = out.id;
  ctx->added.push_back(std::move(out));
  return GLOSSATOR_OK;
}

int DeclareCategory(glossator_context* ctx, const char* taxonomy, const char* id,
                    const glossator_attribute* fields, size_t field_count) {
  if (!taxonomy || !*taxonomy || !id || !*id || (field_count > 0 && !fields)) {
    return GLOSSATOR_INVALID_ARGUMENT;
  }
  std::optional<std::string_view> taxonomy_name = PluginString(taxonomy),
                                  id_name = PluginString(id);
  if (!taxonomy_name || !id_name) return GLOSSATOR_INVALID_ARGUMENT;
  TaxonomyCategory c{std::string(*taxonomy_name), std::string(*id_name), {}, ctx->plugin};
  for (size_t i = 0; i < field_count; ++i) {
    if (!fields[i].key) return GLOSSATOR_INVALID_ARGUMENT;
    std::optional<std::string_view> key = PluginString(fields[i].key);
    std::optional<std::string_view> value = PluginString(fields[i].value);
    if (!key || !value) return GLOSSATOR_INVALID_ARGUMENT;
    c.fields.emplace_back(*key, *value);
  }
  ctx->categories.push_back(std::move(c));
  return GLOSSATOR_OK;
}

const char* Config(glossator_context* ctx, const char* key) {
  if (!key || !ctx->config) return nullptr;
  std::optional<std::string_view> name = PluginString(key);
  if (!name) return nullptr;
  auto it = ctx->config->find(std::string(*name));
  return it == ctx->config->end() ? nullptr : it->second.c_str();
}

// Warnings and errors go to stderr, named; debug and information only when
// GLOSSATOR_VERBOSE is set. The line is read with a bound and escaped: a
// plugin's control bytes never reach the user's terminal (ESC[2J would clear
// it), nor does a line break forge a line of its own.
void Log(glossator_context* ctx, int level, const char* message) {
  static const bool verbose = std::getenv("GLOSSATOR_VERBOSE") != nullptr;
  if (level < GLOSSATOR_LOG_WARNING && !verbose) return;
  bool terminated = false;
  std::string line = EscapeForDisplay(BoundedCString(message, kPluginStringLimit, &terminated));
  if (!terminated) line += " [cut at 1 MiB]";
  std::fprintf(stderr, "glossator: %s: plugin %s: %s\n", EscapeForDisplay(ctx->document).c_str(),
               ctx->plugin.c_str(), line.c_str());
}

// Log can allocate; like the other entry points, no exception leaves it.
void LogGuarded(glossator_context* ctx, int level, const char* message) {
  try {
    Log(ctx, level, message);
  } catch (...) {
  }
}

// No C++ exception may unwind through a plugin's C frames: the functions that
// allocate answer a failed allocation with a status instead.
int AddAnnotationGuarded(glossator_context* ctx, const glossator_new_annotation* a, uint64_t* id) {
  try {
    return AddAnnotation(ctx, a, id);
  } catch (const std::bad_alloc&) {
    ctx->limit_hit = true;
    return GLOSSATOR_LIMIT;
  } catch (...) {
    return GLOSSATOR_ERROR;
  }
}

int DeclareCategoryGuarded(glossator_context* ctx, const char* taxonomy, const char* id,
                           const glossator_attribute* fields, size_t field_count) {
  try {
    return DeclareCategory(ctx, taxonomy, id, fields, field_count);
  } catch (const std::bad_alloc&) {
    return GLOSSATOR_LIMIT;
  } catch (...) {
    return GLOSSATOR_ERROR;
  }
}

const char* PluginPath(glossator_context* ctx) { return ctx->plugin_path.c_str(); }
void* Instance(glossator_context* ctx) { return ctx->instance; }

size_t TableCount(glossator_context* ctx) { return ctx->doc ? ctx->doc->tables().size() : 0; }

int GetTable(glossator_context* ctx, size_t index, glossator_table* out) {
  if (!ctx->doc || index >= ctx->doc->tables().size() || !out) return GLOSSATOR_NOT_FOUND;
  const Table& t = ctx->doc->tables()[index];
  *out = {t.block, t.rows.size(), t.columns};
  return GLOSSATOR_OK;
}

int GetTableCell(glossator_context* ctx, size_t index, size_t row, size_t cell,
                 glossator_table_cell* out) {
  if (!ctx->doc || index >= ctx->doc->tables().size() || !out) return GLOSSATOR_NOT_FOUND;
  const Table& t = ctx->doc->tables()[index];
  if (row >= t.rows.size() || cell >= t.rows[row].size()) return GLOSSATOR_NOT_FOUND;
  const TableCell& c = t.rows[row][cell];
  *out = {c.begin, c.end, static_cast<uint32_t>(c.column), static_cast<uint32_t>(c.columns)};
  return GLOSSATOR_OK;
}

const glossator_host_api kHostApi = {
    sizeof(glossator_host_api),
    GLOSSATOR_ABI_MAJOR,
    GLOSSATOR_ABI_MINOR,
    Text,
    BlockCount,
    GetBlock,
    SentenceCount,
    GetSentence,
    WordCount,
    GetWord,
    AnnotationCount,
    GetAnnotation,
    AddAnnotationGuarded,
    DeclareCategoryGuarded,
    Config,
    LogGuarded,
    PluginPath,
    Instance,
    TableCount,
    GetTable,
    GetTableCell,
};

}  // namespace

const glossator_host_api* HostApi() { return &kHostApi; }

std::string PluginMessage(const char* buffer, size_t buffer_size) {
  std::string_view message = BoundedCString(buffer, buffer_size);
  return message.empty() ? std::string("no message given") : EscapeForDisplay(message);
}

void IndexVisible(glossator_context& ctx) {
  ctx.visible_by_type.clear();
  ctx.visible_attributes.clear();
  for (size_t i = 0; i < ctx.visible.size(); ++i) {
    const Annotation& a = *ctx.visible[i];
    ctx.visible_by_type[a.type].push_back(i);
    std::vector<glossator_attribute> attrs;
    for (const auto& [k, v] : a.attributes) attrs.push_back({k.c_str(), v.c_str()});
    ctx.visible_attributes.push_back(std::move(attrs));
  }
}

}  // namespace glossator::pipeline
