// The glossator command as a user runs it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace glossator {
namespace {

using testing::CommandResult;
using testing::RunCommand;

CommandResult Glossator(const std::string& args) {
  return RunCommand(std::string("'") + GLOSSATOR_BINARY + "' " + args);
}

TEST(Cli, HelpAndVersion) {
  CommandResult help = Glossator("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.output.find("glossator annotate IN.pdf"), std::string::npos) << help.output;
  EXPECT_NE(help.output.find("Exit codes"), std::string::npos);
  CommandResult version = Glossator("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.output.rfind("glossator ", 0), 0u) << version.output;
}

TEST(Cli, UsageErrorsExitWithTwoAndSayWhy) {
  CommandResult none = Glossator("");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.output.find("no command"), std::string::npos) << none.output;
  CommandResult unknown = Glossator("annotate --frobnicate x.pdf -o y.xml");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.output.find("--frobnicate"), std::string::npos) << unknown.output;
  CommandResult no_output = Glossator("annotate '" + testing::SamplePdf("article") + "'");
  EXPECT_EQ(no_output.exit_code, 2);
  EXPECT_NE(no_output.output.find("-o"), std::string::npos) << no_output.output;
}

TEST(Cli, HugeLimitsAreRefusedNotOverflowed) {
  CommandResult r =
      Glossator("text --time-limit 10000000000 '" + testing::SamplePdf("column") + "'");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("--time-limit needs a whole number from 0 to 1000000"), std::string::npos)
      << r.output;
  CommandResult m = Glossator("text --max-memory 99999999999999999999 x.pdf");
  EXPECT_EQ(m.exit_code, 2) << m.output;
}

TEST(Cli, TwoInputsOfOneNameAreRefusedBeforeAnythingIsWritten) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() + "/a");
  std::filesystem::create_directories(dir.path() + "/b");
  std::filesystem::copy_file(testing::SamplePdf("column"), dir.path() + "/a/x.pdf");
  std::filesystem::copy_file(testing::SamplePdf("article"), dir.path() + "/b/x.pdf");
  CommandResult r = Glossator("annotate '" + dir.path() + "/a/x.pdf' '" + dir.path() +
                              "/b/x.pdf' -o '" + dir.path() + "/out' --no-plugins");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("would both be written to"), std::string::npos) << r.output;
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/out/x.xml"));
}

TEST(Cli, TextPrintsTheNormalisedText) {
  CommandResult r = Glossator("text '" + testing::SamplePdf("column") + "' 2>/dev/null");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(testing::Tokens(r.output),
            testing::Tokens(testing::ReadFile(testing::ExpectedTextPath("column"))));
}

// The output replaces an existing file whole; the input is neither changed nor touched.
TEST(Cli, AnnotateReplacesOutputAndLeavesInputAlone) {
  testing::TempDir dir;
  std::string input = dir.path() + "/reading.pdf";
  std::filesystem::copy_file(testing::SamplePdf("article"), input);
  testing::FileSnapshot input_before(input);
  std::string output = dir.path() + "/reading.xml";
  std::ofstream(output) << "an old, longer file that must not survive in part";

  CommandResult r = Glossator("annotate '" + input + "' -o '" + output + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find(output), std::string::npos) << "says where the output went";
  std::string xml = testing::ReadFile(output);
  EXPECT_EQ(xml.rfind("<?xml", 0), 0u);
  EXPECT_EQ(xml.find("an old, longer file"), std::string::npos);

  EXPECT_EQ(input_before.Changes(), "");
  EXPECT_EQ(testing::EntriesIn(dir.path()), 2u) << "no temporary file left beside the output";
}

TEST(Cli, AnnotateWithNoPluginFoundSaysSoButWritesTheText) {
  testing::TempDir dir;
  std::string plugins = dir.path() + "/no-plugins-here";
  std::filesystem::create_directory(plugins);
  std::string empty_path = "GLOSSATOR_PLUGIN_PATH= ";
  CommandResult listed =
      RunCommand(empty_path + "'" + GLOSSATOR_BINARY + "' plugins --plugin-dir '" + plugins + "'");
  if (listed.output.find("0 plugin(s)") == std::string::npos) {
    GTEST_SKIP() << "plugins are installed on this machine:\n" << listed.output;
  }
  std::string output = dir.path() + "/reading.xml";
  CommandResult r = RunCommand(empty_path + "'" + GLOSSATOR_BINARY + "' annotate '" +
                               testing::SamplePdf("column") + "' -o '" + output +
                               "' --plugin-dir '" + plugins + "'");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("warning: no plugins found (searched: " + plugins), std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("--plugin-dir build/plugins"), std::string::npos) << r.output;
  EXPECT_TRUE(std::filesystem::exists(output));
  // Asked for: no warning.
  CommandResult none =
      Glossator("annotate '" + testing::SamplePdf("column") + "' -o '" + output + "' --no-plugins");
  EXPECT_EQ(none.exit_code, 0) << none.output;
  EXPECT_EQ(none.output.find("warning"), std::string::npos) << none.output;
}

