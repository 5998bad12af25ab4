// An editor's corrections to a pack's merged bibliography (docs/EDITING.md,
// "A pack's bibliography"), made as an editor makes them: pack.xml opened,
// two works merged, one split, a title corrected, each <bibl> given the
// editor's @resp; the file reformatted by xmllint; then `glossator pack` run
// again. The test pack (data/pack/) has 6 works from 10 entries.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

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

pugi::xml_node Work(pugi::xml_document& corpus, const std::string& id) {
  return corpus
      .select_node(("//listBibl[@xml:id='pack-bibliography']/bibl[@xml:id='" + id + "']").c_str())
      .node();
}

std::set<std::string> Pointers(const pugi::xml_node& bibl) {
  std::set<std::string> out;
  std::istringstream words(bibl.attribute("corresp").value());
  for (std::string w; words >> w;) out.insert(w);
  return out;
}

// The reading's entry's work: its corresp "pack.xml#w.KEY".
std::string WorkOfEntry(const std::string& reading_tei, const std::string& bibl_id) {
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_file(reading_tei.c_str())) << reading_tei;
  return doc.select_node(("//listBibl/bibl[@xml:id='" + bibl_id + "']").c_str())
      .node()
      .attribute("corresp")
      .value();
}

std::string PackArgs(const std::string& manifest, const std::string& out) {
  return ShellQuote(manifest) + " -o " + ShellQuote(out);
}

std::string TestManifest() { return testing::TestPackDir() + "/pack.toml"; }

void Save(pugi::xml_document& doc, const std::string& path) {
  ASSERT_TRUE(doc.save_file(path.c_str(), "", pugi::format_raw)) << path;
}

