// LoadPlugin over the fixtures: each broken one refused with its own reason,
// the good and the runtime-misbehaving ones accepted with PluginInfo filled.
#include "plugin/loader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "plugin/descriptor.h"
#include "test_plugins.h"
#include "test_support.h"

namespace glossator::plugin {
namespace {

using glossator::testing::Contains;
using glossator::testing::TestPlugin;

// LoadPlugin(file) is refused, and the message names the file and the reason.
void ExpectRefused(const std::string& file, const std::string& reason) {
  Result<LoadedPlugin> loaded = LoadPlugin(file);
  ASSERT_FALSE(loaded.ok()) << file << " was accepted";
  EXPECT_EQ(loaded.status().code(), StatusCode::kPluginError);
  EXPECT_TRUE(Contains(loaded.status().message(), file + ": refused: "));
  EXPECT_TRUE(Contains(loaded.status().message(), reason));
}

const std::string kOurAbi =
    std::to_string(GLOSSATOR_ABI_MAJOR) + "." + std::to_string(GLOSSATOR_ABI_MINOR);

TEST(PluginLoaderRefusal, WrongMajorVersion) {
  ExpectRefused(TestPlugin("wrong-major"), "built for plugin ABI 2." +
                                               std::to_string(GLOSSATOR_ABI_MINOR) +
                                               "; this Glossator speaks " + kOurAbi);
}

TEST(PluginLoaderRefusal, NewerMinorVersion) {
  ExpectRefused(TestPlugin("newer-minor"),
                "built for plugin ABI " + std::to_string(GLOSSATOR_ABI_MAJOR) + "." +
                    std::to_string(GLOSSATOR_ABI_MINOR + 1) +
                    ", a newer minor version than this Glossator's " + kOurAbi);
}

TEST(PluginLoaderRefusal, NoEntryPoint) {
  ExpectRefused(TestPlugin("no-entry"), "exports no glossator_plugin_entry");
}

TEST(PluginLoaderRefusal, ShortDescriptor) {
  ExpectRefused(TestPlugin("short-struct"), "descriptor too short: 16 bytes, ABI " +
                                                std::to_string(GLOSSATOR_ABI_MAJOR) + ".0 needs " +
                                                std::to_string(kAbi10DescriptorSize));
}

TEST(PluginLoaderRefusal, NullDescriptor) {
  ExpectRefused(TestPlugin("null-descriptor"), "glossator_plugin_entry returned no descriptor");
}

TEST(PluginLoaderRefusal, BadName) {
  ExpectRefused(TestPlugin("bad-name"),
                "plugin name \"Bad Name!\" is not made of a-z, 0-9 and '-'");
}

TEST(PluginLoaderRefusal, MissingProcess) {
  ExpectRefused(TestPlugin("missing-process"),
                "plugin \"missing-process\" has no process function");
}

TEST(PluginLoaderRefusal, MissingFile) {
  ExpectRefused(TestPlugin("not-there"), "cannot be loaded: ");
  ExpectRefused(TestPlugin("not-there"), "No such file");
}

TEST(PluginLoaderRefusal, NotASharedLibrary) {
  glossator::testing::TempDir dir;
  const std::string file = dir.path() + "/libtext.so";
  std::ofstream(file) << "not an ELF file\n";
  ExpectRefused(file, "cannot be loaded: ");
}

TEST(PluginLoaderRefusal, BareNameIsNotLookedUpOnTheSystemPath) {
  // dlopen("libc.so.6") would find the C library; a plugin file is a path.
  ExpectRefused("libc.so.6", "cannot be loaded: ");
}

TEST(PluginLoaderAccept, GoodPluginInfo) {
  const std::string file = TestPlugin("good");
  Result<LoadedPlugin> loaded = LoadPlugin(file);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->file, file);
  EXPECT_NE(loaded->library, nullptr);
  const PluginInfo& info = loaded->info;
  EXPECT_EQ(info.name, "good");
  EXPECT_EQ(info.version, "1.2.3");
  EXPECT_EQ(info.license, "MIT");
  EXPECT_EQ(info.description, "Marks the first word");
  EXPECT_EQ(info.file, file);
  EXPECT_EQ(info.abi_major, GLOSSATOR_ABI_MAJOR);
  EXPECT_EQ(info.abi_minor, GLOSSATOR_ABI_MINOR);
  ASSERT_EQ(info.types.size(), 1u);
  EXPECT_EQ(info.types[0].name, "good:mark");
  EXPECT_EQ(info.types[0].tei_element, "seg");
  EXPECT_EQ(info.types[0].tei_attributes, "type=good");
  EXPECT_EQ(info.types[0].plugin, "good");
  EXPECT_TRUE(info.required.empty());
  ASSERT_EQ(info.config_keys.size(), 1u);
  EXPECT_EQ(info.config_keys[0].key, "label");
  EXPECT_EQ(info.config_keys[0].default_value, "x");
  EXPECT_EQ(info.config_keys[0].help, "The label attribute of the mark");

