// Where the ABI tests' plugins (built from fixtures_src/) are, and a check
// that a message contains a phrase.
#ifndef GLOSSATOR_TESTS_PLUGIN_ABI_TEST_PLUGINS_H_
#define GLOSSATOR_TESTS_PLUGIN_ABI_TEST_PLUGINS_H_

#include <gtest/gtest.h>

#include <string>

namespace glossator::testing {

inline std::string TestPluginDir() { return GLOSSATOR_TEST_PLUGIN_DIR; }
inline std::string ShadowPluginDir() { return TestPluginDir() + "/shadow"; }
// The file of fixture name, e.g. ".../fixtures/libwrong-major.so".
inline std::string TestPlugin(const std::string& name) {
  return TestPluginDir() + "/lib" + name + ".so";
}

inline ::testing::AssertionResult Contains(const std::string& text, const std::string& phrase) {
  if (text.find(phrase) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "\"" << text << "\"\n  does not contain \"" << phrase << "\"";
}

}  // namespace glossator::testing

#endif  // GLOSSATOR_TESTS_PLUGIN_ABI_TEST_PLUGINS_H_
