// The TEI writer (glossator/tei.h) on the real samples, through Poppler, and on
// small hand-built Documents for the edge cases: schema validity (jing and
// tei_all.rng), OUTPUT.md rules 1 (nothing lost), 2 (structure) and 9 (source),
// stable ids, and atomic writing; and the working paper's reference list
// (rules 1, 4 and 5) as the citations plugin's stand-in marks it, through the
// real pipeline.
#include "glossator/tei.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "glossator/extract.h"
#include "glossator/pipeline.h"
#include "test_support.h"

namespace glossator {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;
using testing::SampleNames;
using testing::SamplePdf;
using testing::SharedDir;
using testing::TempDir;
using testing::Tokens;

// Validates the files with one jing run; "" when they are valid, else jing's output.
std::string JingErrors(const std::vector<std::string>& files) {
  std::string command = std::string(JING_EXECUTABLE) + " '" + SharedDir() + "/schemas/tei_all.rng'";
  for (const std::string& f : files) command += " '" + f + "'";
  testing::CommandResult result = RunCommand(command);
  if (result.exit_code == 0) return "";
  // Each error lists every element jing expected: keep the start.
  return "jing exit code " + std::to_string(result.exit_code) + ":\n" +
         result.output.substr(0, 6000);
}

// Phrase-level elements; <bibl> too, but for an entry of a <listBibl>.
bool IsInline(pugi::xml_node element) {
  static const std::set<std::string> kInline = {
      "pb",       "lb",   "term",   "ref",       "seg",       "anchor",
      "hi",       "bibl", "author", "editor",    "persName",  "surname",
      "forename", "date", "title",  "biblScope", "publisher", "pubPlace"};
  if (std::string(element.parent().name()) == "listBibl") return false;
  return kInline.count(element.name()) > 0;
}

// What a reader of rule 1 sees under <text>: the text nodes in document order,
// with a space between block-level elements (inline ones such as <pb/> join).
// For each <pb>, records how many tokens come before it.
struct TextView {
  std::string text;
  std::vector<size_t> tokens_before_pb;
};

void CollectText(pugi::xml_node node, TextView& view) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      view.text += child.value();
    } else if (child.type() == pugi::node_element) {
      std::string name = child.name();
      if (name == "pb") view.tokens_before_pb.push_back(Tokens(view.text).size());
      if (!IsInline(child)) view.text += ' ';
      CollectText(child, view);
      if (!IsInline(child)) view.text += ' ';
    }
  }
}

TextView TextOf(const pugi::xml_document& xml) {
  TextView view;
  CollectText(xml.child("TEI").child("text"), view);
  return view;
}

// The first place two token lists part, for a readable failure.
std::string FirstDifference(const std::vector<std::string>& want,
                            const std::vector<std::string>& got) {
  size_t i = 0;
  while (i < want.size() && i < got.size() && want[i] == got[i]) ++i;
  auto around = [i](const std::vector<std::string>& v) {
    std::string s;
    for (size_t k = i >= 3 ? i - 3 : 0; k < std::min(v.size(), i + 4); ++k) s += v[k] + " ";
    return s;
  };
  return "token " + std::to_string(i) + " of " + std::to_string(want.size()) + "/" +
         std::to_string(got.size()) + ": want [" + around(want) + "] got [" + around(got) + "]";
}

// Rule 1, and one <pb> per page, in order, where the page's text begins.
void ExpectTextAndPageBreaks(const Document& doc, const pugi::xml_document& xml,
                             const std::string& what) {
  TextView view = TextOf(xml);
  std::vector<std::string> want = Tokens(doc.text()), got = Tokens(view.text);
  EXPECT_EQ(want, got) << what << ": " << FirstDifference(want, got);

  pugi::xpath_node_set pbs = xml.select_nodes("/TEI/text//pb");
  ASSERT_EQ(pbs.size(), doc.pages().size()) << what;
  for (size_t i = 0; i < pbs.size(); ++i) {
    const Page& page = doc.pages()[i];
    EXPECT_EQ(pbs[i].node().attribute("n").as_int(), page.number) << what << ": pb " << i;
    EXPECT_EQ(page.number, static_cast<int>(i) + 1) << what;
    size_t begin = std::min(page.text_begin, doc.text().size());
    EXPECT_EQ(view.tokens_before_pb[i], Tokens(doc.text().substr(0, begin)).size())
        << what << ": <pb n=\"" << page.number << "\"/> is not where the page's text begins";
  }
}

