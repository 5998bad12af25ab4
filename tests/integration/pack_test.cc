// glossator pack, as a course designer runs it: the sample manifest and a
// test pack of two of our own readings (data/pack/: the same works cited in
// APA and in Chicago style, and two works of one author and year) built
// into a folder, and what is in it checked: every TEI valid for jing, the
// merged bibliography's works, the concept index against the readings'
// <term>s, every link of the site, re-runs, shards and bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <tuple>

#include "pack_test_support.h"

namespace glossator {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::Pack;
using testing::ShellQuote;
using testing::TempDir;

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

pugi::xml_document Load(const std::string& path) {
  pugi::xml_document doc;
  pugi::xml_parse_result r = doc.load_file(path.c_str());
  EXPECT_TRUE(r) << path << ": " << r.description() << " at " << r.offset;
  return doc;
}

TEST(Pack, TheSamplePackIsValidTeiReadingByReadingAndAsACorpus) {
  TempDir out;
  CommandResult r = Pack(ShellQuote(testing::SampleManifest()) + " -o " + ShellQuote(out.path()));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::vector<std::string> tei = testing::FilesEndingWith(out.path(), ".xml");
  // four readings and pack.xml
  ASSERT_EQ(tei.size(), 5u) << r.output;
  EXPECT_EQ(testing::JingErrors(tei), "");
  pugi::xml_document corpus = Load(out.path() + "/pack.xml");
  pugi::xml_node root = corpus.child("teiCorpus");
  ASSERT_TRUE(root);
  EXPECT_STREQ(root.child("teiHeader").child("fileDesc").child("titleStmt").child_value("title"),
               "Rupture and Repair: A Sample Course");
  // The readings in the manifest's order, each with its TEI inside.
  std::vector<std::string> ids;
  for (pugi::xml_node t : root.children("TEI")) ids.push_back(t.attribute("xml:id").value());
  EXPECT_EQ(
      ids, (std::vector<std::string>{"tollefsen-achterberg", "working-paper", "column", "slides"}));
  for (const char* f :
       {"index.html", "concepts.html", "bibliography.html", "vignettes.html", "bibliography.json",
        "bibliography.bib", "pack.css", "readings/column.html"}) {
    EXPECT_TRUE(fs::is_regular_file(out.path() + "/" + f)) << f;
  }
}

// Test pack: osei (APA) and lindgren (Chicago) cite Brennecke & Varga 2011,
// Halloway 2004a, Halloway 2004b and Sundqvist 1999; osei alone Keleti 2016,
// lindgren alone Delacroix-Ng 2020 (data/pack/pack.toml): 10 entries, 6 works.
class TestPack : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    result_ = new CommandResult(Pack(ShellQuote(testing::TestPackDir() + "/pack.toml") + " -o " +
                                     ShellQuote(dir_->path())));
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete result_;
  }
  static std::string Path(const std::string& name) { return dir_->path() + "/" + name; }
  static TempDir* dir_;
  static CommandResult* result_;
};
TempDir* TestPack::dir_ = nullptr;
CommandResult* TestPack::result_ = nullptr;

// The reading's entries: bibl xml:id -> its corresp (the work in pack.xml) and its surname.
std::map<std::string, std::pair<std::string, std::string>> EntriesOf(const std::string& tei) {
  pugi::xml_document doc = Load(tei);
  std::map<std::string, std::pair<std::string, std::string>> entries;
  for (pugi::xpath_node b : doc.select_nodes("//listBibl/bibl")) {
    entries[b.node().attribute("xml:id").value()] = {
        b.node().attribute("corresp").value(),
        b.node().select_node(".//surname").node().child_value()};
  }
  return entries;
}

