// A plugin built for ABI 1.0 (the template as it was, against the 1.0
// headers frozen in abi10_template/) still loads and runs in today's host.
#include <gtest/gtest.h>

#include "test_plugins.h"
#include "test_support.h"

namespace glossator {
namespace {

using testing::Contains;

std::string Abi10Dir() { return testing::TestPluginDir() + "/abi10"; }

testing::CommandResult Glossator(const std::string& args) {
  return testing::RunCommand(std::string("'") + GLOSSATOR_BINARY + "' " + args);
}

TEST(Abi10Template, LoadsAsABI10) {
  testing::CommandResult r = Glossator("plugins --plugin-dir '" + Abi10Dir() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(Contains(r.output, "quotes 0.1.0  (ABI 1.0, MIT)"));
  EXPECT_FALSE(Contains(r.output, "Refused:"));
}

TEST(Abi10Template, AnnotatesThroughTheCommand) {
  testing::TempDir dir;
  std::string out = dir.path() + "/column.xml";
  testing::CommandResult r =
      Glossator("annotate '" + testing::SamplePdf("column") + "' -o '" + out + "' --plugin-dir '" +
                Abi10Dir() + "' --plugins quotes --set quotes.min_words=2");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  // Machine ids (xml:id="gl.…", issue 16) aside: the element as the 1.0 plugin made it.
  std::string xml = testing::WithoutMachineIds(testing::ReadFile(out));
  EXPECT_TRUE(Contains(xml, "<q resp=\"#glossator-quotes\">“You sounded so pleased for her.”</q>"))
      << xml.substr(0, 2000);
  EXPECT_TRUE(Contains(xml, "ident=\"glossator-quotes\""));
}

}  // namespace
}  // namespace glossator
