// The command line's forms (parsed by CLI11): GNU long options with =,
// joined short options, `--`, a help for each command, -V, --verbose, and
// the README's table of options agreeing with the commands' help.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "test_support.h"

namespace glossator {
namespace {

using testing::CommandResult;
using testing::RunCommand;
using testing::ShellQuote;

CommandResult Glossator(const std::string& args) {
  return RunCommand(ShellQuote(GLOSSATOR_BINARY) + " " + args);
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(CliOptions, LongOptionWithEqualsAndJoinedShortOption) {
  testing::TempDir dir;
  std::string column = ShellQuote(testing::SamplePdf("column"));
  CommandResult equals = Glossator(
      "annotate " + column + " --output=" + ShellQuote(dir.path() + "/a.xml") + " --no-plugins");
  EXPECT_EQ(equals.exit_code, 0) << equals.output;
  EXPECT_EQ(testing::ReadFile(dir.path() + "/a.xml").rfind("<?xml", 0), 0u);
  CommandResult joined =
      Glossator("annotate " + column + " -o" + ShellQuote(dir.path() + "/b.xml") + " --no-plugins");
  EXPECT_EQ(joined.exit_code, 0) << joined.output;
  EXPECT_TRUE(std::filesystem::exists(dir.path() + "/b.xml"));
  CommandResult limit = Glossator("text --time-limit=0 " + column);
  EXPECT_EQ(limit.exit_code, 2) << limit.output;
  EXPECT_TRUE(Contains(limit.output, "--time-limit must be at least 1 second")) << limit.output;
}

TEST(CliOptions, AfterTwoDashesAnArgumentIsAnInputEvenWithADash) {
  testing::TempDir dir;
  std::filesystem::copy_file(testing::SamplePdf("column"), dir.path() + "/-odd.pdf");
  CommandResult r =
      RunCommand("cd " + ShellQuote(dir.path()) + " && " + ShellQuote(GLOSSATOR_BINARY) +
                 " annotate --no-plugins -o out.xml -- -odd.pdf");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(std::filesystem::exists(dir.path() + "/out.xml"));
  // Without --, it is an option, and an unknown one.
  CommandResult without =
      RunCommand("cd " + ShellQuote(dir.path()) + " && " + ShellQuote(GLOSSATOR_BINARY) +
                 " annotate --no-plugins -o out2.xml -odd.pdf");
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/out2.xml")) << without.output;
}

TEST(CliOptions, EachCommandHasItsOwnHelp) {
  CommandResult annotate = Glossator("annotate --help");
  EXPECT_EQ(annotate.exit_code, 0) << annotate.output;
  EXPECT_TRUE(Contains(annotate.output, "glossator annotate")) << annotate.output;
  EXPECT_TRUE(Contains(annotate.output, "--files-from")) << annotate.output;
  EXPECT_FALSE(Contains(annotate.output, "--format")) << "refs only:\n" << annotate.output;
  CommandResult refs = Glossator("refs -h");
  EXPECT_EQ(refs.exit_code, 0);
  EXPECT_TRUE(Contains(refs.output, "--format")) << refs.output;
  EXPECT_FALSE(Contains(refs.output, "--files-from")) << refs.output;
  EXPECT_EQ(Glossator("help annotate").output, annotate.output);
  EXPECT_EQ(Glossator("help").output, Glossator("--help").output);
  EXPECT_EQ(Glossator("help frobnicate").exit_code, 2);
}

TEST(CliOptions, VersionAnywhereAndOptionsBeforeTheCommand) {
  CommandResult v = Glossator("-V");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.output.rfind("glossator ", 0), 0u) << v.output;
  EXPECT_TRUE(Contains(v.output, "plugin ABI")) << v.output;
  EXPECT_EQ(Glossator("annotate --version").output, v.output);
  testing::TempDir dir;
  CommandResult before =
      Glossator("--no-plugins -q annotate " + ShellQuote(testing::SamplePdf("column")) + " -o " +
                ShellQuote(dir.path() + "/a.xml"));
  EXPECT_EQ(before.exit_code, 0) << before.output;
  EXPECT_EQ(before.output, "") << "-q before the command counts";
  // An option's value before the command is not taken for the command.
  CommandResult valued =
      Glossator("--time-limit 30 text " + ShellQuote(testing::SamplePdf("column")));
  EXPECT_EQ(valued.exit_code, 0) << valued.output.substr(0, 300);
}

TEST(CliOptions, UnknownCommandsAndOptionsOfAnotherCommandAreUsageErrors) {
  CommandResult unknown = Glossator("anotate x.pdf -o y.xml");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_TRUE(Contains(unknown.output, "unknown command 'anotate'")) << unknown.output;
  CommandResult misplaced =
      Glossator("text " + ShellQuote(testing::SamplePdf("column")) + " -o out.txt");
  EXPECT_EQ(misplaced.exit_code, 2) << misplaced.output;
  EXPECT_TRUE(Contains(misplaced.output, "-o")) << misplaced.output;
  EXPECT_TRUE(Contains(misplaced.output, "glossator text --help")) << misplaced.output;
}

TEST(CliOptions, VerboseNamesThePluginsAndTimesEachFile) {
  testing::TempDir dir;
  CommandResult r = Glossator("annotate " + ShellQuote(testing::SamplePdf("column")) + " -o " +
                              ShellQuote(dir.path() + "/a.xml") + " --plugin-dir " +
                              ShellQuote(GLOSSATOR_TEST_PLUGIN_DIR) + " --plugins good --verbose");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(Contains(r.output, "glossator: plugin good 1.2.3 (")) << r.output;
  EXPECT_TRUE(std::regex_search(r.output, std::regex("annotations\\) in [0-9]+\\.[0-9] s\n")))
      << r.output;
}

// The long options a command's --help lists, from the options' own column.
std::set<std::string> OptionsInHelp(const std::string& help) {
  std::set<std::string> options;
  std::istringstream lines(help);
  static const std::regex kLong("--[a-z][a-z-]*");
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("  -", 0) != 0) continue;
    std::string column = line.substr(2, line.find("  ", 2) - 2);
    for (std::sregex_iterator it(column.begin(), column.end(), kLong), end; it != end; ++it) {
      options.insert(it->str());
    }
  }
  return options;
}