// Every division and block-level element under <text> has an xml:id; all the
// file's ids are distinct. Returns them in document order.
std::vector<std::string> ExpectIds(const pugi::xml_document& xml, const std::string& what) {
  for (const char* name :
       {"div", "head", "p", "list", "item", "note", "listBibl", "listBibl/bibl"}) {
    for (pugi::xpath_node n : xml.select_nodes(("/TEI/text//" + std::string(name)).c_str())) {
      EXPECT_FALSE(n.node().attribute("xml:id").empty()) << what << ": <" << name << "> without id";
    }
  }
  std::vector<std::string> ids;
  std::set<std::string> seen;
  for (pugi::xpath_node n : xml.select_nodes("//@xml:id")) {
    ids.push_back(n.attribute().value());
    EXPECT_TRUE(seen.insert(ids.back()).second) << what << ": duplicate xml:id " << ids.back();
  }
  return ids;
}

// The samples, extracted, written with WriteTeiFile and parsed once for all tests.
class TeiSamples : public ::testing::Test {
 protected:
  struct Sample {
    std::unique_ptr<Document> doc;
    std::string path;
    std::string xml_text;
    pugi::xml_document xml;
  };

  static void SetUpTestSuite() {
    dir_ = new TempDir();
    samples_ = new std::map<std::string, Sample>();
    for (const std::string& name : SampleNames()) {
      Result<Document> doc = ExtractDocument(SamplePdf(name));
      ASSERT_TRUE(doc.ok()) << doc.status().ToString();
      Sample& s = (*samples_)[name];
      s.doc = std::make_unique<Document>(doc.value());
      s.path = dir_->path() + "/" + name + ".xml";
      Status written = WriteTeiFile(*s.doc, s.path);
      ASSERT_TRUE(written.ok()) << written.ToString();
      s.xml_text = testing::ReadFile(s.path);
      pugi::xml_parse_result parsed = s.xml.load_string(s.xml_text.c_str());
      ASSERT_TRUE(parsed) << name << ": " << parsed.description() << " at byte " << parsed.offset;
    }
  }
  static void TearDownTestSuite() {
    delete samples_;
    delete dir_;
    samples_ = nullptr;
    dir_ = nullptr;
  }

  void SetUp() override {
    ASSERT_NE(samples_, nullptr);
    ASSERT_EQ(samples_->size(), SampleNames().size()) << "a sample failed to extract or write";
  }

  static TempDir* dir_;
  static std::map<std::string, Sample>* samples_;
};

TempDir* TeiSamples::dir_ = nullptr;
std::map<std::string, TeiSamples::Sample>* TeiSamples::samples_ = nullptr;

TEST_F(TeiSamples, ValidateAgainstTeiAll) {
  std::vector<std::string> files;
  for (const auto& [name, s] : *samples_) files.push_back(s.path);
  EXPECT_EQ(JingErrors(files), "");
}

TEST_F(TeiSamples, TextIsExactlyTheDocumentText) {
  for (const auto& [name, s] : *samples_) ExpectTextAndPageBreaks(*s.doc, s.xml, name);
}