TEST_F(TestPack, TheMergedBibliographyHoldsEachDistinctWorkOnce) {
  ASSERT_EQ(result_->exit_code, 0) << result_->output;
  EXPECT_EQ(testing::JingErrors({Path("pack.xml"), Path("osei.xml"), Path("lindgren.xml")}), "");
  pugi::xml_document corpus = Load(Path("pack.xml"));
  pugi::xpath_node_set works = corpus.select_nodes("//listBibl[@type='bibliography']/bibl");
  EXPECT_EQ(works.size(), 6u) << result_->output;
  auto osei = EntriesOf(Path("osei.xml")), lindgren = EntriesOf(Path("lindgren.xml"));
  ASSERT_EQ(osei.size(), 5u);
  ASSERT_EQ(lindgren.size(), 5u);
  // Each entry points to a work of pack.xml, and the work points back to it.
  std::map<std::string, std::set<std::string>> surnames_of_work;
  for (const auto& [reading, entries] :
       {std::pair{"osei", osei}, std::pair{"lindgren", lindgren}}) {
    for (const auto& [id, entry] : entries) {
      const std::string& corresp = entry.first;
      ASSERT_EQ(corresp.rfind("pack.xml#w.", 0), 0u) << reading << " " << id;
      std::string work = corresp.substr(strlen("pack.xml#"));
      pugi::xml_node w = corpus.select_node(("//bibl[@xml:id='" + work + "']").c_str()).node();
      ASSERT_TRUE(w) << work;
      EXPECT_TRUE(Contains(std::string(" ") + w.attribute("corresp").value() + " ",
                           std::string(" #") + reading + "." + id + " "))
          << work << " does not point back to " << reading << " " << id;
      surnames_of_work[work].insert(entry.second);
    }
  }
  EXPECT_EQ(surnames_of_work.size(), 6u);
  // The same work in two styles is one work; Halloway's two works of 2004 are two.
  size_t halloway = 0;
  for (const auto& [work, surnames] : surnames_of_work) {
    EXPECT_EQ(surnames.size(), 1u) << work << " merges works of different authors";
    halloway += surnames.count("Halloway");
  }
  EXPECT_EQ(halloway, 2u);
  for (const char* shared : {"Brennecke", "Sundqvist"}) {
    std::string in_osei, in_lindgren;
    for (const auto& [id, e] : osei) {
      if (e.second == shared) in_osei = e.first;
    }
    for (const auto& [id, e] : lindgren) {
      if (e.second == shared) in_lindgren = e.first;
    }
    EXPECT_FALSE(in_osei.empty()) << shared;
    EXPECT_EQ(in_osei, in_lindgren) << shared << ": APA and Chicago entries not merged";
  }
}

TEST_F(TestPack, TheBibliographyFilesHaveOneRecordPerWorkWithKeysUniqueInThePack) {
  ASSERT_EQ(result_->exit_code, 0) << result_->output;
  std::string json = testing::ReadFile(Path("bibliography.json"));
  std::string bib = testing::ReadFile(Path("bibliography.bib"));
  std::set<std::string> json_ids, bib_keys;
  std::regex id("\"id\": \"([^\"]+)\""), key("@[a-z]+\\{([^,]+),");
  for (std::sregex_iterator it(json.begin(), json.end(), id), end; it != end; ++it) {
    EXPECT_TRUE(json_ids.insert((*it)[1]).second) << "key twice: " << (*it)[1];
  }
  for (std::sregex_iterator it(bib.begin(), bib.end(), key), end; it != end; ++it) {
    EXPECT_TRUE(bib_keys.insert((*it)[1]).second) << "key twice: " << (*it)[1];
  }
  EXPECT_EQ(json_ids.size(), 6u) << json;
  EXPECT_EQ(json_ids, bib_keys);
  // pandoc reads both as bibliographies of six entries.
  if (testing::RunCommand("command -v pandoc").exit_code == 0) {
    for (const std::string& file : {Path("bibliography.json"), Path("bibliography.bib")}) {
      CommandResult p = testing::RunCommand(
          "pandoc -f " + std::string(Contains(file, ".bib") ? "bibtex" : "csljson") +
          " -t csljson " + ShellQuote(file));
      EXPECT_EQ(p.exit_code, 0) << p.output;
      EXPECT_EQ(std::count(p.output.begin(), p.output.end(), '{') > 6, true) << p.output;
    }
  }
}

// (category, "READING.ELEMENT", page) for each <term ref> in the readings' <text>.
using Place = std::tuple<std::string, std::string, std::string>;

std::multiset<Place> TermsOfReadings(const std::string& dir, const std::vector<std::string>& ids) {
  std::multiset<Place> places;
  for (const std::string& id : ids) {
    pugi::xml_document doc = Load(dir + "/" + id + ".xml");
    for (pugi::xpath_node t : doc.select_nodes("/TEI/text//term[@ref]")) {
      std::string element = t.node()
                                .select_node("ancestor-or-self::*[@xml:id][1]")
                                .node()
                                .attribute("xml:id")
                                .value();
      std::string page = t.node().select_node("preceding::pb[1]").node().attribute("n").value();
      places.insert({t.node().attribute("ref").value() + 1, id + "." + element, page});
    }
  }
  return places;
}