TEST(Cli, AnOutputThatIsAnInputIsRefusedAndTheInputKept) {
  testing::TempDir dir;
  std::string input = dir.path() + "/reading.pdf";
  std::filesystem::copy_file(testing::SamplePdf("column"), input);
  testing::FileSnapshot before(input);
  CommandResult same = Glossator("annotate '" + input + "' -o '" + input + "' --no-plugins");
  EXPECT_EQ(same.exit_code, 2) << same.output;
  EXPECT_NE(same.output.find("an input is never overwritten"), std::string::npos) << same.output;
  // Through a link, and as NAME.xml of a reading whose own name is NAME.xml.
  std::filesystem::create_symlink(input, dir.path() + "/link.xml");
  CommandResult linked =
      Glossator("annotate '" + input + "' -o '" + dir.path() + "/link.xml' --no-plugins");
  EXPECT_EQ(linked.exit_code, 2) << linked.output;
  std::string named_xml = dir.path() + "/c.xml";
  std::filesystem::copy_file(testing::SamplePdf("column"), named_xml);
  testing::FileSnapshot named_before(named_xml);
  CommandResult pack = Glossator("annotate '" + named_xml + "' '" + input + "' -o '" + dir.path() +
                                 "' --no-plugins");
  EXPECT_EQ(pack.exit_code, 2) << pack.output;
  EXPECT_EQ(before.Changes(), "");
  EXPECT_EQ(named_before.Changes(), "");
}

// The time limit is watched by the parent: when the parent is killed, the
// worker goes too, and writes nothing.
TEST(Cli, KillingTheCommandStopsItsWorker) {
  testing::TempDir dir;
  std::string output = dir.path() + "/long.xml";
  std::string script = dir.path() + "/kill.sh";
  // Plain /proc, no procps: the worker is the command's child; gone or a
  // zombie is stopped.
  std::ofstream(script)
      << "'" << GLOSSATOR_BINARY << "' annotate '" << testing::SamplePdf("long-paper") << "' -o '"
      << output << "' --no-plugins &\n"
      << "p=$!; w=\n"
      << "for i in $(seq 500); do\n"
      << "  w=$(grep -ls \"^PPid:[[:space:]]*$p\\$\" /proc/[0-9]*/status | head -n 1 | cut -d/ "
         "-f3)\n"
      << "  [ -n \"$w\" ] && break; sleep 0.01\n"
      << "done\n"
      << "[ -n \"$w\" ] || echo NO-WORKER-SEEN\n"
      << "kill -9 $p; sleep 4\n"
      << "[ -d /proc/$w ] && ! grep -q '^State:.*Z' /proc/$w/status && echo WORKER-LEFT\n"
      << "rm -f '" << script << "'\n";
  CommandResult r = RunCommand("bash '" + script + "'");
  EXPECT_EQ(r.output.find("NO-WORKER-SEEN"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("WORKER-LEFT"), std::string::npos) << r.output;
  EXPECT_FALSE(std::filesystem::exists(output));
  EXPECT_EQ(testing::EntriesIn(dir.path()), 0u) << "no temporary file left";
}

TEST(Cli, AnnotateToStandardOutput) {
  CommandResult r =
      Glossator("annotate '" + testing::SamplePdf("column") + "' -o - --no-plugins -q 2>/dev/null");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output.rfind("<?xml", 0), 0u) << r.output.substr(0, 200);
  EXPECT_NE(r.output.find("</TEI>"), std::string::npos);
  // Standard output is written into, whatever it is: here a file that
  // already holds a line, which must stay.
  testing::TempDir dir;
  std::string log = dir.path() + "/log.txt";
  CommandResult appended =
      RunCommand("{ echo first-line; '" + std::string(GLOSSATOR_BINARY) + "' annotate '" +
                 testing::SamplePdf("column") + "' -o - --no-plugins -q; } > '" + log + "'");
  EXPECT_EQ(appended.exit_code, 0) << appended.output;
  EXPECT_EQ(testing::ReadFile(log).rfind("first-line\n<?xml", 0), 0u)
      << testing::ReadFile(log).substr(0, 100);
  CommandResult two = Glossator("annotate '" + testing::SamplePdf("column") + "' '" +
                                testing::SamplePdf("slides") + "' -o - --no-plugins");
  EXPECT_EQ(two.exit_code, 2) << two.output;
}

TEST(Cli, UnwritableOutputIsAnIoError) {
  CommandResult r =
      Glossator("annotate '" + testing::SamplePdf("article") + "' -o /nonexistent-dir/out.xml");
  EXPECT_EQ(r.exit_code, 3) << r.output;
  EXPECT_NE(r.output.find("/nonexistent-dir/out.xml"), std::string::npos) << r.output;
}

// With no process to spare (ulimit -u 0 as an unprivileged user: root is
// not held to it), the command says so and exits 12; it never reads the PDF
// in its own process, without the time and memory limits.
TEST(Cli, NoWorkerProcessIsExitTwelveNamingTheFile) {
  if (RunCommand("command -v setpriv >/dev/null").exit_code != 0) GTEST_SKIP() << "no setpriv";
  // The PDF where the unprivileged user can read it.
  testing::TempDir dir;
  std::string pdf = dir.path() + "/article.pdf";
  std::filesystem::copy_file(testing::SamplePdf("article"), pdf);
  std::filesystem::permissions(
      dir.path(), std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                      std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
                      std::filesystem::perms::others_exec);
  CommandResult r = RunCommand(
      "setpriv --reuid=65534 --regid=65534 --clear-groups bash -c 'ulimit -u 0 && exec \"$0\" "
      "text \"$1\"' '" +
      std::string(GLOSSATOR_BINARY) + "' '" + pdf + "' 2>&1");
  if (r.output.find("setpriv:") != std::string::npos || r.exit_code == 126 || r.exit_code == 127) {
    GTEST_SKIP() << "cannot run the command as an unprivileged user: " << r.output;
  }
  EXPECT_EQ(r.exit_code, 12) << r.output;
  EXPECT_NE(r.output.find(pdf + ": not read: cannot start a worker process"), std::string::npos)
      << r.output;
}

}  // namespace
}  // namespace glossator