TEST_F(TeiSamples, HeaderNamesTheSourceFileItsHashAndPageCount) {
  for (const auto& [name, s] : *samples_) {
    pugi::xml_node file_desc = s.xml.child("TEI").child("teiHeader").child("fileDesc");
    EXPECT_EQ(file_desc.child("titleStmt").child("title").text().as_string(), s.doc->Title());
    pugi::xml_node bibl = file_desc.child("sourceDesc").child("bibl");
    EXPECT_EQ(bibl.find_child_by_attribute("idno", "type", "file").text().as_string(),
              name + ".pdf");
    std::string sha = bibl.find_child_by_attribute("idno", "type", "sha256").text().as_string();
    EXPECT_EQ(sha.size(), 64u) << name;
    EXPECT_EQ(sha.find_first_not_of("0123456789abcdef"), std::string::npos) << sha;
    EXPECT_EQ(sha, s.doc->source().sha256);
    pugi::xml_node measure = bibl.child("extent").child("measure");
    EXPECT_STREQ(measure.attribute("unit").value(), "pages");
    EXPECT_EQ(measure.attribute("quantity").as_int(), s.doc->source().page_count) << name;
    EXPECT_GT(s.doc->source().page_count, 0);
    pugi::xml_node app =
        s.xml.select_node("/TEI/teiHeader/encodingDesc/appInfo/application").node();
    EXPECT_STREQ(app.attribute("ident").value(), "glossator");
    EXPECT_FALSE(app.attribute("version").empty());
  }
}

TEST_F(TeiSamples, HeadingsAreHeadsOfNestedDivs) {
  for (const auto& [name, s] : *samples_) {
    const Document& doc = *s.doc;
    size_t headings = 0, items = 0;
    for (const Block& b : doc.blocks()) {
      headings += b.kind == BlockKind::kHeading;
      items += b.kind == BlockKind::kListItem;
    }
    // A heading that is the printed title or the byline is <titlePart> or
    // <docAuthor> in <front> (OUTPUT.md rule 10); every other one a <head>.
    size_t in_front = 0;
    std::vector<size_t> title_and_byline = doc.front().title;
    if (doc.front().byline != FrontMatter::kNone) title_and_byline.push_back(doc.front().byline);
    for (size_t i : title_and_byline) {
      if (doc.blocks()[i].kind != BlockKind::kHeading) continue;
      std::string id = "h" + std::to_string(i);
      std::string xpath =
          "/TEI/text/front//*[(local-name()='titlePart' or "
          "local-name()='docAuthor') and @xml:id='" +
          id + "']";
      EXPECT_TRUE(s.xml.select_node(xpath.c_str())) << name << ": " << id;
      ++in_front;
    }
    EXPECT_EQ(s.xml.select_nodes("/TEI/text//head").size() + in_front, headings) << name;
    EXPECT_EQ(s.xml.select_nodes("/TEI/text//list/item").size(), items) << name;
    for (pugi::xpath_node h : s.xml.select_nodes("/TEI/text//head")) {
      pugi::xml_node div = h.parent();
      // A masthead above the title stands in <front> itself (rule 10).
      if (std::string(div.name()) == "front") {
        EXPECT_TRUE(div.select_node("docTitle")) << name << ": a head in a front without title";
        continue;
      }
      ASSERT_STREQ(div.name(), "div") << name;
      EXPECT_EQ(div.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; }),
                h.node())
          << name << ": a <head> that is not its div's first element";
      if (doc.is_slide_deck()) continue;
      // A nested division's heading is of a deeper level than its parent's.
      int level = doc.blocks()[std::stoul(h.node().attribute("xml:id").value() + 1)].level;
      pugi::xml_node outer = div.parent().child("head");
      if (std::string(div.parent().name()) == "div" && outer) {
        int outer_level = doc.blocks()[std::stoul(outer.attribute("xml:id").value() + 1)].level;
        EXPECT_LT(outer_level, level) << name << ": " << h.node().text().as_string();
      }
    }
  }
}

TEST_F(TeiSamples, SlideDeckHasOneDivPerSlide) {
  const Sample& s = samples_->at("slides");
  ASSERT_TRUE(s.doc->is_slide_deck());
  std::vector<int> slides;
  for (const Block& b : s.doc->blocks()) {
    if (slides.empty() || slides.back() != b.slide) slides.push_back(b.slide);
  }
  pugi::xpath_node_set divs = s.xml.select_nodes("/TEI/text/body/div[@type='slide']");
  ASSERT_EQ(divs.size(), slides.size());
  EXPECT_EQ(s.xml.select_nodes("/TEI/text//div").size(), slides.size()) << "no other divs";
  for (size_t i = 0; i < divs.size(); ++i) {
    EXPECT_EQ(divs[i].node().attribute("n").as_int(), slides[i]);
    EXPECT_TRUE(divs[i].node().child("head")) << "slide " << slides[i] << " has its title";
  }
  size_t lines = 0;
  for (const Block& b : s.doc->blocks()) lines += b.kind == BlockKind::kLine;
  EXPECT_EQ(s.xml.select_nodes("/TEI/text//p[@rend='line']").size(), lines);
}