TEST(Pack, TheConceptIndexHoldsEveryTermOfTheReadingsAtItsPlace) {
  TempDir out;
  CommandResult r = Pack(ShellQuote(testing::SampleManifest()) + " -o " + ShellQuote(out.path()));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::multiset<Place> expected =
      TermsOfReadings(out.path(), {"tollefsen-achterberg", "working-paper", "column", "slides"});
  ASSERT_GT(expected.size(), 100u);
  pugi::xml_document corpus = Load(out.path() + "/pack.xml");
  std::multiset<Place> indexed;
  std::set<std::string> ids;
  for (pugi::xpath_node n : corpus.select_nodes("//*[@xml:id]")) {
    ids.insert(n.node().attribute("xml:id").value());
  }
  size_t previous = SIZE_MAX;
  for (pugi::xpath_node item : corpus.select_nodes("//list[@type='concept-index']/item")) {
    std::string category = item.node().attribute("corresp").value() + 1;
    EXPECT_TRUE(ids.count(category)) << category << " not in the pack's taxonomy";
    size_t count = item.node().attribute("n").as_ullong();
    EXPECT_LE(count, previous) << "not most frequent first at " << category;
    previous = count;
    size_t places = 0;
    for (pugi::xpath_node ref : item.node().select_nodes("list/item/ref")) {
      std::string target = ref.node().attribute("target").value() + 1;
      EXPECT_TRUE(ids.count(target)) << target << " names no element of pack.xml";
      indexed.insert({category, target, ref.node().attribute("n").value()});
      ++places;
    }
    EXPECT_EQ(places, count) << category;
  }
  EXPECT_EQ(indexed, expected);
  // concepts.html has an entry for each, with its definition.
  std::string page = testing::ReadFile(out.path() + "/concepts.html");
  EXPECT_TRUE(Contains(page, "id=\"c.transference\"")) << page.substr(0, 2000);
  EXPECT_TRUE(Contains(page, "unconscious reliving")) << "the gloss of transference";
}

// Every href of every page of the site names a file of the pack and, after
// '#', an id in that file.
TEST(Pack, EveryLinkOfTheSiteResolvesToAFileAndAnId) {
  TempDir out;
  CommandResult r = Pack(ShellQuote(testing::SampleManifest()) + " -o " + ShellQuote(out.path()));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::map<std::string, std::set<std::string>> ids_of;  // html file -> its ids
  std::vector<std::string> pages = testing::FilesEndingWith(out.path(), ".html");
  ASSERT_EQ(pages.size(), 8u);  // 4 pack-wide pages and 4 readings
  std::map<std::string, pugi::xml_document> docs;
  for (const std::string& p : pages) {
    pugi::xml_parse_result parsed = docs[p].load_file(p.c_str());
    ASSERT_TRUE(parsed) << p << " is not well-formed: " << parsed.description();
    for (pugi::xpath_node n : docs[p].select_nodes("//*[@id]")) {
      EXPECT_TRUE(ids_of[p].insert(n.node().attribute("id").value()).second)
          << p << ": id twice: " << n.node().attribute("id").value();
    }
  }
  size_t links = 0, with_fragment = 0;
  for (const std::string& p : pages) {
    for (pugi::xpath_node a : docs[p].select_nodes("//*[@href]")) {
      std::string href = a.node().attribute("href").value();
      ASSERT_FALSE(href.empty()) << p;
      size_t hash = href.find('#');
      std::string file = href.substr(0, hash);
      std::string target =
          file.empty() ? p : (fs::path(p).parent_path() / file).lexically_normal().string();
      ASSERT_TRUE(fs::is_regular_file(target)) << p << ": " << href;
      ++links;
      if (hash == std::string::npos) continue;
      ++with_fragment;
      EXPECT_TRUE(ids_of[target].count(href.substr(hash + 1))) << p << ": " << href;
    }
  }
  EXPECT_GT(with_fragment, 500u);
  EXPECT_GT(links, with_fragment);
}

// The sample readings copied into dir with a manifest of their own.
std::string CopySamples(const std::string& dir) {
  fs::create_directories(dir + "/pdfs");
  for (const char* n : {"article", "working-paper", "column", "slides"}) {
    fs::copy_file(testing::SamplePdf(n), dir + "/pdfs/" + n + ".pdf");
  }
  fs::copy_file(testing::SampleManifest(), dir + "/pack.toml");
  return dir + "/pack.toml";
}

