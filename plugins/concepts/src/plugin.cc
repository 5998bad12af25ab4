// concepts: marks the theoretical concepts of psychotherapy readings.
//
// Each mention of a thesaurus term becomes an annotation of type "concept"
// (TEI <term ref="#c.x">) with the attribute category = the category's id;
// every category mentioned is declared in the taxonomy "concepts" of the TEI
// header. The thesaurus shipped with the plugin lies beside its library, in
// concepts/thesaurus.xml (found from the plugin_path the host gives, never an
// absolute path); configuration: builtin (true/false) and thesaurus (files
// merged after ours, a category with one of our ids replacing ours). See
// README.md. The thesaurus and its matcher are loaded once per run (Instance)
// and shared by every document; the shipped thesaurus alone, from the
// snapshot the build wrote beside it (concepts/thesaurus.bin,
// shipped_snapshot.h) when it was made of the same bytes.
#include "glossator/plugin.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document_tagger.h"
#include "flat_tables.h"
#include "matcher.h"
#include "shipped_snapshot.h"
#include "thesaurus.h"

namespace {

class Concepts : public glossator::Plugin {
 public:
  // The thesaurus and its matcher, loaded once per run.
  struct Instance {
    explicit Instance(glossator::Context& ctx) {
      const std::string dir = ctx.PluginDirectory() + "concepts/";
      const bool builtin = ctx.ConfigBool("builtin");
      const std::vector<std::string> files = ctx.ConfigList("thesaurus");
      std::string builtin_xml;
      if (builtin) builtin_xml = concepts::ReadThesaurusFile(dir + "thesaurus.xml");
      // The shipped thesaurus alone: read as the build read it, with its
      // matcher, when the snapshot was made of these very bytes; else (a
      // user's thesaurus merged in, no snapshot, a stale one) read and built
      // here.
      if (!builtin || !files.empty() ||
          !FromSnapshot(ctx, dir + "thesaurus.bin", dir + "thesaurus.xml", builtin_xml)) {
        if (builtin) thesaurus.AddText(builtin_xml, dir + "thesaurus.xml");
        for (const std::string& file : files) thesaurus.AddFile(file);
        thesaurus.Validate();
        matcher = std::make_unique<concepts::Matcher>(thesaurus);
      }
      if (thesaurus.categories().empty()) {
        ctx.Log(GLOSSATOR_LOG_WARNING, "concepts: the thesaurus is empty");
      }
    }

    bool FromSnapshot(glossator::Context& ctx, const std::string& path, const std::string& xml_path,
                      const std::string& xml) {
      // Mapped, not copied: the snapshot is read once, straight from the page cache.
      int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) return false;  // not built or not installed: read and built here
      struct stat st {};
      void* mapped = MAP_FAILED;
      if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        mapped = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      }
      ::close(fd);
      std::string_view bytes;
      if (mapped != MAP_FAILED) {
        bytes = std::string_view(static_cast<const char*>(mapped), static_cast<size_t>(st.st_size));
      }
      struct Unmap {
        void* at;
        size_t size;
        ~Unmap() {
          if (at != MAP_FAILED) ::munmap(at, size);
        }
      } unmap{mapped, bytes.size()};
      std::string error;
      if (concepts::ReadSnapshot(bytes, concepts::HashBytes(xml), xml_path, &thesaurus, &matcher,
                                 &error)) {
        return true;
      }
      ctx.Log(GLOSSATOR_LOG_WARNING, "concepts: " + path + ": " + error +
                                         "; the thesaurus is read and its matcher built here");
      return false;
    }