  const glossator_plugin_descriptor& d = loaded->descriptor;
  EXPECT_EQ(d.struct_size, sizeof(glossator_plugin_descriptor));
  EXPECT_STREQ(d.name, "good");
  EXPECT_NE(d.create, nullptr);
  EXPECT_NE(d.process, nullptr);
  EXPECT_NE(d.destroy, nullptr);
}

TEST(PluginLoaderAccept, RequirementsAndSeveralConfigKeys) {
  Result<LoadedPlugin> loaded = LoadPlugin(TestPlugin("needs-good"));
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const PluginInfo& info = loaded->info;
  EXPECT_EQ(info.name, "needs-good");
  EXPECT_EQ(info.version, "0.1.0");
  EXPECT_EQ(info.required, (std::vector<std::string>{"good", "good:mark"}));
  ASSERT_EQ(info.config_keys.size(), 2u);
  EXPECT_EQ(info.config_keys[0].key, "mode");
  EXPECT_EQ(info.config_keys[0].default_value, "quick");
  EXPECT_EQ(info.config_keys[0].help, "quick or thorough");
  EXPECT_EQ(info.config_keys[1].key, "note");
  EXPECT_EQ(info.config_keys[1].default_value, "");
  EXPECT_EQ(info.config_keys[1].help, "");  // NULL help
}

// Plugins that misbehave only when run still load: the pipeline deals with them.
class PluginLoaderMisbehaving : public ::testing::TestWithParam<std::string> {};

TEST_P(PluginLoaderMisbehaving, Accepted) {
  const std::string name = GetParam();
  Result<LoadedPlugin> loaded = LoadPlugin(TestPlugin(name));
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const PluginInfo& info = loaded->info;
  EXPECT_EQ(info.name, name);
  EXPECT_EQ(info.version, "1.0.0");
  ASSERT_EQ(info.types.size(), 1u);
  EXPECT_EQ(info.types[0].name, name + ":mark");
  EXPECT_EQ(info.types[0].tei_element, "seg");
  EXPECT_EQ(info.types[0].tei_attributes, "type=" + name);
  EXPECT_EQ(info.types[0].plugin, name);
  EXPECT_TRUE(info.required.empty());
  EXPECT_TRUE(info.config_keys.empty());
}

INSTANTIATE_TEST_SUITE_P(PluginLoader, PluginLoaderMisbehaving,
                         ::testing::Values("fails", "bad-offsets", "million", "create-fails",
                                           "throws"),
                         [](const auto& param) {
                           std::string name = param.param;
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

TEST(PluginLoaderAccept, SameFileTwice) {
  Result<LoadedPlugin> first = LoadPlugin(TestPlugin("good"));
  Result<LoadedPlugin> second = LoadPlugin(TestPlugin("good"));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(first->descriptor.create, second->descriptor.create);
  EXPECT_EQ(first->info.name, second->info.name);

  // Dropping one keeps the library open for the other.
  auto create = second->descriptor.create;
  first = Status::Internal("dropped");
  void* state = reinterpret_cast<void*>(1);
  char error[64] = "";
  EXPECT_EQ(create(nullptr, nullptr, &state, error, sizeof error), GLOSSATOR_OK);
  EXPECT_EQ(state, nullptr);
  second->descriptor.destroy(state);
}

TEST(PluginLoaderAccept, LibraryOutlivesCopiesOfTheLoadedPlugin) {
  LoadedPlugin copy;
  {
    Result<LoadedPlugin> loaded = LoadPlugin(TestPlugin("good"));
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    copy = loaded.value();
  }
  EXPECT_EQ(copy.library.use_count(), 1);
  EXPECT_STREQ(copy.descriptor.types[0].name, "good:mark");  // still mapped
}

}  // namespace
}  // namespace glossator::plugin
