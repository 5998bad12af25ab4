// plugin.hpp: write a Glossator plugin as one C++ class.
//
// A header-only helper over the plain-C ABI of plugin.h. It needs C++17 (not
// C++20) and nothing but the standard library; a plugin never links against
// Glossator. Derive from glossator::Plugin, implement Process(), and name the
// class in GLOSSATOR_PLUGIN, which emits the exported entry point, the
// descriptor and the C functions the host calls:
//
//   #include "glossator/plugin.hpp"
//
//   // Marks words in capitals (DSM, PTSD) as <abbr>.
//   class Acronyms : public glossator::Plugin {
//    public:
//     explicit Acronyms(glossator::Context& ctx) : min_(ctx.ConfigInt("min_length")) {}
//     glossator::PluginStatus Process(glossator::Context& ctx) override {
//       for (const glossator_range& w : ctx.Words()) {
//         std::string_view word = ctx.Text(w);
//         bool caps = word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == word.npos;
//         if (!caps || word.size() < min_) continue;
//         std::string letters = std::to_string(word.size());
//         ctx.Add(w.begin, w.end, "acronyms:acronym", {{"letters", letters}}, 0.9);
//       }
//       return glossator::PluginStatus::Ok();
//     }
//
//    private:
//     size_t min_;
//   };
//
//   GLOSSATOR_PLUGIN(Acronyms, "acronyms", "0.1.0", "MIT", "Marks words in capitals",
//                    GLOSSATOR_TYPES({"acronyms:acronym", "abbr", nullptr}),
//                    GLOSSATOR_REQUIRES(),
//                    GLOSSATOR_CONFIG({"min_length", "2", "shortest acronym marked"}))
//
// The class is made once per document with new: by its constructor taking
// glossator::Context& when it has one (to read configuration and log; there
// is no document yet), else by its default constructor. Process() is called
// once, on the document and reports failure by returning PluginStatus::Error(msg)
// or by throwing. Every exception is caught at the boundary: a
// std::exception's what(), or "unknown exception", is copied (truncated,
// NUL-terminated) into the host's error buffer and the host sees
// GLOSSATOR_ERROR. No exception and no allocation crosses into the host.
//
// Data loaded once per run (ABI 1.1): a plugin whose data costs something to
// load (a thesaurus, a model) declares a nested class Instance, made once per
// run before any document (from Context&, or by default), and takes it in its
// constructor, by const reference; every document then shares it:
//
//   class Glossary : public glossator::Plugin {
//    public:
//     struct Instance {
//       explicit Instance(glossator::Context& ctx)
//           : terms(ReadTerms(ctx.PluginDirectory() + "glossary/terms.txt")) {}
//       std::vector<std::string> terms;
//     };
//     Glossary(glossator::Context& ctx, const Instance& instance) : terms_(instance.terms) {}
//     ...
//    private:
//     const std::vector<std::string>& terms_;
//   };
//
// The host may fork worker processes after the Instance is made and run
// documents in several threads: treat it as read-only (or guard what you
// change with a mutex).
//
// Testing: glossator/plugin_testing.h runs a plugin on a text or a Document
// in-process and returns its annotations.
//
// Thread safety: the host calls one plugin object from one thread at a time,
// and a Context may only be used inside the call that received it (strings
// and arrays it returns stay valid until that call returns). A Context is not
// thread-safe: threads of a plugin's own use it one at a time (Words() finds
// the words on first use, Add appends, without a lock).
#ifndef GLOSSATOR_PLUGIN_HPP_
#define GLOSSATOR_PLUGIN_HPP_

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <initializer_list>
#include <iterator>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "glossator/plugin.h"

// Everything below stays inside the plugin's library even when the plugin is
// not built with hidden visibility: two plugins never share the helper's code.
#if defined(__GNUC__)
#pragma GCC visibility push(hidden)
#endif