TEST_F(TeiSamples, FurnitureIsInSourceDocNotInText) {
  const std::string header = "Ostrander · Repair After Rupture";
  const Sample& wp = samples_->at("working-paper");
  EXPECT_EQ(TextOf(wp.xml).text.find(header), std::string::npos);
  EXPECT_TRUE(wp.xml.select_node(
      ("/TEI/sourceDoc/surface[@n='3']/zone/fw[@type='header'][.='" + header + "']").c_str()))
      << "the running header is recorded in <sourceDoc>";
  EXPECT_TRUE(wp.xml.select_node("/TEI/sourceDoc/surface[@n='3']/zone/fw[@type='pageNum'][.='3']"));
  for (const auto& [name, s] : *samples_) {
    EXPECT_TRUE(s.xml.select_nodes("/TEI/text//fw").empty()) << name;
    pugi::xpath_node_set surfaces = s.xml.select_nodes("/TEI/sourceDoc/surface");
    ASSERT_EQ(surfaces.size(), s.doc->pages().size()) << name;
    for (size_t i = 0; i < surfaces.size(); ++i) {
      const Page& page = s.doc->pages()[i];
      EXPECT_EQ(surfaces[i].node().attribute("n").as_int(), page.number);
      std::vector<std::string> fws;
      for (pugi::xpath_node fw : surfaces[i].node().select_nodes("zone/fw")) {
        fws.push_back(fw.node().text().as_string());
      }
      std::vector<std::string> furniture;
      for (const Furniture& f : page.furniture) furniture.push_back(f.text);
      EXPECT_EQ(fws, furniture) << name << " page " << page.number;
    }
  }
}

TEST_F(TeiSamples, IdsAreUniqueAndStableAcrossRuns) {
  for (const auto& [name, s] : *samples_) {
    std::vector<std::string> ids = ExpectIds(s.xml, name);
    EXPECT_GT(ids.size(), s.doc->blocks().size()) << name;
    // A fresh extraction of the same PDF renders to the same bytes.
    Result<Document> again = ExtractDocument(SamplePdf(name));
    ASSERT_TRUE(again.ok()) << again.status().ToString();
    Result<std::string> xml = RenderTei(*again);
    ASSERT_TRUE(xml.ok()) << xml.status().ToString();
    EXPECT_TRUE(*xml == s.xml_text) << name << ": a second run renders differently";
  }
}

TEST_F(TeiSamples, NoWhitespaceIsAddedInsideMixedContent) {
  for (const auto& [name, s] : *samples_) {
    for (pugi::xpath_node n :
         s.xml.select_nodes("/TEI/text//*[self::p or self::head or self::item]")) {
      std::string first = n.node().first_child().value(), last = n.node().last_child().value();
      EXPECT_TRUE(first.empty() || first[0] != '\n') << name << ": " << n.node().name();
      EXPECT_TRUE(last.empty() || last.back() != '\n') << name << ": " << n.node().name();
    }
  }
}

// Hand-built Documents. In a block's text "¦" marks where a page begins.
struct Spec {
  BlockKind kind;
  std::string text;
  int level = 0;
  int slide = 0;
};