// For each command, the long options of the README's table of options.
std::map<std::string, std::set<std::string>> OptionsInReadme() {
  std::string readme = testing::ReadFile(std::string(GLOSSATOR_SOURCE_DIR) + "/README.md");
  size_t begin = readme.find("\n### Options\n");
  size_t end = readme.find("\n#", begin + 1);
  std::istringstream lines(readme.substr(begin, end - begin));
  static const std::regex kRow("^\\| `([^|]*)` \\| ([a-z, ]+) \\|");
  static const std::regex kLong("--[a-z][a-z-]*");
  std::map<std::string, std::set<std::string>> options;
  for (std::string line; std::getline(lines, line);) {
    std::smatch row;
    if (!std::regex_search(line, row, kRow)) continue;
    std::string names = row[1], commands = row[2];
    std::istringstream each(commands);
    for (std::string command; std::getline(each, command, ',');) {
      command.erase(0, command.find_first_not_of(' '));
      for (std::sregex_iterator it(names.begin(), names.end(), kLong), stop; it != stop; ++it) {
        options[command].insert(it->str());
      }
    }
  }
  return options;
}

TEST(CliOptions, TheReadmeListsTheOptionsEachCommandsHelpLists) {
  std::map<std::string, std::set<std::string>> readme = OptionsInReadme();
  ASSERT_EQ(readme.size(), 4u) << "the README's table of options names the four commands";
  for (const std::string command : {"annotate", "refs", "text", "plugins"}) {
    CommandResult help = Glossator(command + " --help");
    ASSERT_EQ(help.exit_code, 0) << help.output;
    std::set<std::string> listed = OptionsInHelp(help.output);
    EXPECT_GT(listed.size(), 3u) << help.output;
    EXPECT_EQ(readme[command], listed) << command << " --help:\n" << help.output;
  }
}

// help2man makes glossator(1) at build time from the same help (core/cli/man.cmake).
TEST(CliOptions, TheManPageHoldsEachCommandsHelp) {
  if (RunCommand("command -v help2man").exit_code != 0) GTEST_SKIP() << "no help2man: no man page";
  std::string page = std::filesystem::path(GLOSSATOR_BINARY).parent_path() / "glossator.1";
  std::string man = testing::ReadFile(page);
  ASSERT_FALSE(man.empty()) << page << " missing: build the glossator_man target";
  EXPECT_TRUE(Contains(man, ".TH GLOSSATOR \"1\"")) << man.substr(0, 300);
  for (const std::string command : {"annotate", "refs", "text", "plugins"}) {
    EXPECT_TRUE(Contains(man, ".SS " + command + "\n")) << command;
  }
  EXPECT_TRUE(Contains(man, "\\-\\-files\\-from FILE")) << man;
  EXPECT_TRUE(Contains(man, "\\-\\-format F")) << man;
}

}  // namespace
}  // namespace glossator
