// The runtime fixtures do what the pipeline's tests expect of them, run here
// against a small fake host that checks ranges the way the real one must.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "plugin/loader.h"
#include "test_plugins.h"

namespace glossator::plugin {
namespace {

using glossator::testing::TestPlugin;

struct Added {
  uint64_t begin, end;
  std::string type;
  std::vector<std::pair<std::string, std::string>> attributes;
  int status;
};

// The host's side of one call, enough for the fixtures.
struct FakeHost {
  std::string text;
  std::vector<glossator_range> words;
  size_t limit = SIZE_MAX;  // accepted annotations before LIMIT
  bool keep = true;         // record every call (false for the million)
  size_t calls = 0, accepted = 0, refused = 0;
  std::vector<Added> added;

  glossator_host_api Api() const {
    glossator_host_api api;
    std::memset(&api, 0, sizeof api);
    api.struct_size = sizeof api;
    api.abi_major = GLOSSATOR_ABI_MAJOR;
    api.abi_minor = GLOSSATOR_ABI_MINOR;
    api.text = [](glossator_context* ctx, uint64_t* length) -> const char* {
      *length = Of(ctx).text.size();
      return Of(ctx).text.data();
    };
    api.word_count = [](glossator_context* ctx) { return Of(ctx).words.size(); };
    api.word = [](glossator_context* ctx, size_t i, glossator_range* out) {
      if (i >= Of(ctx).words.size()) return int{GLOSSATOR_NOT_FOUND};
      *out = Of(ctx).words[i];
      return int{GLOSSATOR_OK};
    };
    api.config = [](glossator_context*, const char* key) -> const char* {
      return std::strcmp(key, "label") == 0 ? "x" : nullptr;
    };
    api.add_annotation = [](glossator_context* ctx, const glossator_new_annotation* a,
                            uint64_t* id) { return Of(ctx).Add(*a, id); };
    return api;
  }
  glossator_context* Context() { return reinterpret_cast<glossator_context*>(this); }
  static FakeHost& Of(glossator_context* ctx) { return *reinterpret_cast<FakeHost*>(ctx); }