    concepts::Thesaurus thesaurus;  // before matcher, which refers to it
    // The matcher caches the words it has seen as it matches: documents run
    // in threads of one process take turns with it (mutex). The command runs
    // each document in a process of its own, with its own copy.
    std::unique_ptr<concepts::Matcher> matcher;
    mutable std::mutex mutex;
  };

  explicit Concepts(const Instance& instance)
      : thesaurus_(instance.thesaurus), instance_(instance) {}

  // The document's tags: field gate, one sense per discourse, @cert
  // (document_tagger.h).
  glossator::PluginStatus Process(glossator::Context& ctx) override {
    std::lock_guard<std::mutex> lock(instance_.mutex);
    concepts::Matcher& matcher = *instance_.matcher;
    const std::vector<concepts::Category>& categories = thesaurus_.categories();
    std::vector<uint64_t> begins;
    std::vector<std::string_view> texts;
    for (const glossator_block& b : ctx.Blocks()) {
      begins.push_back(b.begin);
      // A listing's words are code ("transfer", "object"), not the field's.
      texts.push_back(b.kind == GLOSSATOR_BLOCK_CODE ? std::string_view()
                                                     : ctx.Text(b.begin, b.end));
    }
    concepts::DocumentTagger tagger(matcher);
    std::vector<bool> used(categories.size(), false);
    size_t count = 0;
    concepts::FieldEvidence field;
    for (const concepts::DocumentTag& t : tagger.Tag(texts, &field)) {
      ctx.Add(begins[t.block] + t.begin, begins[t.block] + t.end, "concept",
              {{"category", categories[t.category].id}}, t.cert);
      used[t.category] = true;
      ++count;
    }
    MarkBroader(&used);
    for (size_t i = 0; i < categories.size(); ++i) {
      if (used[i]) Declare(ctx, categories[i]);
    }
    ctx.Log(GLOSSATOR_LOG_DEBUG, "concepts: " + std::to_string(count) +
                                     " mentions; field gate: " + std::to_string(field.unambiguous) +
                                     " unambiguous mentions of " + std::to_string(field.distinct) +
                                     " concepts in " + std::to_string(field.words) + " words: " +
                                     (field.in_field ? "in the field" : "not in the field"));
    return glossator::PluginStatus::Ok();
  }

 private:
  // Marks, besides, every broader concept of a marked one, up its chain, so
  // that each category's broader concept is declared too and the header
  // points to it (<ptr type="broader" target="#c.…">) rather than naming an
  // id it does not hold.
  void MarkBroader(std::vector<bool>* used) const {
    const std::vector<concepts::Category>& categories = thesaurus_.categories();
    std::vector<size_t> pending;
    for (size_t i = 0; i < categories.size(); ++i) {
      if ((*used)[i]) pending.push_back(i);
    }
    while (!pending.empty()) {
      size_t i = pending.back();
      pending.pop_back();
      for (const std::string& id : categories[i].broader) {
        const concepts::Category* b = thesaurus_.Find(id);
        if (b == nullptr) continue;
        size_t k = static_cast<size_t>(b - categories.data());
        if (!(*used)[k]) {
          (*used)[k] = true;  // never again, so a cycle ends
          pending.push_back(k);
        }
      }
    }
  }

  static void Declare(glossator::Context& ctx, const concepts::Category& c) {
    std::vector<std::pair<std::string, std::string>> fields{{"label", c.preferred}};
    for (const std::string& alt : c.alts) fields.emplace_back("alt", alt);
    for (const std::string& b : c.broader) fields.emplace_back("broader", b);
    for (const std::string& s : c.schools) fields.emplace_back("school", s);
    for (const std::string& t : c.theorists) fields.emplace_back("theorist", t);
    if (!c.definition.empty()) fields.emplace_back("definition", c.definition);
    std::vector<glossator_attribute> attributes;
    for (const auto& [key, value] : fields) attributes.push_back({key.c_str(), value.c_str()});
    int status = ctx.api().declare_category(ctx.raw(), "concepts", c.id.c_str(), attributes.data(),
                                            attributes.size());
    if (status != GLOSSATOR_OK) {
      throw glossator::HostError(status, "declare_category \"" + c.id + "\" refused");
    }
  }

  const concepts::Thesaurus& thesaurus_;
  const Instance& instance_;
};

}  // namespace

GLOSSATOR_PLUGIN(Concepts, "concepts", "0.1.0", "MIT",
                 "Marks the theoretical concepts of psychotherapy (TEI <term>) from a thesaurus",
                 GLOSSATOR_TYPES({"concept", "term", "ref=#{category}"}), GLOSSATOR_REQUIRES(),
                 GLOSSATOR_CONFIG({"builtin", "true",
                                   "use the thesaurus shipped with the plugin (true/false)"},
                                  {"thesaurus", "",
                                   "a thesaurus file merged after ours (repeatable); a category "
                                   "with an existing id replaces ours"}))
