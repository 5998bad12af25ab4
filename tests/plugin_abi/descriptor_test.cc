// The descriptor checks on descriptors built in memory: the host's copy is
// zero beyond struct_size, and every malformed field has its own reason.
#include "plugin/descriptor.h"

#include <gtest/gtest.h>

#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "test_plugins.h"

namespace glossator::plugin {
namespace {

using glossator::testing::Contains;

int Create(const glossator_host_api*, glossator_context*, void**, char*, size_t) {
  return GLOSSATOR_OK;
}
int Process(void*, const glossator_host_api*, glossator_context*, char*, size_t) {
  return GLOSSATOR_OK;
}
void Destroy(void*) {}

const glossator_type_decl kTypes[] = {{"concept", "term", "ref=#{category}"},
                                      {"mine:thing_2", "seg", nullptr}};
const char* const kRequired[] = {"citations", "concept"};
const glossator_config_key kKeys[] = {{"depth", "2", "how deep"}, {"note", "", nullptr}};

glossator_plugin_descriptor Valid() {
  glossator_plugin_descriptor d;
  std::memset(&d, 0, sizeof d);
  d.struct_size = sizeof d;
  d.abi_major = GLOSSATOR_ABI_MAJOR;
  d.abi_minor = GLOSSATOR_ABI_MINOR;
  d.name = "my-plugin2";
  d.version = "1";
  d.types = kTypes;
  d.type_count = 2;
  d.required = kRequired;
  d.require_count = 2;
  d.config_keys = kKeys;
  d.config_key_count = 2;
  d.create = Create;
  d.process = Process;
  d.destroy = Destroy;
  return d;
}

TEST(PluginLoaderDescriptor, ValidOneHasNoProblem) {
  EXPECT_EQ(VersionProblem(Valid()), "");
  EXPECT_EQ(ContentProblem(Valid()), "");
}

// ABI 1.1 appended init and shutdown to the 1.0 descriptor, and nothing else.
TEST(PluginLoaderDescriptor, Abi11SizeIsTheWholeDescriptorToday) {
  EXPECT_EQ(kAbi11DescriptorSize, sizeof(glossator_plugin_descriptor));
  EXPECT_EQ(kAbi10DescriptorSize, offsetof(glossator_plugin_descriptor, init));
}

TEST(PluginLoaderDescriptor, CopyIsZeroBeyondStructSize) {
  glossator_plugin_descriptor plugin_side;
  std::memset(&plugin_side, 0xAB, sizeof plugin_side);
  const size_t known = offsetof(glossator_plugin_descriptor, types);
  plugin_side.struct_size = static_cast<uint32_t>(known);
  glossator_plugin_descriptor copy = CopyDescriptor(plugin_side);
  const auto* bytes = reinterpret_cast<const unsigned char*>(&copy);
  EXPECT_EQ(std::memcmp(bytes, &plugin_side, known), 0);
  for (size_t i = known; i < sizeof copy; ++i) ASSERT_EQ(bytes[i], 0) << "byte " << i;
  EXPECT_EQ(copy.types, nullptr);
  EXPECT_EQ(copy.destroy, nullptr);
}

TEST(PluginLoaderDescriptor, CopyOfALargerDescriptorTakesWhatTheHostKnows) {
  struct Bigger {
    glossator_plugin_descriptor known;
    void* added_in_a_later_minor;
  } plugin_side{Valid(), nullptr};
  plugin_side.known.struct_size = sizeof plugin_side;
  glossator_plugin_descriptor copy = CopyDescriptor(plugin_side.known);
  EXPECT_EQ(copy.struct_size, sizeof plugin_side);
  EXPECT_EQ(copy.destroy, Destroy);
}

TEST(PluginLoaderDescriptor, TooShortForTheHeader) {
  glossator_plugin_descriptor d = Valid();
  d.struct_size = 4;
  EXPECT_TRUE(Contains(VersionProblem(d), "descriptor too short: 4 bytes, ABI 1.0 needs "));
}

TEST(PluginLoaderDescriptor, VersionIsCheckedBeforeSize) {
  // An ABI 2 descriptor may be laid out differently: say so, not "too short".
  glossator_plugin_descriptor d = Valid();
  d.abi_major = 2;
  d.struct_size = 16;
  EXPECT_TRUE(Contains(VersionProblem(d), "built for plugin ABI 2."));
}

TEST(PluginLoaderDescriptor, OlderMinorIsFine) {
  if (GLOSSATOR_ABI_MINOR == 0) GTEST_SKIP() << "no older minor version yet";
  glossator_plugin_descriptor d = Valid();
  d.abi_minor = GLOSSATOR_ABI_MINOR - 1;
  EXPECT_EQ(VersionProblem(d), "");
}

struct Case {
  const char* what;
  std::function<void(glossator_plugin_descriptor&)> spoil;
  const char* reason;
};

TEST(PluginLoaderDescriptor, EachMalformedFieldHasItsReason) {
  static const glossator_type_decl kNoName[] = {{"", "seg", nullptr}};
  static const glossator_type_decl kBadName[] = {{"Mine:Thing", "seg", nullptr}};
  static const glossator_type_decl kNoElement[] = {{"mine:x", nullptr, nullptr}};
  static const glossator_type_decl kBadElement[] = {{"mine:x", "1seg", nullptr}};
  static const glossator_type_decl kTwice[] = {{"mine:x", "seg", nullptr}, {"mine:x", "hi", ""}};
  static const glossator_type_decl kNotTei[] = {{"mine:x", "highlight", nullptr}};
  static const char* const kNullRequired[] = {"concept", nullptr};
  static const glossator_config_key kNoKey[] = {{nullptr, "", nullptr}};
  static const glossator_config_key kNoDefault[] = {{"depth", nullptr, nullptr}};
  static const glossator_config_key kKeyTwice[] = {{"depth", "1", ""}, {"depth", "2", ""}};
  // Past the host's bound on a descriptor string, as memory left unterminated reads.
  static const std::string kEndless(70 * 1024, 'x');
  static const glossator_config_key kEndlessHelp[] = {{"depth", "1", kEndless.c_str()}};
  const std::vector<Case> cases = {
      {"no name", [](auto& d) { d.name = nullptr; }, "the plugin has no name"},
      {"empty name", [](auto& d) { d.name = ""; }, "the plugin has no name"},
      {"upper case", [](auto& d) { d.name = "Mine"; }, "plugin name \"Mine\" is not made of"},
      {"control", [](auto& d) { d.name = "a\nb"; }, "plugin name \"a\\x0ab\" is not made of"},
      {"colon", [](auto& d) { d.name = "a:b"; }, "plugin name \"a:b\" is not made of"},
      {"no version", [](auto& d) { d.version = nullptr; }, "\"my-plugin2\" has no version"},
      {"empty version", [](auto& d) { d.version = ""; }, "\"my-plugin2\" has no version"},
      {"no create", [](auto& d) { d.create = nullptr; }, "has no create function"},
      {"no destroy", [](auto& d) { d.destroy = nullptr; }, "has no destroy function"},
      {"no types array", [](auto& d) { d.types = nullptr; }, "declares 2 types but no types array"},
      {"type without name",
       [](auto& d) {
         d.types = kNoName;
         d.type_count = 1;
       },
       "type 0 has no name"},
      {"bad type name",
       [](auto& d) {
         d.types = kBadName;
         d.type_count = 1;
       },
       "type name \"Mine:Thing\" is not made of a-z, 0-9, ':', '_' and '-'"},
      {"type without element",
       [](auto& d) {
         d.types = kNoElement;
         d.type_count = 1;
       },
       "type \"mine:x\" has no TEI element"},
      {"element not an XML name",
       [](auto& d) {
         d.types = kBadElement;
         d.type_count = 1;
       },
       "TEI element \"1seg\" is not an XML name"},
      {"element not TEI",
       [](auto& d) {
         d.types = kNotTei;
         d.type_count = 1;
       },
       "type \"mine:x\": \"highlight\" is not a TEI element Glossator writes (abbr, addName, "
       "author,"},
      {"init without shutdown",
       [](auto& d) {
         d.init = [](const glossator_host_api*, glossator_context*, void**, char*, size_t) {
           return 0;
         };
       },
       "has init but no shutdown"},
      {"shutdown without init", [](auto& d) { d.shutdown = [](void*) {}; },
       "has shutdown but no init"},
      {"type twice",
       [](auto& d) {
         d.types = kTwice;
         d.type_count = 2;
       },
       "type \"mine:x\" declared twice"},
      {"no required array", [](auto& d) { d.required = nullptr; },
       "declares 2 requirements but no required array"},
      {"null requirement", [](auto& d) { d.required = kNullRequired; }, "requirement 1 is empty"},
      {"no config array", [](auto& d) { d.config_keys = nullptr; },
       "declares 2 configuration keys but no config_keys array"},
      {"key without name",
       [](auto& d) {
         d.config_keys = kNoKey;
         d.config_key_count = 1;
       },
       "configuration key 0 has no name"},
      {"key without default",
       [](auto& d) {
         d.config_keys = kNoDefault;
         d.config_key_count = 1;
       },
       "configuration key \"depth\" has no default"},
      {"key twice",
       [](auto& d) {
         d.config_keys = kKeyTwice;
         d.config_key_count = 2;
       },
       "configuration key \"depth\" declared twice"},
      {"endless description", [](auto& d) { d.description = kEndless.c_str(); },
       "the descriptor's description is longer than 64 KiB or not terminated"},
      {"endless name", [](auto& d) { d.name = kEndless.c_str(); },
       "the descriptor's name is longer than 64 KiB or not terminated"},
      {"endless help",
       [](auto& d) {
         d.config_keys = kEndlessHelp;
         d.config_key_count = 1;
       },
       "the descriptor's configuration key 0 help is longer than 64 KiB or not terminated"},
  };
  for (const Case& c : cases) {
    glossator_plugin_descriptor d = Valid();
    c.spoil(d);
    EXPECT_TRUE(Contains(ContentProblem(d), c.reason)) << c.what;
  }
}

TEST(PluginLoaderDescriptor, WhatIsShownOfAPluginHasItsControlBytesEscaped) {
  static const glossator_config_key kEscapedKeys[] = {{"depth", "1", "how \x1b[2J deep"}};
  glossator_plugin_descriptor d = Valid();
  d.description = "clears \x1b[2J the screen\n";
  d.license = "MIT\a";
  d.config_keys = kEscapedKeys;
  d.config_key_count = 1;
  ASSERT_EQ(ContentProblem(d), "");
  PluginInfo info = DescribePlugin(d, "libmine.so");
  EXPECT_EQ(info.description, "clears \\x1b[2J the screen\\x0a");
  EXPECT_EQ(info.license, "MIT\\x07");
  EXPECT_EQ(info.config_keys[0].help, "how \\x1b[2J deep");
}

TEST(PluginLoaderDescriptor, ZeroCountsNeedNoArrays) {
  glossator_plugin_descriptor d = Valid();
  d.types = nullptr;
  d.type_count = 0;
  d.required = nullptr;
  d.require_count = 0;
  d.config_keys = nullptr;
  d.config_key_count = 0;
  EXPECT_EQ(ContentProblem(d), "");
}

TEST(PluginLoaderDescriptor, DescribeCopiesStrings) {
  PluginInfo info = DescribePlugin(Valid(), "/x/libmy.so");
  EXPECT_EQ(info.name, "my-plugin2");
  EXPECT_EQ(info.file, "/x/libmy.so");
  EXPECT_EQ(info.license, "");  // NULL
  ASSERT_EQ(info.types.size(), 2u);
  EXPECT_EQ(info.types[0].tei_attributes, "ref=#{category}");
  EXPECT_EQ(info.types[1].tei_attributes, "");  // NULL
  EXPECT_EQ(info.types[1].plugin, "my-plugin2");
  EXPECT_EQ(info.required, (std::vector<std::string>{"citations", "concept"}));
  ASSERT_EQ(info.config_keys.size(), 2u);
  EXPECT_EQ(info.config_keys[1].help, "");
}

}  // namespace
}  // namespace glossator::plugin