namespace glossator {

// A call to the host failed (a refused annotation, an undeclared config key,
// a function the host does not have). Thrown by Context; caught at the
// boundary, where its message becomes the plugin's error.
class HostError : public std::runtime_error {
 public:
  HostError(int status, const std::string& message)
      : std::runtime_error(message), status_(status) {}
  // The glossator_status the host returned (GLOSSATOR_ERROR when the helper
  // itself refused the call).
  int status() const { return status_; }

 private:
  int status_;
};

// What Process() returns: OK, or an error with a message for the host.
class PluginStatus {
 public:
  static PluginStatus Ok() { return PluginStatus(); }
  static PluginStatus Error(std::string message) { return PluginStatus(std::move(message)); }
  bool ok() const { return ok_; }
  // "" when OK.
  const std::string& message() const { return message_; }

 private:
  PluginStatus() = default;
  explicit PluginStatus(std::string message) : ok_(false), message_(std::move(message)) {}
  bool ok_ = true;
  std::string message_;
};

// A NUL-terminated string argument: a literal, a const char* or a std::string.
class CString {
 public:
  CString(const char* s) : s_(s != nullptr ? s : "") {}  // NOLINT: implicit by design
  CString(const std::string& s) : s_(s.c_str()) {}       // NOLINT: implicit by design
  const char* c_str() const { return s_; }

 private:
  const char* s_;
};

// A key/value pair for Add() and DeclareCategory(): {"length", "12"}.
using Field = std::pair<std::string_view, std::string_view>;

// An annotation of an earlier plugin, as the host shows it. Valid until the
// call that produced it returns.
class AnnotationView {
 public:
  explicit AnnotationView(const glossator_annotation& a) : a_(a) {}
  uint64_t id() const { return a_.id; }
  uint64_t begin() const { return a_.begin; }
  uint64_t end() const { return a_.end; }
  std::string_view type() const { return a_.type != nullptr ? a_.type : ""; }
  std::string_view plugin() const { return a_.plugin != nullptr ? a_.plugin : ""; }
  // In [0, 1]; negative when its maker gave none.
  double confidence() const { return a_.confidence; }
  // The id of the annotation it belongs to, or 0.
  uint64_t parent() const { return a_.parent; }
  size_t attribute_count() const { return a_.attributes != nullptr ? a_.attribute_count : 0; }
  // The value of the first attribute named key, or "" when there is none.
  std::string_view Attribute(std::string_view key) const {
    for (size_t i = 0; i < attribute_count(); ++i) {
      const glossator_attribute& f = a_.attributes[i];
      if (f.key != nullptr && key == f.key) return f.value != nullptr ? f.value : "";
    }
    return {};
  }
  const glossator_annotation& raw() const { return a_; }

 private:
  glossator_annotation a_;
};

// C++ access to the host table for one call (create or process).
//
// Functions that can fail throw HostError with a message naming the call;
// let it propagate (the boundary reports it) or catch it to go on. A host
// older than this header may have a shorter table: its missing functions
// count as absent, and calling one throws HostError (Log() does nothing).
class Context {
 public:
  Context(const glossator_host_api* host, glossator_context* ctx) : ctx_(ctx) {
    if (host != nullptr) {
      size_t n = host->struct_size < sizeof(api_) ? host->struct_size : sizeof(api_);
      std::memcpy(&api_, host, n);  // the part the host knows; the rest stays zero
    }
  }

  // The host table as this header knows it: functions the host does not have
  // are null. For calls this helper does not wrap.
  const glossator_host_api& api() const { return api_; }
  glossator_context* raw() const { return ctx_; }

  // The document's whole text (UTF-8); "" in create(), where there is none yet.
  std::string_view Text() const {
    if (api_.text == nullptr) return {};
    uint64_t length = 0;
    const char* text = api_.text(ctx_, &length);
    return text != nullptr ? std::string_view(text, static_cast<size_t>(length))
                           : std::string_view();
  }
  // The text of [begin, end), clamped to the text.
  std::string_view Text(uint64_t begin, uint64_t end) const {
    std::string_view all = Text();
    if (begin > all.size()) begin = all.size();
    if (end < begin) end = begin;
    return all.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
  }
  std::string_view Text(const glossator_range& r) const { return Text(r.begin, r.end); }