TEST(Pack, ARerunAnnotatesOnlyWhatChanged) {
  TempDir work;
  std::string manifest = CopySamples(work.path());
  std::string out = work.path() + "/out";
  CommandResult first = Pack(ShellQuote(manifest) + " -o " + ShellQuote(out));
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_TRUE(Contains(first.output, "4 annotated, 0 unchanged")) << first.output;
  std::string index = testing::ReadFile(out + "/pack.xml");
  CommandResult again = Pack(ShellQuote(manifest) + " -o " + ShellQuote(out));
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_TRUE(Contains(again.output, "0 annotated, 4 unchanged")) << again.output;
  EXPECT_EQ(testing::ReadFile(out + "/pack.xml"), index);
  // Another PDF under one reading's name: that reading alone is redone.
  fs::copy_file(testing::SamplePdf("slides"), work.path() + "/pdfs/column.pdf",
                fs::copy_options::overwrite_existing);
  CommandResult changed = Pack(ShellQuote(manifest) + " -o " + ShellQuote(out));
  EXPECT_TRUE(Contains(changed.output, "1 annotated, 3 unchanged")) << changed.output;
  // A reading's settings changed: it alone is redone.
  std::ofstream(manifest, std::ios::app) << "[reading.settings]\nvignettes.min_confidence = 0.9\n";
  CommandResult set = Pack(ShellQuote(manifest) + " -o " + ShellQuote(out));
  EXPECT_TRUE(Contains(set.output, "1 annotated, 3 unchanged")) << set.output;
  CommandResult forced = Pack(ShellQuote(manifest) + " -o " + ShellQuote(out) + " --force -j 2");
  EXPECT_TRUE(Contains(forced.output, "4 annotated, 0 unchanged")) << forced.output;
  // Not a terminal: no progress line.
  EXPECT_FALSE(Contains(forced.output, "[1/4]")) << forced.output;
}

TEST(Pack, ThreeShardsThenMergeGiveTheOneMachinePack) {
  TempDir work;
  std::string manifest = CopySamples(work.path());
  std::string whole = work.path() + "/whole", shared = work.path() + "/shared";
  CommandResult one = Pack(ShellQuote(manifest) + " -o " + ShellQuote(whole));
  ASSERT_EQ(one.exit_code, 0) << one.output;
  // Each shard on a machine of its own, its output copied into one folder.
  size_t annotated = 0;
  for (int i = 1; i <= 3; ++i) {
    std::string part = work.path() + "/shard" + std::to_string(i);
    CommandResult s =
        Pack(ShellQuote(manifest) + " --shard " + std::to_string(i) + "/3 -o " + ShellQuote(part));
    ASSERT_EQ(s.exit_code, 0) << s.output;
    EXPECT_FALSE(fs::exists(part + "/pack.xml")) << "a shard leaves the pack step to --merge";
    annotated += testing::FilesEndingWith(part, ".fingerprint").size();
    ASSERT_EQ(testing::RunCommand("mkdir -p " + ShellQuote(shared) + " && cp -a " +
                                  ShellQuote(part) + "/. " + ShellQuote(shared) + "/")
                  .exit_code,
              0);
  }
  EXPECT_EQ(annotated, 4u) << "each reading in exactly one shard";
  CommandResult merged = Pack(ShellQuote(manifest) + " --merge " + ShellQuote(shared));
  ASSERT_EQ(merged.exit_code, 0) << merged.output;
  CommandResult diff =
      testing::RunCommand("diff -r " + ShellQuote(whole) + " " + ShellQuote(shared));
  EXPECT_EQ(diff.exit_code, 0) << diff.output.substr(0, 3000);
}