Document MakeDocument(const std::vector<Spec>& specs, int empty_pages_at_end = 0,
                      bool slide_deck = false) {
  const std::string kMark = "¦";
  DocumentParts parts;
  std::vector<size_t> page_starts;
  for (const Spec& spec : specs) {
    if (!parts.text.empty()) parts.text += spec.kind == BlockKind::kLine ? "\n" : "\n\n";
    Block b;
    b.kind = spec.kind;
    b.level = spec.level;
    b.slide = spec.slide;
    b.begin = parts.text.size();
    b.first_page = static_cast<int>(std::max<size_t>(page_starts.size(), 1));
    for (size_t i = 0; i < spec.text.size();) {
      if (spec.text.compare(i, kMark.size(), kMark) == 0) {
        page_starts.push_back(parts.text.size());
        i += kMark.size();
      } else {
        parts.text += spec.text[i++];
      }
    }
    b.end = parts.text.size();
    b.last_page = static_cast<int>(page_starts.size());
    parts.blocks.push_back(b);
  }
  for (int i = 0; i < empty_pages_at_end; ++i) page_starts.push_back(parts.text.size());
  for (size_t i = 0; i < page_starts.size(); ++i) {
    Page page;
    page.number = static_cast<int>(i) + 1;
    page.width = 595.276;
    page.height = 841.89;
    page.text_begin = page_starts[i];
    page.furniture.push_back(
        {Furniture::Kind::kPageNumber, std::to_string(i + 1), {290, 800, 300, 810}});
    parts.pages.push_back(page);
  }
  parts.source.file_name = "made-up.pdf";
  parts.source.path = "/nowhere/made-up.pdf";
  parts.source.sha256 = std::string(64, 'a');
  parts.source.page_count = static_cast<int>(parts.pages.size());
  parts.is_slide_deck = slide_deck;
  return Document(std::move(parts));
}

Document EdgeCaseArticle() {
  Document doc =
      MakeDocument({{BlockKind::kParagraph, "¦Front matter & <stuff> \"quoted\" 'too'."},
                    {BlockKind::kListItem, "• first item"},
                    {BlockKind::kListItem, "¦• second item"},
                    {BlockKind::kHeading, "Part One", 2},
                    {BlockKind::kParagraph, "Text that runs on to the next pa¦ge and on."},
                    {BlockKind::kHeading, "A Section", 3},
                    {BlockKind::kParagraph, "Text before an empty page ¦¦and after it."},
                    {BlockKind::kHeading, "¦Chapter Two", 1},
                    {BlockKind::kCaption, "Figure 1. A caption"},
                    {BlockKind::kFootnote, "1 A footnote."},
                    {BlockKind::kLine, "a line"},
                    {BlockKind::kListItem, "last item"}},
                   /*empty_pages_at_end=*/2);
  return doc;
}

Document EdgeCaseSlides() {
  return MakeDocument({{BlockKind::kHeading, "¦Title", 1, 1},
                       {BlockKind::kLine, "line one", 0, 1},
                       {BlockKind::kHeading, "A Subheading", 2, 1},
                       {BlockKind::kLine, "line two", 0, 1},
                       {BlockKind::kLine, "¦no title on this slide", 0, 2},
                       {BlockKind::kListItem, "an item", 0, 2},
                       {BlockKind::kHeading, "¦Third", 1, 3}},
                      0, /*slide_deck=*/true);
}

pugi::xml_document Parse(const std::string& xml_text) {
  pugi::xml_document xml;
  pugi::xml_parse_result parsed = xml.load_string(xml_text.c_str());
  EXPECT_TRUE(parsed) << parsed.description() << " at byte " << parsed.offset;
  return xml;
}

TEST(TeiWriter, EdgeCasesValidateAndKeepTheText) {
  TempDir dir;
  DocumentParts bad_header;
  bad_header.source.file_name = "bad\xff name.pdf";
  bad_header.source.title = "A title\x01 with a control character";
  bad_header.text = "Only text.";
  bad_header.blocks.push_back({BlockKind::kParagraph, 0, 10, 1, 1, 0, 0});
  bad_header.pages.push_back(
      {1, 612, 792, 0, 0, {{Furniture::Kind::kHeader, "bad \xfe header", {}}}});
  std::map<std::string, Document> docs = {{"article", EdgeCaseArticle()},
                                          {"slides", EdgeCaseSlides()},
                                          {"empty", MakeDocument({}, /*empty_pages_at_end=*/2)},
                                          {"no-pages", Document(DocumentParts{})},
                                          {"bad-header", Document(bad_header)}};
  std::vector<std::string> files;
  for (const auto& [name, doc] : docs) {
    files.push_back(dir.path() + "/" + name + ".xml");
    Status written = WriteTeiFile(doc, files.back());
    ASSERT_TRUE(written.ok()) << name << ": " << written.ToString();
    pugi::xml_document xml = Parse(testing::ReadFile(files.back()));
    ExpectTextAndPageBreaks(doc, xml, name);
    ExpectIds(xml, name);
  }
  EXPECT_EQ(JingErrors(files), "");
}