  size_t BlockCount() const { return Need(api_.block_count, "block_count")(ctx_); }
  // Block i (0-based) in reading order; throws HostError when out of range.
  glossator_block Block(size_t i) const {
    glossator_block b{};
    Check(Need(api_.block, "block")(ctx_, i, &b), "block", i);
    return b;
  }
  std::vector<glossator_block> Blocks() const {
    std::vector<glossator_block> out(BlockCount());
    for (size_t i = 0; i < out.size(); ++i) out[i] = Block(i);
    return out;
  }

  // ICU sentence boundaries, in document order.
  size_t SentenceCount() const { return Need(api_.sentence_count, "sentence_count")(ctx_); }
  glossator_range Sentence(size_t i) const {
    glossator_range r{};
    Check(Need(api_.sentence, "sentence")(ctx_, i, &r), "sentence", i);
    return r;
  }
  std::vector<glossator_range> Sentences() const {
    std::vector<glossator_range> out(SentenceCount());
    for (size_t i = 0; i < out.size(); ++i) out[i] = Sentence(i);
    return out;
  }

  // ICU word segments (UAX #29) holding a letter or a digit, in document
  // order: "patient's" and "patient’s" are one word, "self-esteem" two, and
  // punctuation and spaces are no words.
  size_t WordCount() const { return Need(api_.word_count, "word_count")(ctx_); }
  glossator_range Word(size_t i) const {
    glossator_range r{};
    Check(Need(api_.word, "word")(ctx_, i, &r), "word", i);
    return r;
  }
  std::vector<glossator_range> Words() const {
    std::vector<glossator_range> out(WordCount());
    for (size_t i = 0; i < out.size(); ++i) out[i] = Word(i);
    return out;
  }

  // Annotations of the plugins this one requires, in document order; of one
  // type, or of every type when type is null.
  std::vector<AnnotationView> Annotations(const char* type = nullptr) const {
    size_t n = Need(api_.annotation_count, "annotation_count")(ctx_, type);
    Need(api_.annotation, "annotation");
    std::vector<AnnotationView> out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      glossator_annotation a{};
      Check(api_.annotation(ctx_, type, i, &a), "annotation", i);
      out.emplace_back(a);
    }
    return out;
  }

  // Adds an annotation of one of the plugin's declared types over [begin,
  // end) and returns its id. confidence: in [0, 1], negative for none.
  // parent: an id an earlier Add() of this plugin returned, or 0. Throws
  // HostError when the host refuses it (a range outside the text or inside a
  // UTF-8 character, an undeclared type, a parent that does not contain it,
  // too many annotations).
  //
  //   ctx.Add(b, e, "quotes:quote", {{"length", std::to_string(n)}}, 0.9);
  uint64_t Add(uint64_t begin, uint64_t end, CString type,
               std::initializer_list<Field> attributes = {}, double confidence = -1,
               uint64_t parent = 0) {
    return AddFields(begin, end, type, attributes.begin(), attributes.end(), confidence, parent);
  }
  // The same with attributes from a container of pairs (std::vector<std::pair<
  // std::string, std::string>>, std::map, ...).
  template <typename Container>
  uint64_t Add(uint64_t begin, uint64_t end, CString type, const Container& attributes,
               double confidence = -1, uint64_t parent = 0) {
    return AddFields(begin, end, type, std::begin(attributes), std::end(attributes), confidence,
                     parent);
  }