  bool Boundary(uint64_t at) const {
    return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
  }
  int Add(const glossator_new_annotation& a, uint64_t* id) {
    ++calls;
    int status = GLOSSATOR_OK;
    if (a.begin > a.end || a.end > text.size() || !Boundary(a.begin) || !Boundary(a.end)) {
      status = GLOSSATOR_INVALID_ARGUMENT;
    } else if (accepted == limit) {
      status = GLOSSATOR_LIMIT;
    }
    status == GLOSSATOR_OK ? ++accepted : ++refused;
    if (keep) {
      Added record{a.begin, a.end, a.type, {}, status};
      for (size_t i = 0; i < a.attribute_count; ++i) {
        record.attributes.emplace_back(a.attributes[i].key, a.attributes[i].value);
      }
      added.push_back(record);
    }
    if (id != nullptr) *id = status == GLOSSATOR_OK ? accepted : 0;
    return status;
  }
};

FakeHost Host(std::string text, std::vector<glossator_range> words = {}) {
  FakeHost host;
  host.text = std::move(text);
  host.words = std::move(words);
  return host;
}

// Loads a fixture and runs create, process and destroy on host.
struct Outcome {
  int create = -1, process = -1;
  std::string error;
};
Outcome RunFixture(const std::string& name, FakeHost& host, size_t error_size = 256) {
  Result<LoadedPlugin> loaded = LoadPlugin(TestPlugin(name));
  EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
  if (!loaded.ok()) return {};
  const glossator_plugin_descriptor& d = loaded->descriptor;
  const glossator_host_api api = host.Api();
  std::vector<char> error(error_size, '?');
  Outcome run;
  void* state = nullptr;
  run.create = d.create(&api, host.Context(), &state, error.data(), error.size());
  if (run.create == GLOSSATOR_OK) {
    run.process = d.process(state, &api, host.Context(), error.data(), error.size());
    d.destroy(state);
  }
  if (run.create != GLOSSATOR_OK || run.process != GLOSSATOR_OK) {
    EXPECT_NE(std::memchr(error.data(), '\0', error.size()), nullptr) << "not NUL-terminated";
    run.error = error.data();
  }
  return run;
}

TEST(PluginLoaderFixtures, GoodMarksTheFirstWord) {
  FakeHost host = Host("Freud wrote", {{0, 5}, {6, 11}});
  Outcome run = RunFixture("good", host);
  EXPECT_EQ(run.process, GLOSSATOR_OK);
  ASSERT_EQ(host.added.size(), 1u);
  EXPECT_EQ(host.added[0].begin, 0u);
  EXPECT_EQ(host.added[0].end, 5u);
  EXPECT_EQ(host.added[0].type, "good:mark");
  EXPECT_EQ(host.added[0].attributes,
            (std::vector<std::pair<std::string, std::string>>{{"label", "x"}}));
}

TEST(PluginLoaderFixtures, FailsSaysSo) {
  FakeHost host = Host("text");
  Outcome run = RunFixture("fails", host);
  EXPECT_EQ(run.create, GLOSSATOR_OK);
  EXPECT_EQ(run.process, GLOSSATOR_ERROR);
  EXPECT_EQ(run.error, "fails: deliberately");
  EXPECT_EQ(RunFixture("fails", host, 6).error, "fails");  // truncated to the buffer
}

TEST(PluginLoaderFixtures, ThrowsIsCaughtAtTheBoundary) {
  FakeHost host = Host("text");
  Outcome run = RunFixture("throws", host);
  EXPECT_EQ(run.create, GLOSSATOR_OK);
  EXPECT_EQ(run.process, GLOSSATOR_ERROR);
  EXPECT_EQ(run.error, "throws: deliberately");
}

TEST(PluginLoaderFixtures, CreateFailsSaysSo) {
  FakeHost host = Host("text");
  Outcome run = RunFixture("create-fails", host);
  EXPECT_EQ(run.create, GLOSSATOR_ERROR);
  EXPECT_EQ(run.error, "create-fails: deliberately");
}

TEST(PluginLoaderFixtures, BadOffsetsAddsTwoBadRangesAndAGoodOne) {
  // "Freud\u2019s transference": the apostrophe is 3 bytes at offset 5.
  FakeHost host = Host("Freud\xE2\x80\x99s transference", {{0, 9}, {10, 22}});
  Outcome run = RunFixture("bad-offsets", host);
  EXPECT_EQ(run.process, GLOSSATOR_OK);
  ASSERT_EQ(host.added.size(), 3u);
  EXPECT_EQ(host.added[0].end, host.text.size() + 10);
  EXPECT_EQ(host.added[0].status, GLOSSATOR_INVALID_ARGUMENT);
  EXPECT_EQ(host.added[1].begin, 6u);  // inside the apostrophe
  EXPECT_EQ(host.added[1].end, 8u);
  EXPECT_EQ(host.added[1].status, GLOSSATOR_INVALID_ARGUMENT);
  EXPECT_EQ(host.added[2].begin, 0u);
  EXPECT_EQ(host.added[2].end, 9u);
  EXPECT_EQ(host.added[2].status, GLOSSATOR_OK);
}

TEST(PluginLoaderFixtures, BadOffsetsOnAsciiTextSkipsTheSplit) {
  FakeHost host = Host("plain", {{0, 5}});
  RunFixture("bad-offsets", host);
  EXPECT_EQ(host.added.size(), 2u);
}

TEST(PluginLoaderFixtures, MillionStopsAtTheLimit) {
  FakeHost host = Host("na\xC3\xAFve caf\xC3\xA9");
  host.limit = 1'000'000;
  host.keep = false;
  Outcome run = RunFixture("million", host);
  EXPECT_EQ(run.process, GLOSSATOR_OK);
  EXPECT_EQ(host.calls, 1'000'001u);
  EXPECT_EQ(host.accepted, 1'000'000u);  // none split a character
  EXPECT_EQ(host.refused, 1u);
}

TEST(PluginLoaderFixtures, MillionStopsAtTheFirstRefusal) {
  FakeHost host = Host("abc");
  host.limit = 5;
  RunFixture("million", host);
  EXPECT_EQ(host.calls, 6u);
  ASSERT_EQ(host.added.size(), 6u);
  EXPECT_EQ(host.added[3].begin, 0u);  // cycles
  EXPECT_EQ(host.added[3].end, 1u);
}

TEST(PluginLoaderFixtures, MillionWithoutAsciiOrTextAddsNothing) {
  FakeHost host = Host("\xC3\xA9\xC3\xA9");
  RunFixture("million", host);
  EXPECT_EQ(host.calls, 0u);
  FakeHost empty;
  RunFixture("million", empty);
  EXPECT_EQ(empty.calls, 0u);
}

}  // namespace
}  // namespace glossator::plugin