TEST(TeiWriter, EdgeCaseStructure) {
  Result<std::string> rendered = RenderTei(EdgeCaseArticle());
  ASSERT_TRUE(rendered.ok()) << rendered.status().ToString();
  pugi::xml_document xml = Parse(*rendered);
  pugi::xml_node body = xml.child("TEI").child("text").child("body");
  // Text before the first heading: a div without head, the page break before it.
  EXPECT_STREQ(body.first_child().name(), "pb");
  pugi::xml_node d0 = body.child("div");
  EXPECT_STREQ(d0.attribute("xml:id").value(), "d0");
  EXPECT_FALSE(d0.child("head"));
  // A run of list items is one list; a page that begins between items breaks inside it.
  pugi::xml_node list = d0.child("list");
  EXPECT_STREQ(list.attribute("xml:id").value(), "list1");
  EXPECT_EQ(list.select_nodes("item").size(), 2u);
  EXPECT_TRUE(list.select_node("pb[@n='2']/following-sibling::item[@xml:id='li2']"));
  // Heading levels nest: 2 > 3; a level-1 heading closes both and its page
  // break comes before its div.
  EXPECT_TRUE(body.select_node("div[@xml:id='d3']/div[@xml:id='d5']/head[.='A Section']"));
  EXPECT_TRUE(body.select_node("pb[@n='6']/following-sibling::div[@xml:id='d7']"));
  EXPECT_STREQ(body.select_node("div[@xml:id='d7']/head").node().attribute("xml:id").value(), "h7");
  // A break inside a word says so; one between words does not.
  pugi::xml_node pb3 = body.select_node("//p[@xml:id='p4']/pb").node();
  EXPECT_EQ(pb3.attribute("n").as_int(), 3);
  EXPECT_STREQ(pb3.attribute("break").value(), "no");
  EXPECT_EQ(body.select_nodes("//p[@xml:id='p6']/pb").size(), 2u)
      << "a page with no text of its own";
  EXPECT_TRUE(body.select_node("//p[@xml:id='p6']/pb[not(@break)]"));
  // The other kinds.
  // A caption is its figure's head (OUTPUT.md rule 11).
  EXPECT_TRUE(body.select_node("div[@xml:id='d7']/figure[@xml:id='fig8']/head[@xml:id='p8']"));
  EXPECT_TRUE(body.select_node("div[@xml:id='d7']/note[@place='foot'][@xml:id='n9']"));
  EXPECT_TRUE(body.select_node("div[@xml:id='d7']/p[@rend='line'][@xml:id='p10']"));
  EXPECT_TRUE(body.select_node("div[@xml:id='d7']/list[@xml:id='list11']/item[@xml:id='li11']"));
  // Pages after the last text break at the end of the body.
  EXPECT_TRUE(body.select_node("div[@xml:id='d7']/following-sibling::pb[@n='7']"));
  EXPECT_TRUE(body.last_child().attribute("n").as_int() == 8);
  // Escaped, and back as it was.
  EXPECT_STREQ(d0.child("p").text().as_string(), "Front matter & <stuff> \"quoted\" 'too'.");
}