  // Declares a category of a taxonomy for the TEI header (classDecl), with
  // fields label / alt / broader / school / theorist / definition (alt,
  // school and theorist may repeat).
  //
  //   ctx.DeclareCategory("concepts", "c.transference", {{"label", "transference"}});
  void DeclareCategory(CString taxonomy, CString id, std::initializer_list<Field> fields) {
    DeclareFields(taxonomy, id, fields.begin(), fields.end());
  }
  // The same with fields from a container of pairs (std::vector<std::pair<
  // std::string, std::string>>, std::multimap, ...).
  template <typename Container>
  void DeclareCategory(CString taxonomy, CString id, const Container& fields) {
    DeclareFields(taxonomy, id, std::begin(fields), std::end(fields));
  }

  // The tables whose cells are clear (ABI 1.2 hosts), in block order; their
  // blocks are GLOSSATOR_BLOCK_FIGURE_TEXT.
  size_t TableCount() const { return Need(api_.table_count, "table_count")(ctx_); }
  glossator_table Table(size_t i) const {
    glossator_table t{};
    Check(Need(api_.table, "table")(ctx_, i, &t), "table", i);
    return t;
  }
  // The cells of row `row` of table i, left to right, a spanning cell once.
  std::vector<glossator_table_cell> TableRow(size_t i, size_t row) const {
    auto get = Need(api_.table_cell, "table_cell");
    std::vector<glossator_table_cell> out;
    glossator_table_cell c{};
    while (get(ctx_, i, row, out.size(), &c) == GLOSSATOR_OK) out.push_back(c);
    return out;
  }

  // The plugin's own shared library, as an absolute path (ABI 1.1 hosts).
  std::string_view PluginPath() const {
    const char* path = Need(api_.plugin_path, "plugin_path")(ctx_);
    return path != nullptr ? path : "";
  }
  // The directory of PluginPath(), with a trailing '/': where data installed
  // beside the plugin is ("/usr/lib/glossator/plugins/").
  std::string PluginDirectory() const {
    std::string path(PluginPath());
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string("./") : path.substr(0, slash + 1);
  }

 private:
  template <typename It>
  void DeclareFields(CString taxonomy, CString id, It first, It last) {
    Need(api_.declare_category, "declare_category");
    Strings s(first, last);
    int status = api_.declare_category(ctx_, taxonomy.c_str(), id.c_str(), s.attributes.data(),
                                       s.attributes.size());
    if (status != GLOSSATOR_OK) {
      throw HostError(status, std::string("declare_category \"") + id.c_str() +
                                  "\" in taxonomy \"" + taxonomy.c_str() +
                                  "\": " + StatusName(status));
    }
  }

 public:
  // The value of one of the plugin's configuration keys (its default when
  // the user set none). Throws HostError for a key the plugin did not declare.
  // A key given several times arrives as its values joined by newlines, in
  // the order given (ConfigList splits them).
  std::string_view Config(CString key) const {
    const char* value = Need(api_.config, "config")(ctx_, key.c_str());
    if (value == nullptr) {
      throw HostError(GLOSSATOR_NOT_FOUND,
                      std::string("config key \"") + key.c_str() + "\" was not declared");
    }
    return value;
  }
  // Config(key) read as a whole decimal integer; throws HostError otherwise.
  long long ConfigInt(CString key) const {
    std::string value(Config(key));
    char* rest = nullptr;
    errno = 0;
    long long n = std::strtoll(value.c_str(), &rest, 10);
    if (value.empty() || errno != 0 || rest == nullptr || *rest != '\0') {
      throw HostError(GLOSSATOR_INVALID_ARGUMENT, std::string("config key \"") + key.c_str() +
                                                      "\": \"" + value + "\" is not an integer");
    }
    return n;
  }
  // Config(key) as "true" or "false"; throws HostError otherwise.
  bool ConfigBool(CString key) const {
    std::string_view value = Config(key);
    if (value == "true") return true;
    if (value == "false") return false;
    throw HostError(GLOSSATOR_INVALID_ARGUMENT, std::string("config key \"") + key.c_str() +
                                                    "\": \"" + std::string(value) +
                                                    "\" is not true or false");
  }
  // Config(key) read as a whole finite decimal number (strtod, "C" locale
  // digits: "0.5", "1e-3"); throws HostError otherwise.
  double ConfigDouble(CString key) const {
    std::string value(Config(key));
    char* rest = nullptr;
    errno = 0;
    double d = std::strtod(value.c_str(), &rest);
    if (value.empty() || errno == ERANGE || rest == nullptr || *rest != '\0' || d != d ||
        d - d != 0) {
      throw HostError(GLOSSATOR_INVALID_ARGUMENT, std::string("config key \"") + key.c_str() +
                                                      "\": \"" + value + "\" is not a number");
    }
    return d;
  }
  // The values of a key that may be given several times, in the order given
  // (Config(key) split at newlines, empty ones dropped); {} when unset and
  // its default is "".
  std::vector<std::string> ConfigList(CString key) const {
    std::vector<std::string> out;
    std::string_view rest = Config(key);
    while (!rest.empty()) {
      size_t n = rest.find('\n');
      std::string_view value = rest.substr(0, n);
      if (!value.empty()) out.emplace_back(value);
      if (n == std::string_view::npos) break;
      rest.remove_prefix(n + 1);
    }
    return out;
  }