// The edits of the test: Halloway's two works of 2004 merged into the first
// (the editor has found they are one book and its reprint), Brennecke &
// Varga split (lindgren's entry is another edition: a work of its own), and
// the title of Sundqvist's chapter corrected.
void EditAsAnEditor(const std::string& pack_xml) {
  pugi::xml_document corpus;
  ASSERT_TRUE(corpus.load_file(pack_xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
  pugi::xml_node a = Work(corpus, "w.halloway2004a"), b = Work(corpus, "w.halloway2004b");
  ASSERT_TRUE(a && b);
  a.attribute("corresp").set_value(
      (std::string(a.attribute("corresp").value()) + " " + b.attribute("corresp").value()).c_str());
  a.append_attribute("resp") = "#ed";
  b.parent().remove_child(b);

  pugi::xml_node brennecke = Work(corpus, "w.brennecke2011");
  ASSERT_TRUE(brennecke);
  ASSERT_EQ(Pointers(brennecke), (std::set<std::string>{"#osei.bib.1", "#lindgren.bib.1"}));
  brennecke.attribute("corresp").set_value("#osei.bib.1");
  brennecke.append_attribute("resp") = "#ed";
  pugi::xml_node second = brennecke.parent().insert_copy_after(brennecke, brennecke);
  second.attribute("xml:id").set_value("w.brennecke2011-2nd-edition");
  second.attribute("corresp").set_value("#lindgren.bib.1");

  pugi::xml_node sundqvist = Work(corpus, "w.sundqvist1999");
  ASSERT_TRUE(sundqvist);
  pugi::xml_node title = sundqvist.select_node(".//title[@level='a']").node();
  ASSERT_TRUE(title);
  while (title.first_child()) title.remove_child(title.first_child());
  title.append_child(pugi::node_pcdata).set_value("Mirroring reconsidered, once more");
  sundqvist.append_attribute("resp") = "#ed";
  Save(corpus, pack_xml);
  // Reformatted by another tool, as an editor's XML editor may do.
  std::string formatted = pack_xml + ".formatted";
  ASSERT_EQ(testing::RunCommand("xmllint --format " + ShellQuote(pack_xml) + " > " +
                                ShellQuote(formatted))
                .exit_code,
            0);
  fs::rename(formatted, pack_xml);
}

TEST(PackEdits, AnEditorsMergeSplitAndCorrectionOfTheBibliographySurviveARerun) {
  TempDir out;
  std::string pack_xml = out.path() + "/pack.xml";
  CommandResult first = Pack(PackArgs(TestManifest(), out.path()));
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EditAsAnEditor(pack_xml);

  // --force: the readings annotated again too, their entries read anew.
  CommandResult again = Pack(PackArgs(TestManifest(), out.path()) + " --force");
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_TRUE(Contains(again.output,
                       "bibliography edits: 4 kept, 0 kept with entries gone, 0 "
                       "orphaned"))
      << again.output;
  EXPECT_EQ(testing::JingErrors({pack_xml}), "");

  pugi::xml_document corpus;
  ASSERT_TRUE(corpus.load_file(pack_xml.c_str()));
  EXPECT_EQ(corpus.select_nodes("//listBibl[@xml:id='pack-bibliography']/bibl").size(), 6u);
  pugi::xml_node merged = Work(corpus, "w.halloway2004a");
  ASSERT_TRUE(merged);
  EXPECT_EQ(Pointers(merged), (std::set<std::string>{"#osei.bib.2", "#lindgren.bib.3",
                                                     "#osei.bib.3", "#lindgren.bib.4"}));
  EXPECT_STREQ(merged.attribute("resp").value(), "#ed");
  EXPECT_FALSE(Work(corpus, "w.halloway2004b")) << "the machine's merge came back";
  pugi::xml_node first_edition = Work(corpus, "w.brennecke2011");
  pugi::xml_node second_edition = Work(corpus, "w.brennecke2011-2nd-edition");
  ASSERT_TRUE(first_edition && second_edition);
  EXPECT_EQ(Pointers(first_edition), (std::set<std::string>{"#osei.bib.1"}));
  EXPECT_EQ(Pointers(second_edition), (std::set<std::string>{"#lindgren.bib.1"}));
  EXPECT_EQ(
      std::string(
          Work(corpus, "w.sundqvist1999").select_node(".//title[@level='a']").node().child_value()),
      "Mirroring reconsidered, once more");

  // The readings point to the editor's works, and the exports follow them.
  EXPECT_EQ(WorkOfEntry(out.path() + "/lindgren.xml", "bib.1"),
            "pack.xml#w.brennecke2011-2nd-edition");
  EXPECT_EQ(WorkOfEntry(out.path() + "/lindgren.xml", "bib.4"), "pack.xml#w.halloway2004a");
  std::string json = testing::ReadFile(out.path() + "/bibliography.json");
  EXPECT_TRUE(Contains(json, "Mirroring reconsidered, once more")) << json;
  EXPECT_FALSE(Contains(json, "\"halloway2004b\"")) << json;
  EXPECT_TRUE(Contains(json, "\"brennecke2011-2nd-edition\"")) << json;

  // A third run changes nothing: the edits are carried as they are.
  std::string before = testing::ReadFile(pack_xml);
  CommandResult third = Pack(PackArgs(TestManifest(), out.path()));
  ASSERT_EQ(third.exit_code, 0) << third.output;
  EXPECT_EQ(testing::ReadFile(pack_xml), before);
}

TEST(PackEdits, AnEditedWorkWhoseReadingIsLeftOutIsKeptWithANoteAndClaimedWhenItIsBack) {
  TempDir out;
  std::string pack_xml = out.path() + "/pack.xml";
  ASSERT_EQ(Pack(PackArgs(TestManifest(), out.path())).exit_code, 0);
  {
    pugi::xml_document corpus;
    ASSERT_TRUE(corpus.load_file(pack_xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    Work(corpus, "w.keleti2016").append_attribute("resp") = "#ed";  // osei's alone
    Save(corpus, pack_xml);
  }
  // The course without osei: lindgren alone.
  std::string manifest = out.path() + "/lindgren-only.toml";
  std::ofstream(manifest) << "title = \"Test course, part two\"\n\n[[reading]]\npdf = \""
                          << testing::TestPackDir()
                          << "/chicago-reading.pdf\"\nid = \"lindgren\"\n";
  CommandResult alone = Pack(PackArgs(manifest, out.path()));
  ASSERT_EQ(alone.exit_code, 0) << alone.output;
  EXPECT_TRUE(Contains(alone.output, "w.keleti2016: orphaned")) << alone.output;
  EXPECT_TRUE(Contains(alone.output, "0 kept, 0 kept with entries gone, 1 orphaned"))
      << alone.output;
  EXPECT_EQ(testing::JingErrors({pack_xml}), "");
  {
    pugi::xml_document corpus;
    ASSERT_TRUE(corpus.load_file(pack_xml.c_str()));
    pugi::xml_node keleti = Work(corpus, "w.keleti2016");
    ASSERT_TRUE(keleti) << "an orphaned edit was dropped";
    EXPECT_STREQ(keleti.attribute("resp").value(), "#ed");
    EXPECT_EQ(Pointers(keleti), (std::set<std::string>{"#osei.bib.4"}));
    pugi::xml_node note = keleti.child("note");
    EXPECT_STREQ(note.attribute("type").value(), "orphaned-edit");
    EXPECT_TRUE(Contains(note.child_value(), "#osei.bib.4")) << note.child_value();
  }
  // osei back: its entry is the editor's work again, the note gone.
  CommandResult back = Pack(PackArgs(TestManifest(), out.path()));
  ASSERT_EQ(back.exit_code, 0) << back.output;
  EXPECT_TRUE(Contains(back.output, "1 kept, 0 kept with entries gone, 0 orphaned")) << back.output;
  pugi::xml_document corpus;
  ASSERT_TRUE(corpus.load_file(pack_xml.c_str()));
  EXPECT_FALSE(Work(corpus, "w.keleti2016").child("note"));
  EXPECT_FALSE(Work(corpus, "w.keleti2016-2")) << "the entry became a second work";
  EXPECT_EQ(WorkOfEntry(out.path() + "/osei.xml", "bib.4"), "pack.xml#w.keleti2016");
}

TEST(PackEdits, AReadingsEditsSurviveAPackRerun) {
  TempDir out;
  std::string osei = out.path() + "/osei.xml";
  ASSERT_EQ(Pack(PackArgs(TestManifest(), out.path())).exit_code, 0);
  std::string deleted, corrected;
  {
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_file(osei.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    pugi::xml_node wrong =
        doc.select_node("//text//term[@resp='#glossator-concepts'][.='rupture']").node();
    pugi::xml_node retarget =
        doc.select_node("//text//term[@resp='#glossator-concepts'][.='working alliance']").node();
    ASSERT_TRUE(wrong && retarget);
    deleted = wrong.attribute("xml:id").value();
    corrected = retarget.attribute("xml:id").value();
    // Deleted as an editor deletes it: the element goes, its words stay.
    wrong.parent().insert_child_before(pugi::node_pcdata, wrong).set_value(wrong.child_value());
    wrong.parent().remove_child(wrong);
    retarget.attribute("ref").set_value("#c.alliance-rupture");
    retarget.attribute("resp").set_value("#ed");
    Save(doc, osei);
  }
  CommandResult again = Pack(PackArgs(TestManifest(), out.path()) + " --force");
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_TRUE(Contains(again.output, osei + ": edits: 1 kept")) << again.output;
  EXPECT_EQ(testing::JingErrors({osei, out.path() + "/pack.xml"}), "");
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(osei.c_str()));
  EXPECT_FALSE(doc.select_node(("//*[@xml:id='" + deleted + "']").c_str()))
      << "a deleted annotation came back";
  pugi::xml_node kept = doc.select_node(("//term[@xml:id='" + corrected + "']").c_str()).node();
  ASSERT_TRUE(kept);
  EXPECT_STREQ(kept.attribute("resp").value(), "#ed");
  EXPECT_STREQ(kept.attribute("ref").value(), "#c.alliance-rupture");
  // The corpus holds the reading as corrected.
  EXPECT_TRUE(
      Contains(testing::ReadFile(out.path() + "/pack.xml"), "xml:id=\"osei." + corrected + "\""));
}

TEST(PackEdits, APackXmlThatIsNotWellFormedIsAnErrorNamingItsLineAndIsNotOverwritten) {
  TempDir out;
  std::string pack_xml = out.path() + "/pack.xml";
  ASSERT_EQ(Pack(PackArgs(TestManifest(), out.path())).exit_code, 0);
  std::string xml = testing::ReadFile(pack_xml);
  size_t at = xml.find("<bibl xml:id=\"w.keleti2016\"");
  ASSERT_NE(at, std::string::npos);
  xml.insert(at, "\n\n<bibl resp=\"#ed\" corresp=>\n");
  std::ofstream(pack_xml, std::ios::binary) << xml;
  testing::FileSnapshot snapshot(pack_xml);
  size_t line = 1 + std::count(xml.begin(), xml.begin() + at + 2, '\n');
  CommandResult r = Pack(PackArgs(TestManifest(), out.path()));
  EXPECT_NE(r.exit_code, 0) << r.output;
  EXPECT_TRUE(Contains(r.output, pack_xml + ":" + std::to_string(line) + ": not well-formed"))
      << "line " << line << ": " << r.output;
  EXPECT_EQ(snapshot.Changes(), "");
}

TEST(PackEdits, DiscardEditsKeepsTheEditedPackXmlAsBak) {
  TempDir out;
  std::string pack_xml = out.path() + "/pack.xml";
  ASSERT_EQ(Pack(PackArgs(TestManifest(), out.path())).exit_code, 0);
  EditAsAnEditor(pack_xml);
  std::string edited = testing::ReadFile(pack_xml);
  CommandResult r = Pack(PackArgs(TestManifest(), out.path()) + " --discard-edits");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(Contains(r.output, "edits discarded (--discard-edits); kept as " + pack_xml + ".bak"))
      << r.output;
  EXPECT_EQ(testing::ReadFile(pack_xml + ".bak"), edited);
  pugi::xml_document corpus;
  ASSERT_TRUE(corpus.load_file(pack_xml.c_str()));
  EXPECT_TRUE(Work(corpus, "w.halloway2004b")) << "the machine's own grouping is back";
  EXPECT_TRUE(corpus.select_nodes("//listBibl[@xml:id='pack-bibliography']/bibl[@resp]").empty());
}

}  // namespace
}  // namespace glossator