TEST(TeiWriter, SlideStructure) {
  Result<std::string> rendered = RenderTei(EdgeCaseSlides());
  ASSERT_TRUE(rendered.ok()) << rendered.status().ToString();
  pugi::xml_document xml = Parse(*rendered);
  pugi::xml_node body = xml.child("TEI").child("text").child("body");
  EXPECT_EQ(body.select_nodes("div[@type='slide']").size(), 3u);
  EXPECT_TRUE(body.select_node("div[@n='1']/head[.='Title']"));
  EXPECT_TRUE(body.select_node("div[@n='1']/div/head[.='A Subheading']"))
      << "a later heading on a slide opens a div inside it";
  EXPECT_TRUE(body.select_node("div[@n='1']/div/p[@rend='line'][.='line two']"));
  EXPECT_FALSE(body.select_node("div[@n='2']/head"));
  EXPECT_TRUE(body.select_node("div[@n='2']/list/item[.='an item']"));
  EXPECT_TRUE(body.select_node("pb[@n='3']/following-sibling::div[1][@n='3']/head[.='Third']"));
}

TEST(TeiWriter, RejectsTextThatIsNotValidUtf8) {
  for (const std::string& bad : {std::string("caf\xc3"), std::string("bell\x07")}) {
    DocumentParts parts;
    parts.text = "Fine.\n\n" + bad;
    parts.blocks.push_back({BlockKind::kParagraph, 0, 5, 1, 1, 0, 0});
    parts.blocks.push_back({BlockKind::kParagraph, 7, parts.text.size(), 2, 2, 0, 0});
    Result<std::string> xml = RenderTei(Document(parts));
    ASSERT_FALSE(xml.ok());
    EXPECT_EQ(xml.status().code(), StatusCode::kInternal);
    EXPECT_NE(xml.status().message().find("block 1"), std::string::npos) << xml.status().message();

    TempDir dir;
    std::string path = dir.path() + "/out.xml";
    Status written = WriteTeiFile(Document(parts), path);
    EXPECT_EQ(written.code(), StatusCode::kInternal);
    EXPECT_EQ(written.message().rfind(path, 0), 0u) << written.message();
    EXPECT_FALSE(fs::exists(path));
  }
}

TEST(TeiWriter, WriteIntoAMissingDirectoryFailsAndLeavesNothing) {
  TempDir dir;
  std::string path = dir.path() + "/missing/reading.xml";
  Status written = WriteTeiFile(EdgeCaseArticle(), path);
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.code(), StatusCode::kIoError);
  EXPECT_NE(written.message().find(path), std::string::npos) << written.message();
  EXPECT_TRUE(fs::is_empty(dir.path()));

  // A path that cannot be replaced (a directory): the temporary file is removed.
  fs::create_directory(dir.path() + "/taken.xml");
  written = WriteTeiFile(EdgeCaseArticle(), dir.path() + "/taken.xml");
  ASSERT_FALSE(written.ok());
  EXPECT_NE(written.message().find(dir.path() + "/taken.xml"), std::string::npos);
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    left.push_back(entry.path().filename().string());
  }
  EXPECT_EQ(left, std::vector<std::string>{"taken.xml"});
}

TEST(TeiWriter, WriteReplacesAnExistingFileWhole) {
  TempDir dir;
  std::string path = dir.path() + "/reading.xml";
  {
    std::ofstream old(path);
    old << std::string(1 << 20, 'x');  // longer than the TEI
  }
  ASSERT_TRUE(WriteTeiFile(EdgeCaseArticle(), path).ok());
  Result<std::string> xml = RenderTei(EdgeCaseArticle());
  ASSERT_TRUE(xml.ok());
  EXPECT_TRUE(testing::ReadFile(path) == *xml);
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    left.push_back(entry.path().filename().string());
  }
  EXPECT_EQ(left, std::vector<std::string>{"reading.xml"});
}

}  // namespace
}  // namespace glossator