  // Logs a message (level: GLOSSATOR_LOG_DEBUG ... GLOSSATOR_LOG_ERROR). Never
  // throws, except std::bad_alloc.
  void Log(int level, std::string_view message) const {
    if (api_.log == nullptr) return;
    std::string s(message);
    api_.log(ctx_, level, s.c_str());
  }

 private:
  // Keys and values made NUL-terminated, and the C array pointing at them.
  struct Strings {
    template <typename It>
    Strings(It first, It last) {
      for (It it = first; it != last; ++it) {
        storage.emplace_back(std::string_view(it->first));
        storage.emplace_back(std::string_view(it->second));
      }
      attributes.reserve(storage.size() / 2);
      for (size_t i = 0; i + 1 < storage.size(); i += 2) {
        attributes.push_back({storage[i].c_str(), storage[i + 1].c_str()});
      }
    }
    std::vector<std::string> storage;
    std::vector<glossator_attribute> attributes;
  };

  template <typename It>
  uint64_t AddFields(uint64_t begin, uint64_t end, CString type, It first, It last,
                     double confidence, uint64_t parent) {
    Need(api_.add_annotation, "add_annotation");
    Strings s(first, last);
    glossator_new_annotation a{};
    a.begin = begin;
    a.end = end;
    a.type = type.c_str();
    a.confidence = confidence;
    a.parent = parent;
    a.attributes = s.attributes.empty() ? nullptr : s.attributes.data();
    a.attribute_count = s.attributes.size();
    uint64_t id = 0;
    int status = api_.add_annotation(ctx_, &a, &id);
    if (status != GLOSSATOR_OK) {
      throw HostError(status, "add_annotation [" + std::to_string(begin) + ", " +
                                  std::to_string(end) + ") \"" + type.c_str() +
                                  "\": " + StatusName(status));
    }
    return id;
  }

  // fn, or a HostError when it is absent (a host older than this header).
  template <typename Fn>
  static Fn* Need(Fn* fn, const char* name) {
    if (fn == nullptr) {
      throw HostError(GLOSSATOR_ERROR,
                      std::string("the host has no function ") + name + " (an older Glossator?)");
    }
    return fn;
  }

  static void Check(int status, const char* call, size_t index) {
    if (status != GLOSSATOR_OK) {
      throw HostError(status,
                      std::string(call) + "(" + std::to_string(index) + "): " + StatusName(status));
    }
  }

  static const char* StatusName(int status) {
    switch (status) {
      case GLOSSATOR_OK:
        return "ok";
      case GLOSSATOR_INVALID_ARGUMENT:
        return "invalid argument";
      case GLOSSATOR_LIMIT:
        return "annotation limit reached";
      case GLOSSATOR_NOT_FOUND:
        return "not found";
      default:
        return "error";
    }
  }

  glossator_host_api api_{};
  glossator_context* ctx_;
};

