// The pack's site in a real browser: Debian's chromium, headless, opens the
// sample pack's course page, a reading, the bibliography and the concept
// index; the DOM it renders (--dump-dom) must hold the headings, the marked
// terms and a citation link whose target the bibliography page has. Each page
// is also saved as a screenshot (build/pack-screenshots/, the source of
// docs/pack-*.png). Skipped when chromium is not installed.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "pack_test_support.h"

namespace glossator {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::ShellQuote;

std::string Chromium() {
  for (const char* name : {"chromium", "chromium-browser"}) {
    if (testing::RunCommand(std::string("command -v ") + name + " >/dev/null").exit_code == 0) {
      return name;
    }
  }
  return "";
}

// Headless flags: no sandbox (tests may run as root in a container), no GPU,
// a throw-away profile.
std::string Headless(const std::string& profile) {
  return " --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir=" +
         ShellQuote(profile) + " ";
}

std::string DumpDom(const std::string& chromium, const std::string& profile,
                    const std::string& file) {
  CommandResult r = testing::RunCommand(chromium + Headless(profile) + "--dump-dom " +
                                        ShellQuote("file://" + file) + " 2>/dev/null");
  EXPECT_EQ(r.exit_code, 0) << file;
  return r.output;
}

size_t Count(const std::string& s, const std::regex& pattern) {
  return std::distance(std::sregex_iterator(s.begin(), s.end(), pattern), std::sregex_iterator());
}

TEST(PackBrowser, ChromiumShowsTheSamplePackWithHeadingsMarksAndWorkingLinks) {
  std::string chromium = Chromium();
  if (chromium.empty()) GTEST_SKIP() << "no chromium: apt-get install chromium";
  testing::TempDir out, profile;
  CommandResult built =
      testing::Pack(ShellQuote(testing::SampleManifest()) + " -o " + ShellQuote(out.path()));
  ASSERT_EQ(built.exit_code, 0) << built.output;
  const std::string dir = out.path();

  std::string index = DumpDom(chromium, profile.path(), dir + "/index.html");
  EXPECT_TRUE(std::regex_search(index, std::regex("<h1>Rupture and Repair: A Sample Course</h1>")))
      << index.substr(0, 2000);
  EXPECT_EQ(Count(index, std::regex("<a href=\"readings/[a-z-]+\\.html\">")), 4u) << index;

  std::string reading =
      DumpDom(chromium, profile.path(), dir + "/readings/tollefsen-achterberg.html");
  EXPECT_TRUE(std::regex_search(reading, std::regex("<h1>Small Failures and Slow Repairs")))
      << reading.substr(0, 2000);
  EXPECT_TRUE(std::regex_search(reading, std::regex("<h[23][^>]*>Introduction</h[23]>")))
      << reading.substr(0, 4000);
  EXPECT_GT(Count(reading, std::regex("class=\"concept\"")), 50u);
  EXPECT_GT(Count(reading, std::regex("class=\"pb\"")), 3u);
  std::smatch cite;
  ASSERT_TRUE(std::regex_search(
      reading, cite,
      std::regex("<a class=\"cite\" href=\"\\.\\./bibliography\\.html#([^\"]+)\">Quennell")))
      << "no citation link to the bibliography";
  std::smatch concept_link;
  ASSERT_TRUE(std::regex_search(
      reading, concept_link,
      std::regex("<a class=\"concept\" href=\"\\.\\./concepts\\.html#([^\"]+)\"")));

  std::string bibliography = DumpDom(chromium, profile.path(), dir + "/bibliography.html");
  EXPECT_TRUE(std::regex_search(bibliography, std::regex("<h1>Bibliography</h1>")));
  // The citation's link lands on its work, which links back to the reading.
  std::smatch work;
  ASSERT_TRUE(std::regex_search(
      bibliography, work,
      std::regex("<div class=\"bibl\" id=\"" + cite[1].str() + "\"><p>([^<]*)</p>.*?</div>")))
      << cite[1];
  EXPECT_TRUE(work[1].str().find("Quennell") != std::string::npos) << work[1];
  EXPECT_TRUE(work[0].str().find("readings/tollefsen-achterberg.html#bib.") != std::string::npos)
      << work[0];

  std::string concepts = DumpDom(chromium, profile.path(), dir + "/concepts.html");
  EXPECT_TRUE(std::regex_search(concepts, std::regex("<h1>Concepts</h1>")));
  EXPECT_TRUE(concepts.find("id=\"" + concept_link[1].str() + "\"") != std::string::npos)
      << concept_link[1];

  // Screenshots, a desktop width and a phone's.
  fs::path shots = fs::path(GLOSSATOR_BINARY).parent_path().parent_path() / "pack-screenshots";
  fs::create_directories(shots);
  const std::vector<std::tuple<std::string, std::string, std::string>> pages = {
      {"index.html", "pack-index.png", "1100,700"},
      {"readings/tollefsen-achterberg.html", "pack-reading.png", "1100,900"},
      {"readings/tollefsen-achterberg.html", "pack-reading-phone.png", "400,800"},
      {"bibliography.html", "pack-bibliography.png", "1100,700"},
      {"concepts.html", "pack-concepts.png", "1100,700"}};
  for (const auto& [page, png, size] : pages) {
    std::string file = (shots / png).string();
    fs::remove(file);
    CommandResult r =
        testing::RunCommand(chromium + Headless(profile.path()) + "--window-size=" + size +
                            " --screenshot=" + ShellQuote(file) + " " +
                            ShellQuote("file://" + dir + "/" + page) + " 2>&1");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    std::string bytes = testing::ReadFile(file);
    EXPECT_GT(bytes.size(), 10000u) << file;
    EXPECT_EQ(bytes.substr(1, 3), "PNG") << file;
  }
}

}  // namespace
}  // namespace glossator