namespace glossator {
namespace {

// The working paper's annotations from the citations plugin's stand-in
// (tests/plugin_abi/fixtures_src/citations-fixture.c), run by the pipeline:
// 24 entries over its reference list, the parts of one, three citations.
Annotations FixtureReferences(const Document& doc) {
  PipelineOptions o;
  o.plugin_dirs = {std::string(GLOSSATOR_TEST_PLUGIN_DIR) + "/refs"};
  o.use_environment = false;
  o.use_installed_dir = false;
  o.only = {"citations"};
  Result<std::shared_ptr<const Pipeline>> pipeline = Pipeline::Create(o);
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  if (!pipeline.ok()) return {};
  std::vector<PluginProblem> problems;
  Annotations a = (*pipeline)->Run(doc, &problems);
  for (const PluginProblem& p : problems) ADD_FAILURE() << p.message;
  return a;
}

TEST(TeiReferences, WorkingPaperEntriesValidateKeepTheTextAndGoToBack) {
  Result<Document> doc = ExtractDocument(SamplePdf("working-paper"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  Annotations annotations = FixtureReferences(*doc);
  ASSERT_GT(annotations.items.size(), 24u);
  TempDir dir;
  std::string path = dir.path() + "/working-paper.xml";
  std::vector<std::string> warnings;
  Status written = WriteTeiFile(*doc, annotations, path, &warnings);
  ASSERT_TRUE(written.ok()) << written.ToString();
  pugi::xml_document xml = Parse(testing::ReadFile(path));
  ExpectTextAndPageBreaks(*doc, xml, "working-paper with references");
  ExpectIds(xml, "working-paper with references");
  EXPECT_EQ(JingErrors({path}), "");

  // The body ends where the list begins; the list's division is in <back>.
  EXPECT_TRUE(xml.select_nodes("/TEI/text/body//listBibl").empty());
  pugi::xml_node refs = xml.select_node("/TEI/text/back/div[@type='references']").node();
  ASSERT_TRUE(refs);
  EXPECT_STREQ(refs.child("head").text().as_string(), "References");
  EXPECT_EQ(refs.next_sibling(), pugi::xml_node()) << "nothing follows the list";
  // Every entry, in order, with the plugin's id, and its block's text.
  pugi::xpath_node_set bibls = refs.select_nodes(".//listBibl/bibl");
  ASSERT_EQ(bibls.size(), 24u);
  size_t first = 0;
  while (doc->text(doc->blocks()[first].begin, doc->blocks()[first].end) != "References") ++first;
  for (size_t i = 0; i < bibls.size(); ++i) {
    pugi::xml_node bibl = bibls[i].node();
    EXPECT_EQ(bibl.attribute("xml:id").value(), "bib." + std::to_string(i + 1));
    const Block& block = doc->blocks()[first + 1 + i];
    EXPECT_EQ(pugi::xpath_query("string(.)").evaluate_string(bibl),
              doc->text(block.begin, block.end));
  }
  // A page break between two entries stays where it falls.
  EXPECT_TRUE(
      refs.select_node(".//listBibl/pb[@n='13']/following-sibling::bibl[1][@xml:id='bib.8']"));

  // The parts of bib.18 nest in it.
  pugi::xml_node tessaro = refs.select_node(".//bibl[@xml:id='bib.18']").node();
  EXPECT_STREQ(tessaro.attribute("type").value(), "report");
  EXPECT_STREQ(tessaro.select_node("author/surname").node().text().as_string(), "Tessaro");
  EXPECT_STREQ(tessaro.select_node("author/forename").node().text().as_string(), "M.");
  EXPECT_STREQ(tessaro.select_node("date").node().attribute("when").value(), "1987");
  EXPECT_STREQ(tessaro.select_node("title[@level='s']").node().text().as_string(),
               "Work in Progress");
  EXPECT_STREQ(tessaro.select_node("pubPlace").node().text().as_string(), "Wellbury, MA");

  // Citations point to the entries; the one that does not exist is dropped.
  std::vector<std::string> targets;
  for (pugi::xpath_node r : xml.select_nodes("/TEI/text/body//ref[@type='bibr']")) {
    targets.push_back(r.node().attribute("target").value());
  }
  EXPECT_EQ(targets, (std::vector<std::string>{"#bib.18", "#bib.21", "#bib.17 #bib.20"}));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind("working-paper.pdf: ", 0), 0u) << warnings[0];
  EXPECT_NE(warnings[0].find("#bib.99"), std::string::npos) << warnings[0];
}

}  // namespace
}  // namespace glossator
