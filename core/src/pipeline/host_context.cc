#include "pipeline/host_context.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <new>

#include "text/normalize.h"

namespace glossator::pipeline {
namespace {

const char* Text(glossator_context* ctx, uint64_t* length) {
  if (!ctx->doc) {
    if (length) *length = 0;
    return "";
  }
  if (length) *length = ctx->doc->text().size();
  return ctx->doc->text().data();
}

size_t BlockCount(glossator_context* ctx) { return ctx->doc ? ctx->doc->blocks().size() : 0; }

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

size_t WordCount(glossator_context* ctx) { return ctx->bounds ? ctx->bounds->words.size() : 0; }

int GetWord(glossator_context* ctx, size_t index, glossator_range* out) {
  if (!ctx->bounds || index >= ctx->bounds->words.size() || !out) return GLOSSATOR_NOT_FOUND;
  *out = {ctx->bounds->words[index].first, ctx->bounds->words[index].second};
  return GLOSSATOR_OK;
}

size_t AnnotationCount(glossator_context* ctx, const char* type) {
  if (!type) return ctx->visible.size();
  auto it = ctx->visible_by_type.find(type);
  return it == ctx->visible_by_type.end() ? 0 : it->second.size();
}

int GetAnnotation(glossator_context* ctx, const char* type, size_t index,
                  glossator_annotation* out) {
  size_t at = index;
  if (type) {
    auto it = ctx->visible_by_type.find(type);
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
  std::string type = a->type ? a->type : "";
  auto range = "[" + std::to_string(a->begin) + ", " + std::to_string(a->end) + ")";
  if (std::find(ctx->declared_types.begin(), ctx->declared_types.end(), type) ==
      ctx->declared_types.end()) {
    return Refuse(ctx, "type '" + type + "' is not one the plugin declared");
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
    out.attributes.emplace_back(at.key, at.value ? at.value : "");
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
  TaxonomyCategory c{taxonomy, id, {}, ctx->plugin};
  for (size_t i = 0; i < field_count; ++i) {
    if (!fields[i].key) return GLOSSATOR_INVALID_ARGUMENT;
    c.fields.emplace_back(fields[i].key, fields[i].value ? fields[i].value : "");
  }
  ctx->categories.push_back(std::move(c));
  return GLOSSATOR_OK;
}

const char* Config(glossator_context* ctx, const char* key) {
  if (!key || !ctx->config) return nullptr;
  auto it = ctx->config->find(key);
  return it == ctx->config->end() ? nullptr : it->second.c_str();
}

// Warnings and errors go to stderr, named; debug and information only when
// GLOSSATOR_VERBOSE is set.
void Log(glossator_context* ctx, int level, const char* message) {
  static const bool verbose = std::getenv("GLOSSATOR_VERBOSE") != nullptr;
  if (level < GLOSSATOR_LOG_WARNING && !verbose) return;
  std::fprintf(stderr, "glossator: %s: plugin %s: %s\n", ctx->document.c_str(), ctx->plugin.c_str(),
               message ? message : "");
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
    Log,
};

}  // namespace

const glossator_host_api* HostApi() { return &kHostApi; }

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
