// glossator annotate --plugins vignettes on sample PDFs, through the real
// binary: the inline <seg type="vignette"> form inside a paragraph, the
// stand-off <span type="vignette" from to> form across paragraphs (pointing to
// paragraphs that exist), the cue taxonomy @ana points to, <rs type="person">,
// no vignette on the slide deck, and TEI that jing accepts.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string>

#include "test_support.h"

namespace vignettes {
namespace {

// Runs glossator on pdf; the TEI file written (named after name), "" on failure.
std::string AnnotatePdf(const std::string& pdf, const std::string& name) {
  std::string out = ::testing::TempDir() + "vignettes_" + name + ".xml";
  std::string log = out + ".log";
  std::string command = glossator::testing::ShellQuote(GLOSSATOR_BINARY) + " annotate " +
                        glossator::testing::ShellQuote(pdf) + " -q -o " +
                        glossator::testing::ShellQuote(out) + " --plugin-dir " +
                        glossator::testing::ShellQuote(VIGNETTES_PLUGIN_DIR) +
                        " --plugins vignettes 2>" + glossator::testing::ShellQuote(log);
  int status = std::system(command.c_str());
  EXPECT_EQ(status, 0) << command << "\n" << glossator::testing::ReadFile(log);
  return status == 0 ? out : "";
}

// Runs glossator on samples/pdfs/NAME.pdf.
std::string Annotate(const std::string& name) {
  return AnnotatePdf(std::string(VIGNETTES_SAMPLES_DIR) + "/pdfs/" + name + ".pdf", name);
}

void ExpectValid(const std::string& path) {
  std::string command = glossator::testing::ShellQuote(JING_EXECUTABLE) + " " +
                        glossator::testing::ShellQuote(TEI_SCHEMA) + " " +
                        glossator::testing::ShellQuote(path);
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
}

struct Tei {
  pugi::xml_document doc;
  std::set<std::string> categories;  // ids of the vignette-cues taxonomy
};

void Load(const std::string& path, Tei& tei) {
  pugi::xml_parse_result parsed = tei.doc.load_file(path.c_str());
  ASSERT_TRUE(parsed) << path << ": " << parsed.description();
  for (pugi::xpath_node n :
       tei.doc.select_nodes("//*[local-name()='taxonomy'][@xml:id='vignette-cues']/*[local-name()"
                            "='category']")) {
    tei.categories.insert(n.node().attribute("xml:id").value());
  }
}

// Every #id of @ana names a declared cue category.
void ExpectCuesDeclared(const Tei& tei, pugi::xml_node element) {
  std::istringstream ana(element.attribute("ana").value());
  std::string pointer;
  int count = 0;
  while (ana >> pointer) {
    ++count;
    ASSERT_EQ(pointer[0], '#') << pointer;
    EXPECT_TRUE(tei.categories.count(pointer.substr(1))) << pointer << " is not declared";
  }
  EXPECT_GT(count, 0) << "no cue on " << element.name();
  EXPECT_STREQ(element.attribute("resp").value(), "#glossator-vignettes");
  double cert = element.attribute("cert").as_double(-1);
  EXPECT_GE(cert, 0.0);
  EXPECT_LE(cert, 1.0);
}

TEST(VignettesEndToEnd, WorkingPaperHasInlineVignettesWithCuesAndPersons) {
  std::string path = Annotate("working-paper");
  ASSERT_FALSE(path.empty());
  ExpectValid(path);
  Tei tei;
  Load(path, tei);
  pugi::xpath_node_set segs =
      tei.doc.select_nodes("//*[local-name()='p']/*[local-name()='seg'][@type='vignette']");
  ASSERT_FALSE(segs.empty()) << "no inline vignette";
  for (pugi::xpath_node seg : segs) ExpectCuesDeclared(tei, seg.node());
  // Mrs. L. starts inside her paragraph; her description is an <rs> in the seg.
  bool mrs_l = false;
  for (pugi::xpath_node seg : segs) {
    pugi::xml_node rs = seg.node().select_node("*[local-name()='rs'][@type='person']").node();
    if (std::string(rs.text().as_string()).rfind("Mrs. L.", 0) == 0) mrs_l = true;
  }
  EXPECT_TRUE(mrs_l) << "no <rs type=\"person\"> for Mrs. L. inside a vignette";
  // Each cue category says what it means.
  for (pugi::xpath_node n : tei.doc.select_nodes("//*[local-name()='taxonomy'][@xml:id='vignette-"
                                                 "cues']/*[local-name()='category']")) {
    EXPECT_STRNE(n.node().select_node(".//*[local-name()='gloss']").node().text().as_string(), "")
        << n.node().attribute("xml:id").value();
  }
}

TEST(VignettesEndToEnd, ArticleHasAStandOffSpanBetweenParagraphs) {
  std::string path = Annotate("article");
  ASSERT_FALSE(path.empty());
  ExpectValid(path);
  Tei tei;
  Load(path, tei);
  pugi::xpath_node_set spans = tei.doc.select_nodes(
      "//*[local-name()='standOff']/*[local-name()='spanGrp'][@type='vignette']/*[local-name()="
      "'span'][@type='vignette']");
  ASSERT_FALSE(spans.empty()) << "no stand-off vignette";
  bool between_paragraphs = false;
  for (pugi::xpath_node span : spans) {
    ExpectCuesDeclared(tei, span.node());
    std::string from = span.node().attribute("from").value();
    std::string to = span.node().attribute("to").value();
    ASSERT_EQ(from[0], '#');
    ASSERT_EQ(to[0], '#');
    pugi::xml_node first =
        tei.doc.select_node(("//*[@xml:id='" + from.substr(1) + "']").c_str()).node();
    pugi::xml_node last =
        tei.doc.select_node(("//*[@xml:id='" + to.substr(1) + "']").c_str()).node();
    ASSERT_TRUE(first) << from << " does not exist";
    ASSERT_TRUE(last) << to << " does not exist";
    if (std::string(first.name()) == "p" && std::string(last.name()) == "p" && first != last) {
      between_paragraphs = true;
      // Ilse's two paragraphs; her description is inline in the first.
      EXPECT_NE(std::string(first.text().as_string()).find("Ilse"), std::string::npos);
      EXPECT_TRUE(first.select_node(".//*[local-name()='rs'][@type='person']").node());
    }
  }
  EXPECT_TRUE(between_paragraphs) << "no span from one paragraph's id to another's";
}

TEST(VignettesEndToEnd, NoVignetteOnTheSlides) {
  std::string path = Annotate("slides");
  ASSERT_FALSE(path.empty());
  ExpectValid(path);
  Tei tei;
  Load(path, tei);
  EXPECT_TRUE(tei.doc.select_nodes("//*[@type='vignette']").empty());
  EXPECT_TRUE(tei.doc.select_nodes("//*[local-name()='rs'][@type='person']").empty());
}

// Freud's lectures come back to Breuer's patient after another patient's
// case: those vignettes carry @corresp to the first one about her.
TEST(VignettesEndToEnd, AReturnToAPatientPointsToTheFirstVignetteAboutThem) {
  std::string pdf =
      glossator::testing::SharedDir() + "/data/real/pdfs/freud-origin-and-development.pdf";
  if (glossator::testing::ReadFile(pdf).empty()) GTEST_SKIP() << pdf << " is not there";
  std::string path = AnnotatePdf(pdf, "freud-origin");
  ASSERT_FALSE(path.empty());
  ExpectValid(path);
  Tei tei;
  Load(path, tei);
  pugi::xpath_node_set returns = tei.doc.select_nodes(
      "//*[(local-name()='seg' or local-name()='span') and @type='vignette'][@corresp]");
  ASSERT_FALSE(returns.empty()) << "no vignette returns to a patient";
  for (pugi::xpath_node r : returns) {
    std::string corresp = r.node().attribute("corresp").value();
    ASSERT_EQ(corresp[0], '#') << corresp;
    pugi::xml_node first =
        tei.doc.select_node(("//*[@xml:id='" + corresp.substr(1) + "']").c_str()).node();
    ASSERT_TRUE(first) << corresp << " names no element";
    EXPECT_STREQ(first.attribute("type").value(), "vignette") << corresp;
    EXPECT_NE(first, r.node()) << "a vignette returns to itself";
    EXPECT_FALSE(first.attribute("corresp")) << "a return points to the first, not another return";
  }
}

TEST(VignettesEndToEnd, ABadThresholdFailsTheRunWithItsName) {
  std::string pdf = std::string(VIGNETTES_SAMPLES_DIR) + "/pdfs/column.pdf";
  std::string out = ::testing::TempDir() + "vignettes_bad.xml";
  std::string log = out + ".log";
  std::string command = glossator::testing::ShellQuote(GLOSSATOR_BINARY) + " annotate " +
                        glossator::testing::ShellQuote(pdf) + " -q -o " +
                        glossator::testing::ShellQuote(out) + " --plugin-dir " +
                        glossator::testing::ShellQuote(VIGNETTES_PLUGIN_DIR) +
                        " --plugins vignettes --set vignettes.start_threshold=1.5 2>" +
                        glossator::testing::ShellQuote(log);
  std::system(command.c_str());
  std::string message = glossator::testing::ReadFile(log);
  EXPECT_NE(message.find("start_threshold"), std::string::npos) << message;
}

}  // namespace
}  // namespace vignettes
