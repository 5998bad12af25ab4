// A plugin's messages are untrusted bytes: an error message that fills the
// host's buffer without a terminating NUL is read no further than the buffer,
// and log lines and error messages reach the terminal with their control
// bytes and binary escaped (ESC[2J would clear the user's screen).
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

#include "pipeline/host_context.h"
#include "test_plugins.h"
#include "test_support.h"

namespace glossator {
namespace {

using testing::Contains;

// The host's error buffer size (pipeline.cc's kErrorSize).
constexpr size_t kHostErrorBuffer = 1024;

testing::CommandResult Glossator(const std::string& args) {
  return testing::RunCommand(std::string("'") + GLOSSATOR_BINARY + "' " + args);
}

// The first byte of text a terminal would act on (a control other than the
// line break, DEL, or a byte of invalid UTF-8), as "byte N: 0xNN", or "".
std::string FirstRawControlByte(const std::string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7f || c == 0xff || c == 0xfe) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02x", c);
      return "byte " + std::to_string(i) + ": " + hex;
    }
    // C1 controls in UTF-8: C2 80..C2 9F.
    if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xa0) {
      return "byte " + std::to_string(i) + ": a C1 control";
    }
  }
  return "";
}

TEST(HostileMessages, AnErrorBufferWithoutNulIsReadNoFurtherThanItsSize) {
  // The buffer filled to its end, and what lies beyond it in memory (here
  // bytes of our own, as a guard) must not be read into the message.
  char memory[2 * kHostErrorBuffer];
  std::memset(memory, 'X', kHostErrorBuffer);
  std::memset(memory + kHostErrorBuffer, 'G', kHostErrorBuffer - 1);
  memory[sizeof memory - 1] = '\0';
  EXPECT_EQ(pipeline::PluginMessage(memory, kHostErrorBuffer), std::string(kHostErrorBuffer, 'X'));
  EXPECT_EQ(pipeline::PluginMessage("", kHostErrorBuffer), "no message given");
  EXPECT_EQ(pipeline::PluginMessage("bad \x1b[2J", kHostErrorBuffer), "bad \\x1b[2J");
}

TEST(HostileMessages, LogLinesAndErrorsReachTheTerminalEscaped) {
  testing::TempDir dir;
  std::string out = dir.path() + "/article.xml";
  testing::CommandResult r =
      Glossator("annotate '" + testing::SamplePdf("article") + "' -o '" + out + "' --plugin-dir '" +
                testing::TestPluginDir() + "' --plugins good,hostile-messages 2>&1");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(FirstRawControlByte(r.output), "") << r.output;
  EXPECT_TRUE(Contains(r.output,
                       "plugin hostile-messages: screen \\x1b[2J cleared, bell \\x07, "
                       "back\\x0dwritten\n"));
  EXPECT_TRUE(Contains(r.output, "plugin hostile-messages: forged\\x0aglossator: all is well\n"));
  EXPECT_TRUE(Contains(r.output, "binary \\xff\\xfe and a C1 CSI \\u009b31m\n"));
  // The whole buffer, and not one byte beyond it.
  EXPECT_TRUE(Contains(
      r.output, "plugin hostile-messages failed: " + std::string(kHostErrorBuffer, 'X') + "\n"));
  EXPECT_TRUE(Contains(testing::WithoutMachineIds(testing::ReadFile(out)),
                       "resp=\"#glossator-good\">Small</seg>"));
}

TEST(HostileMessages, ACreateThatRefusesItsSettingsWithoutNulIsReadWithinTheBuffer) {
  testing::TempDir dir;
  testing::CommandResult r =
      Glossator("annotate '" + testing::SamplePdf("article") + "' -o '" + dir.path() +
                "/a.xml' --plugin-dir '" + testing::TestPluginDir() +
                "' --plugins hostile-messages --set hostile-messages.fail-in=create 2>&1");
  EXPECT_EQ(r.exit_code, 11) << r.output;
  EXPECT_EQ(FirstRawControlByte(r.output), "") << r.output;
  EXPECT_TRUE(Contains(r.output,
                       "plugin hostile-messages refuses its settings (--set "
                       "hostile-messages.fail-in=create): " +
                           std::string(kHostErrorBuffer, 'X') + "\n"));
}

TEST(HostileMessages, ASettingsLineWithControlBytesIsQuotedEscaped) {
  testing::TempDir dir;
  std::string conf = dir.path() + "/glossator.conf";
  std::ofstream(conf) << "good.label=fine\n\x1b[2Jnot a setting \xff\n";
  testing::CommandResult r =
      Glossator("annotate '" + testing::SamplePdf("article") + "' -o '" + dir.path() +
                "/a.xml' --plugin-dir '" + testing::TestPluginDir() +
                "' --plugins good --config '" + conf + "' 2>&1");
  EXPECT_NE(r.exit_code, 0) << r.output;
  EXPECT_EQ(FirstRawControlByte(r.output), "") << r.output;
  EXPECT_TRUE(Contains(r.output, conf + ":2: expected plugin.key=value, got '\\x1b[2Jnot a "
                                        "setting \\xff'"));
}

}  // namespace
}  // namespace glossator