// The class a plugin derives from.
class Plugin {
 public:
  Plugin() = default;
  Plugin(const Plugin&) = delete;
  Plugin& operator=(const Plugin&) = delete;
  virtual ~Plugin() = default;

  // Annotates one document. Return PluginStatus::Error(message), or throw, to
  // fail this document; annotations already added may be dropped by the host.
  virtual PluginStatus Process(Context& ctx) = 0;
};

namespace internal {

// Copies message into the host's buffer: NUL-terminated, truncated to fit
// without splitting a UTF-8 character. Nothing when there is no buffer.
inline void WriteError(char* error, size_t error_size, const char* message) noexcept {
  if (error == nullptr || error_size == 0) return;
  if (message == nullptr) message = "unknown error";
  size_t n = std::strlen(message);
  if (n >= error_size) {
    n = error_size - 1;
    while (n > 0 && (static_cast<unsigned char>(message[n]) & 0xC0) == 0x80) --n;
  }
  std::memcpy(error, message, n);
  error[n] = '\0';
}

// Runs body, turning every exception into GLOSSATOR_ERROR and a message.
template <typename Body>
int Guard(char* error, size_t error_size, Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    WriteError(error, error_size, "out of memory (std::bad_alloc)");  // plugin.h: "Memory"
  } catch (const std::exception& e) {
    WriteError(error, error_size, e.what());
  } catch (...) {
    WriteError(error, error_size, "unknown exception");
  }
  return GLOSSATOR_ERROR;
}

// Whether T declares a nested Instance (data made once per run).
template <typename T, typename = void>
struct HasInstance : std::false_type {};
template <typename T>
struct HasInstance<T, std::void_t<typename T::Instance>> : std::true_type {};

template <typename T>
int Init(const glossator_host_api* host, glossator_context* ctx, void** instance, char* error,
         size_t error_size) {
  return Guard(error, error_size, [&]() -> int {
    if (instance == nullptr) throw std::invalid_argument("init: no place for the instance");
    *instance = nullptr;
    Context context(host, ctx);
    using Instance = typename T::Instance;
    if constexpr (std::is_constructible<Instance, Context&>::value) {
      *instance = new Instance(context);
    } else {
      *instance = new Instance();
    }
    return GLOSSATOR_OK;
  });
}

template <typename T>
void Shutdown(void* instance) {
  try {
    delete static_cast<typename T::Instance*>(instance);
  } catch (...) {  // a destructor declared noexcept(false); nowhere to report it
  }
}

template <typename T>
int Create(const glossator_host_api* host, glossator_context* ctx, void** state, char* error,
           size_t error_size) {
  return Guard(error, error_size, [&]() -> int {
    if (state == nullptr) throw std::invalid_argument("create: no place for the state");
    *state = nullptr;
    Context context(host, ctx);
    Plugin* plugin = nullptr;
    if constexpr (HasInstance<T>::value) {
      using Instance = typename T::Instance;
      void* made = context.api().instance != nullptr ? context.api().instance(ctx) : nullptr;
      if (made == nullptr) throw std::runtime_error("create: no instance (the host ran no init)");
      const Instance& instance = *static_cast<const Instance*>(made);
      if constexpr (std::is_constructible<T, Context&, const Instance&>::value) {
        plugin = new T(context, instance);
      } else {
        plugin = new T(instance);
      }
    } else if constexpr (std::is_constructible<T, Context&>::value) {
      plugin = new T(context);
    } else {
      plugin = new T();
    }
    *state = plugin;
    return GLOSSATOR_OK;
  });
}

inline int Process(void* state, const glossator_host_api* host, glossator_context* ctx, char* error,
                   size_t error_size) {
  return Guard(error, error_size, [&]() -> int {
    if (state == nullptr) throw std::invalid_argument("process: no state (create failed?)");
    Context context(host, ctx);
    PluginStatus status = static_cast<Plugin*>(state)->Process(context);
    if (status.ok()) return GLOSSATOR_OK;
    WriteError(error, error_size,
               status.message().empty() ? "process failed" : status.message().c_str());
    return GLOSSATOR_ERROR;
  });
}