TEST(Pack, BadReadingsAreNamedAndTheRestIsBuilt) {
  TempDir work;
  const std::string dir = work.path();
  fs::copy_file(testing::SamplePdf("column"), dir + "/column.pdf");
  fs::copy_file(testing::SamplePdf("slides"), dir + "/slides.pdf");
  // A PDF cut short: unreadable.
  std::string column = testing::ReadFile(dir + "/column.pdf");
  std::ofstream(dir + "/cut.pdf", std::ios::binary) << column.substr(0, column.size() / 3);
  std::string locked = testing::SharedDir() + "/data/bad-pdfs/qpdf_enc-R3_V2_U-view_O-master.pdf";
  ASSERT_TRUE(fs::exists(locked)) << locked;
  std::ofstream(dir + "/pack.toml") << "title = \"Bad input\"\n"  // 1
                                    << "colour = \"blue\"\n"      // 2: unknown key
                                    << "[[reading]]\n"            // 3
                                    << "pdf = \"column.pdf\"\n"   // 4: good
                                    << "[[reading]]\n"            // 5
                                    << "pdf = \"missing.pdf\"\n"  // 6: missing file
                                    << "[[reading]]\n"            // 7
                                    << "pdf = \"slides.pdf\"\n"
                                    << "id = \"column\"\n"  // 9: duplicate id
                                    << "[[reading]]\n"      // 10
                                    << "pdf = \"slides.pdf\"\n"
                                    << "pasword = \"x\"\n"  // 12: unknown key
                                    << "[[reading]]\n"      // 13
                                    << "pdf = \"" << locked << "\"\n"
                                    << "id = \"locked\"\n"
                                    << "password = \"wrong\"\n"  // 16: bad password
                                    << "[[reading]]\n"           // 17
                                    << "pdf = \"cut.pdf\"\n"
                                    << "[[reading]]\n"  // 19
                                    << "pdf = \"slides.pdf\"\n"
                                    << "id = \"good-slides\"\n";
  std::string out = dir + "/out";
  CommandResult r = Pack(ShellQuote(dir + "/pack.toml") + " -o " + ShellQuote(out));
  EXPECT_NE(r.exit_code, 0) << r.output;
  EXPECT_TRUE(Contains(r.output, "pack.toml:2: unknown key 'colour'")) << r.output;
  EXPECT_TRUE(Contains(r.output, "pack.toml:6: reading.pdf: ")) << r.output;
  EXPECT_TRUE(Contains(r.output, "missing.pdf: no such file")) << r.output;
  EXPECT_TRUE(Contains(r.output,
                       "pack.toml:7: reading.id: 'column' is already the id of the "
                       "reading at line 3"))
      << r.output;
  EXPECT_TRUE(Contains(r.output, "pack.toml:12: reading: unknown key 'pasword'")) << r.output;
  EXPECT_TRUE(Contains(r.output, "locked: ")) << r.output;
  EXPECT_TRUE(Contains(r.output, "password")) << r.output;
  EXPECT_TRUE(Contains(r.output, "cut: ")) << r.output;
  // The good readings are in the pack, whole.
  EXPECT_EQ(testing::JingErrors({out + "/column.xml", out + "/good-slides.xml", out + "/pack.xml"}),
            "");
  pugi::xml_document corpus = Load(out + "/pack.xml");
  EXPECT_EQ(corpus.select_nodes("/teiCorpus/TEI").size(), 2u);
  EXPECT_EQ(corpus.select_nodes("//listBibl[@type='readings']/bibl/note[@type='failed']").size(),
            5u);
  std::string index = testing::ReadFile(out + "/index.html");
  EXPECT_TRUE(Contains(index, "href=\"readings/good-slides.html\"")) << index;
  EXPECT_TRUE(Contains(index, "not in the pack: locked: ")) << index;
}

TEST(Pack, AManifestThatIsNotTomlIsAnErrorNamingItsLine) {
  TempDir work;
  std::ofstream(work.path() + "/pack.toml") << "title = \"x\"\n[[reading]]\npdf = \"a.pdf\n";
  CommandResult r =
      Pack(ShellQuote(work.path() + "/pack.toml") + " -o " + ShellQuote(work.path() + "/out"));
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_TRUE(Contains(r.output, "pack.toml:3: not TOML")) << r.output;
}

// A run killed half-way leaves the previous pack readable, and the next run finishes it.
TEST(Pack, AKilledRunLeavesThePreviousPackWhole) {
  TempDir work;
  std::string manifest = CopySamples(work.path());
  std::string out = work.path() + "/out";
  ASSERT_EQ(Pack(ShellQuote(manifest) + " -o " + ShellQuote(out)).exit_code, 0);
  for (int delay_ms : {150, 400, 700}) {
    testing::RunCommand("timeout -s KILL " + std::to_string(delay_ms / 1000.0) + " " +
                        ShellQuote(GLOSSATOR_BINARY) + " pack " + ShellQuote(manifest) + " -o " +
                        ShellQuote(out) + " --force -q --plugin-dir " +
                        ShellQuote(GLOSSATOR_SHIPPED_PLUGIN_DIR));
    for (const std::string& f : testing::FilesEndingWith(out, ".xml")) {
      pugi::xml_document doc;
      EXPECT_TRUE(doc.load_file(f.c_str())) << f << " after a kill at " << delay_ms << " ms";
    }
    for (const std::string& f : testing::FilesEndingWith(out, ".html")) {
      pugi::xml_document doc;
      EXPECT_TRUE(doc.load_file(f.c_str())) << f << " after a kill at " << delay_ms << " ms";
    }
  }
  CommandResult next = Pack(ShellQuote(manifest) + " -o " + ShellQuote(out));
  EXPECT_EQ(next.exit_code, 0) << next.output;
  EXPECT_EQ(testing::JingErrors({out + "/pack.xml"}), "");
}

}  // namespace
}  // namespace glossator