inline void Destroy(void* state) {
  try {
    delete static_cast<Plugin*>(state);
  } catch (...) {  // a destructor declared noexcept(false); nowhere to report it
  }
}

// Index 0 of each array is a placeholder, so that an empty section is valid C++.
template <typename T, size_t kTypes, size_t kRequired, size_t kConfig>
constexpr glossator_plugin_descriptor MakeDescriptor(
    const char* name, const char* version, const char* license, const char* description,
    const glossator_type_decl (&types)[kTypes], const char* const (&required)[kRequired],
    const glossator_config_key (&config)[kConfig]) {
  static_assert(std::is_base_of<Plugin, T>::value,
                "GLOSSATOR_PLUGIN: derive from glossator::Plugin");
  glossator_plugin_descriptor d{};
  d.struct_size = static_cast<uint32_t>(sizeof(glossator_plugin_descriptor));
  d.abi_major = GLOSSATOR_ABI_MAJOR;
  d.abi_minor = GLOSSATOR_ABI_MINOR;
  d.name = name;
  d.version = version;
  d.license = license;
  d.description = description;
  d.types = kTypes > 1 ? types + 1 : nullptr;
  d.type_count = kTypes - 1;
  d.required = kRequired > 1 ? required + 1 : nullptr;
  d.require_count = kRequired - 1;
  d.config_keys = kConfig > 1 ? config + 1 : nullptr;
  d.config_key_count = kConfig - 1;
  d.create = &Create<T>;
  d.process = &Process;
  d.destroy = &Destroy;
  if constexpr (HasInstance<T>::value) {
    d.init = &Init<T>;
    d.shutdown = &Shutdown<T>;
  }
  return d;
}

}  // namespace internal
}  // namespace glossator

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

// The sections of GLOSSATOR_PLUGIN, each possibly empty:
//   GLOSSATOR_TYPES({name, tei_element, tei_attributes}, ...)   see glossator_type_decl
//   GLOSSATOR_REQUIRES("plugin-or-type", ...)
//   GLOSSATOR_CONFIG({key, default_value, help}, ...)           see glossator_config_key
#define GLOSSATOR_TYPES(...) (__VA_ARGS__)
#define GLOSSATOR_REQUIRES(...) (__VA_ARGS__)
#define GLOSSATOR_CONFIG(...) (__VA_ARGS__)
#define GLOSSATOR_DETAIL_UNPACK(...) __VA_ARGS__

// Emits the plugin's entry point. Use once, at global scope, in one source
// file of the plugin. name is [a-z0-9-]+; license an SPDX identifier; the
// strings must be literals (or otherwise live as long as the library).
#define GLOSSATOR_PLUGIN(Class, name, version, license, description, types, required, config)    \
  extern "C" GLOSSATOR_PLUGIN_EXPORT const glossator_plugin_descriptor* glossator_plugin_entry(  \
      void) {                                                                                    \
    static constexpr glossator_type_decl kGlossatorTypes[] = {{nullptr, nullptr, nullptr},       \
                                                              GLOSSATOR_DETAIL_UNPACK types};    \
    static constexpr const char* kGlossatorRequired[] = {nullptr,                                \
                                                         GLOSSATOR_DETAIL_UNPACK required};      \
    static constexpr glossator_config_key kGlossatorConfig[] = {{nullptr, nullptr, nullptr},     \
                                                                GLOSSATOR_DETAIL_UNPACK config}; \
    static constexpr glossator_plugin_descriptor kGlossatorDescriptor =                          \
        ::glossator::internal::MakeDescriptor<Class>(name, version, license, description,        \
                                                     kGlossatorTypes, kGlossatorRequired,        \
                                                     kGlossatorConfig);                          \
    return &kGlossatorDescriptor;                                                                \
  }

#endif  // GLOSSATOR_PLUGIN_HPP_
