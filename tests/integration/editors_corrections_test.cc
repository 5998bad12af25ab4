// Editors' corrections survive re-runs (glossator/edits.h, docs/EDITING.md):
// the real glossator command annotates a PDF, a script edits the TEI as an
// editor would (deletes a wrong concept, rejects one by marking it, adds a
// missed one, retargets a citation, corrects a reference entry's title,
// splits a vignette in two, corrects a misread word), and glossator runs
// again over the edited file. Every edit must be in the new file, no
// rejected annotation back, the file valid for jing, and its text still the
// Document's (OUTPUT.md rule 1, <corr> aside).
//
// Inputs: samples/pdfs/article.pdf (our sample, all three plugins find
// something in it), a real reading from ../shared/data/real/pdfs, and the
// pair tests/integration/data/edits/*.pdf (one reading set twice, with other
// line breaks and a page inserted before; make_pair.py made them).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <pugixml.hpp>
#include <regex>
#include <string>
#include <vector>

#include "test_support.h"

namespace glossator {
namespace {

using testing::CommandResult;
using testing::RunCommand;
using testing::ShellQuote;

constexpr unsigned kParse = pugi::parse_default | pugi::parse_ws_pcdata;

CommandResult Glossator(const std::string& args) {
  return RunCommand(ShellQuote(GLOSSATOR_BINARY) + " " + args + " --plugin-dir " +
                    ShellQuote(GLOSSATOR_SHIPPED_PLUGIN_DIR) +
                    " --plugins concepts,citations,vignettes 2>&1");
}

std::string PairPdf(const std::string& name) {
  return std::string(GLOSSATOR_SOURCE_DIR) + "/tests/integration/data/edits/" + name;
}

std::string JingErrors(const std::string& file) {
  CommandResult r = RunCommand(ShellQuote(JING_EXECUTABLE) + " " +
                               ShellQuote(testing::SharedDir() + "/schemas/tei_all.rng") + " " +
                               ShellQuote(file) + " 2>/dev/null");
  return r.exit_code == 0 ? "" : r.output + " (exit " + std::to_string(r.exit_code) + ")";
}

pugi::xml_node Select(const pugi::xml_node& root, const std::string& xpath) {
  return root.select_node(xpath.c_str()).node();
}

std::string TextOf(pugi::xml_node n) {
  std::string out;
  for (pugi::xpath_node t : n.select_nodes(".//text()")) out += t.node().value();
  return out;
}

void Unwrap(pugi::xml_node n) {
  pugi::xml_node parent = n.parent();
  while (pugi::xml_node c = n.first_child()) parent.insert_move_before(c, n);
  parent.remove_child(n);
}

// Wraps the first whole word of at least min_letters letters in a text node
// that is a direct child of a body <p> (not already inside an annotation)
// in a new element, which it returns; skips the first `skip` such words.
pugi::xml_node WrapAWord(pugi::xml_document& xml, const char* element, size_t min_letters, int skip,
                         std::string* word) {
  for (pugi::xpath_node t : xml.select_nodes("/TEI/text/body//p/text()")) {
    pugi::xml_node text = t.node();
    std::string s = text.value();
    std::smatch m;
    std::regex re("\\b[a-z]{" + std::to_string(min_letters) + ",}\\b");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator();
         ++it) {
      if (skip-- > 0) continue;
      size_t at = it->position(), n = it->length();
      *word = s.substr(at, n);
      pugi::xml_node p = text.parent();
      pugi::xml_node before = p.insert_child_before(pugi::node_pcdata, text);
      before.set_value(s.substr(0, at).c_str());
      pugi::xml_node e = p.insert_child_before(element, text);
      e.append_child(pugi::node_pcdata).set_value(word->c_str());
      text.set_value(s.substr(at + n).c_str());
      return e;
    }
  }
  return pugi::xml_node();
}

// What the editor's script did, to look for afterwards.
struct Script {
  std::string deleted_id, rejected_id;
  std::string added_word;
  std::string retargeted_id, retargeted_text, new_target;
  std::string title_id, title_level;
  std::string split_id;
  std::vector<std::string> split_paragraphs;  // the vignette's, after the split
  std::string sic, corr;
  std::string inserted_before;  // the word a lone <corr> was inserted before
  int edits = 0;                // elements a re-run must carry over
  int deletions = 0;            // machine annotations deleted
};

constexpr char kEditorsConcept[] = "c.editors-concept";
constexpr char kInserted[] = "[inserted] ";

// Edits the TEI at path as an editor would, with pugixml, and saves it
// without reformatting. Fails the test when the file lacks what it edits.
Script EditAsAnEditor(const std::string& path, bool with_bibliography = true) {
  Script s;
  pugi::xml_document xml;
  EXPECT_TRUE(xml.load_file(path.c_str(), kParse));
  pugi::xml_node tei = xml.child("TEI");

  // The editor says who they are.
  pugi::xml_node resp =
      tei.child("teiHeader").child("fileDesc").child("titleStmt").append_child("respStmt");
  resp.append_child("resp").append_child(pugi::node_pcdata).set_value("corrected by");
  pugi::xml_node person = resp.append_child("persName");
  person.append_attribute("xml:id") = "ed";
  person.append_child(pugi::node_pcdata).set_value("An Editor");

  // 1. Deletes a wrong concept.
  pugi::xpath_node_set terms = tei.select_nodes("text/body//term[@resp='#glossator-concepts']");
  EXPECT_GE(terms.size(), 2u);
  if (terms.size() < 2) return s;
  s.deleted_id = terms[0].node().attribute("xml:id").value();
  Unwrap(terms[0].node());
  ++s.deletions;

  // 2. Rejects another by marking it: a person's @resp, @cert="0".
  pugi::xml_node rejected = terms[1].node();
  s.rejected_id = rejected.attribute("xml:id").value();
  rejected.attribute("resp") = "#ed";
  if (!rejected.attribute("cert")) rejected.append_attribute("cert");
  rejected.attribute("cert") = "0";
  ++s.edits;

  // 3. Adds a missed concept, declaring its category.
  pugi::xml_node added = WrapAWord(xml, "term", 9, 0, &s.added_word);
  EXPECT_TRUE(added);
  added.append_attribute("ref") = (std::string("#") + kEditorsConcept).c_str();
  added.append_attribute("resp") = "#ed";
  pugi::xml_node taxonomy =
      Select(tei, "teiHeader/encodingDesc/classDecl/taxonomy[@xml:id='concepts']");
  EXPECT_TRUE(taxonomy);
  pugi::xml_node category = taxonomy.append_child("category");
  category.append_attribute("xml:id") = kEditorsConcept;
  category.append_child("catDesc").append_child(pugi::node_pcdata).set_value(s.added_word.c_str());
  ++s.edits;

  // 4. Corrects a misread word.
  pugi::xml_node choice = WrapAWord(xml, "choice", 7, 3, &s.sic);
  EXPECT_TRUE(choice);
  pugi::xml_node sic_text = choice.first_child();
  choice.append_child("sic").append_move(sic_text);
  s.corr = s.sic + "-corrected";
  pugi::xml_node corr = choice.append_child("corr");
  corr.append_attribute("resp") = "#ed";
  corr.append_child(pugi::node_pcdata).set_value(s.corr.c_str());
  ++s.edits;

  // 4b. Inserts a word the extraction lost, before another word.
  pugi::xml_node inserted = WrapAWord(xml, "corr", 10, 1, &s.inserted_before);
  EXPECT_TRUE(inserted);
  inserted.parent().insert_move_after(inserted.first_child(), inserted);
  inserted.append_attribute("resp") = "#ed";
  inserted.append_child(pugi::node_pcdata).set_value(kInserted);
  ++s.edits;

  // 5. Splits a vignette in two: one that runs over two paragraphs into one
  // per paragraph, or one inside a paragraph at a sentence's end. One that
  // starts inside a paragraph (at an <anchor>) and runs on: into the rest of
  // that paragraph and the whole next one.
  pugi::xml_node span =
      Select(tei,
             "standOff/spanGrp[@type='vignette']/"
             "span[@resp='#glossator-vignettes'][starts-with(@from,'#p')][starts-with(@to,'#p')]");
  pugi::xml_node anchored =
      Select(tei, "standOff/spanGrp[@type='vignette']/span[@resp='#glossator-vignettes']");
  pugi::xml_node seg = Select(tei, "text//p/seg[@type='vignette'][@resp='#glossator-vignettes']");
  pugi::xml_node from_anchor =
      anchored ? Select(tei, "text//p/anchor[@xml:id='" +
                                 std::string(anchored.attribute("from").value()).substr(1) + "']")
               : pugi::xml_node();
  pugi::xml_node next_p = from_anchor
                              ? from_anchor.parent().select_node("following-sibling::p[1]").node()
                              : pugi::xml_node();
  if (!span && !seg && next_p) {
    s.split_id = anchored.attribute("xml:id").value();
    s.split_paragraphs = {from_anchor.parent().attribute("xml:id").value(),
                          next_p.attribute("xml:id").value()};
    pugi::xml_node first = from_anchor.parent().insert_child_after("seg", from_anchor);
    while (first.next_sibling()) first.append_move(first.next_sibling());
    pugi::xml_node second = next_p.prepend_child("seg");
    while (second.next_sibling()) second.append_move(second.next_sibling());
    for (pugi::xml_node part : {first, second}) {
      part.append_attribute("type") = "vignette";
      part.append_attribute("resp") = "#ed";
      ++s.edits;
    }
    anchored.parent().remove_child(anchored);
    ++s.deletions;
  } else if (span) {
    s.split_id = span.attribute("xml:id").value();
    s.split_paragraphs = {std::string(span.attribute("from").value()).substr(1),
                          std::string(span.attribute("to").value()).substr(1)};
    for (const std::string& id : s.split_paragraphs) {
      pugi::xml_node p = Select(tei, "text//p[@xml:id='" + id + "']");
      EXPECT_TRUE(p) << id;
      pugi::xml_node part = p.prepend_child("seg");
      part.append_attribute("type") = "vignette";
      part.append_attribute("resp") = "#ed";
      while (part.next_sibling()) part.append_move(part.next_sibling());
      ++s.edits;
    }
    span.parent().remove_child(span);
    ++s.deletions;
  } else if (seg) {
    s.split_id = seg.attribute("xml:id").value();
    s.split_paragraphs = {seg.parent().attribute("xml:id").value()};
    // The first text of the seg with a sentence's end before more text.
    pugi::xml_node at;
    size_t cut = 0;
    for (pugi::xml_node c : seg.children()) {
      std::string v = c.value();
      size_t stop = c.type() == pugi::node_pcdata ? v.find(". ") : std::string::npos;
      if (stop != std::string::npos && stop + 2 < v.size()) {
        at = c;
        cut = stop + 2;
        break;
      }
    }
    EXPECT_TRUE(at) << "the vignette has no sentence end to split at";
    if (!at) return s;
    std::string v = at.value();
    pugi::xml_node second = seg.parent().insert_child_after("seg", seg);
    second.append_child(pugi::node_pcdata).set_value(v.substr(cut).c_str());
    while (at.next_sibling()) second.append_move(at.next_sibling());
    at.set_value(v.substr(0, cut - 1).c_str());  // the space goes between the two
    seg.parent().insert_child_after(pugi::node_pcdata, seg).set_value(" ");
    for (pugi::xml_node part : {seg, second}) {
      while (part.first_attribute()) part.remove_attribute(part.first_attribute());
      part.append_attribute("type") = "vignette";
      part.append_attribute("resp") = "#ed";
      ++s.edits;
    }
    ++s.deletions;
  } else {
    ADD_FAILURE() << "the reading has no vignette to split";
  }

  if (with_bibliography) {
    // 6. Retargets a citation to another entry.
    pugi::xml_node ref =
        Select(tei, "text//ref[@type='bibr'][@target][@resp='#glossator-citations']");
    pugi::xpath_node_set entries = tei.select_nodes("text/back//listBibl/bibl");
    EXPECT_TRUE(ref);
    EXPECT_GE(entries.size(), 2u);
    if (ref && entries.size() >= 2) {
      s.retargeted_id = ref.attribute("xml:id").value();
      s.retargeted_text = TextOf(ref);
      std::string old_target = ref.attribute("target").value();
      for (pugi::xpath_node e : entries) {
        std::string id = e.node().attribute("xml:id").value();
        if ("#" + id != old_target) s.new_target = "#" + id;
      }
      ref.attribute("target") = s.new_target.c_str();
      ref.attribute("resp") = "#ed";
      ref.remove_attribute("cert");
      ++s.edits;
    }
    // 7. Corrects a reference entry's title: its level.
    pugi::xml_node title =
        Select(tei, "text/back//listBibl/bibl/title[@resp='#glossator-citations']");
    EXPECT_TRUE(title);
    if (title) {
      s.title_id = title.attribute("xml:id").value();
      s.title_level = std::string(title.attribute("level").value()) == "m" ? "a" : "m";
      title.attribute("level") = s.title_level.c_str();
      title.attribute("resp") = "#ed";
      title.remove_attribute("cert");
      ++s.edits;
    }
  }
  EXPECT_TRUE(xml.save_file(path.c_str(), "", pugi::format_raw));
  return s;
}

// The text under <text> with the editors' <corr>s taken out: the Document's.
std::string DocumentTextOf(const std::string& path) {
  pugi::xml_document xml;
  EXPECT_TRUE(xml.load_file(path.c_str(), kParse));
  for (pugi::xpath_node c = xml.select_node("//corr"); c; c = xml.select_node("//corr")) {
    c.node().parent().remove_child(c.node());
  }
  return testing::TeiText(xml.child("TEI").child("text"));
}

// Every edit of s is in the file at path, and nothing it rejected is back.
// same_layout: the re-run read the same PDF, so blocks keep their ids; else
// (another extraction of the reading) the editor's elements are looked for
// by their own ids and words only.
void ExpectEditsKept(const std::string& path, const Script& s, bool same_layout = true) {
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_file(path.c_str(), kParse)) << path;
  pugi::xml_node tei = xml.child("TEI");
  auto by_id = [&](const std::string& id) {
    return tei.select_nodes(("//*[@xml:id='" + id + "']").c_str());
  };

  EXPECT_TRUE(Select(tei, "teiHeader/fileDesc/titleStmt/respStmt/persName[@xml:id='ed']"));
  EXPECT_EQ(by_id(s.deleted_id).size(), 0u) << "the deleted concept came back";
  pugi::xpath_node_set rejected = by_id(s.rejected_id);
  ASSERT_EQ(rejected.size(), 1u) << "the rejected concept once, as the editor marked it";
  EXPECT_STREQ(rejected[0].node().attribute("resp").value(), "#ed");
  EXPECT_STREQ(rejected[0].node().attribute("cert").value(), "0");

  pugi::xml_node added =
      Select(tei, std::string("text//term[@resp='#ed'][@ref='#") + kEditorsConcept + "']");
  ASSERT_TRUE(added) << "the added concept";
  EXPECT_EQ(TextOf(added), s.added_word);
  EXPECT_TRUE(
      Select(tei, std::string("teiHeader//taxonomy/category[@xml:id='") + kEditorsConcept + "']"));

  pugi::xml_node choice = Select(tei, "text//choice[sic='" + s.sic + "'][corr='" + s.corr + "']");
  ASSERT_TRUE(choice) << "the corrected word";
  EXPECT_STREQ(choice.child("corr").attribute("resp").value(), "#ed");

  EXPECT_EQ(tei.select_nodes("text//seg[@type='vignette'][@resp='#ed']").size(), 2u)
      << "the vignette in two parts";
  pugi::xml_node lone =
      Select(tei, std::string("text//corr[not(parent::choice)][.='") + kInserted + "']");
  ASSERT_TRUE(lone) << "the inserted text";
  EXPECT_STREQ(lone.attribute("resp").value(), "#ed");
  EXPECT_EQ(std::string(lone.next_sibling().value()).rfind(s.inserted_before, 0), 0u);

  if (!s.split_id.empty() && same_layout) {
    EXPECT_EQ(by_id(s.split_id).size(), 0u) << "the split vignette came back whole";
    size_t parts = 0;
    for (const std::string& p : s.split_paragraphs) {
      parts += tei.select_nodes(
                      ("text//p[@xml:id='" + p + "']/seg[@type='vignette'][@resp='#ed']").c_str())
                   .size();
      EXPECT_FALSE(Select(
          tei, "text//p[@xml:id='" + p + "']//seg[@type='vignette'][@resp='#glossator-vignettes']"))
          << p;
      EXPECT_FALSE(Select(tei, "standOff//span[@resp='#glossator-vignettes'][@from='#" + p +
                                   "' or @to='#" + p + "']"))
          << p;
    }
    EXPECT_EQ(parts, 2u) << "in their paragraphs";
    pugi::xml_node rejected_list =
        Select(tei, "teiHeader/revisionDesc/listChange/change[@type='rejected-annotations']");
    EXPECT_NE(std::string(TextOf(rejected_list)).find(s.split_id), std::string::npos);
    EXPECT_NE(std::string(TextOf(rejected_list)).find(s.deleted_id), std::string::npos);
  }
  if (!s.retargeted_id.empty()) {
    pugi::xml_node ref = by_id(s.retargeted_id).first().node();
    ASSERT_TRUE(ref) << "the retargeted citation";
    EXPECT_STREQ(ref.attribute("resp").value(), "#ed");
    EXPECT_EQ(ref.attribute("target").value(), s.new_target);
    EXPECT_EQ(TextOf(ref), s.retargeted_text);
    // The machine's guess for the passage is not there beside it.
    EXPECT_FALSE(ref.select_node(".//ref")) << "no machine citation inside the editor's";
    EXPECT_FALSE(ref.parent().name() == std::string("ref"));
  }
  if (!s.title_id.empty()) {
    pugi::xml_node title = by_id(s.title_id).first().node();
    ASSERT_TRUE(title) << "the corrected title";
    EXPECT_EQ(title.attribute("level").value(), s.title_level);
    EXPECT_STREQ(title.attribute("resp").value(), "#ed");
    size_t same_words = 0;
    for (pugi::xml_node t : title.parent().children("title"))
      same_words += TextOf(t) == TextOf(title);
    EXPECT_EQ(same_words, 1u) << "no machine title on the same words";
  }
  EXPECT_EQ(JingErrors(path), "");
}

std::string Summary(const Script& s, int reanchored = 0) {
  return "edits: " + std::to_string(s.edits - reanchored) + " kept, " + std::to_string(reanchored) +
         " re-anchored, 0 orphaned; " + std::to_string(s.deletions) + " deletions honoured";
}

TEST(EditorsCorrections, EveryEditSurvivesAReRun) {
  testing::TempDir dir;
  std::string pdf = testing::SamplePdf("article"), out = dir.path() + "/article.xml";
  ASSERT_EQ(Glossator("annotate " + ShellQuote(pdf) + " -q -o " + ShellQuote(out)).exit_code, 0);
  std::string machine_text = DocumentTextOf(out);
  Script s = EditAsAnEditor(out);
  EXPECT_EQ(s.edits, 8);
  ASSERT_EQ(JingErrors(out), "") << "the editor's file is valid TEI";

  CommandResult r = Glossator("annotate " + ShellQuote(pdf) + " -o " + ShellQuote(out));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find(out + ": " + Summary(s)), std::string::npos) << r.output;
  ExpectEditsKept(out, s);
  // Rule 1: the text is still the Document's.
  CommandResult text = RunCommand(ShellQuote(GLOSSATOR_BINARY) + " text " + ShellQuote(pdf));
  EXPECT_EQ(testing::Tokens(DocumentTextOf(out)), testing::Tokens(text.output));
  EXPECT_EQ(testing::Tokens(DocumentTextOf(out)), testing::Tokens(machine_text));

  // Once carried over, the edits stay as they are: a third run changes nothing.
  std::string second = testing::ReadFile(out);
  ASSERT_EQ(Glossator("annotate " + ShellQuote(pdf) + " -q -o " + ShellQuote(out)).exit_code, 0);
  EXPECT_EQ(testing::ReadFile(out), second);
}

// Reverses the order of every element's attributes: XML tools may reorder them.
void ReorderAttributes(const std::string& path) {
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_file(path.c_str(), kParse));
  for (pugi::xpath_node n : xml.select_nodes("//*")) {
    std::vector<std::pair<std::string, std::string>> attrs;
    for (pugi::xml_attribute a : n.node().attributes()) attrs.emplace_back(a.name(), a.value());
    while (n.node().first_attribute()) n.node().remove_attribute(n.node().first_attribute());
    for (auto it = attrs.rbegin(); it != attrs.rend(); ++it) {
      n.node().append_attribute(it->first.c_str()) = it->second.c_str();
    }
  }
  ASSERT_TRUE(xml.save_file(path.c_str(), "", pugi::format_raw));
}

TEST(EditorsCorrections, AReformattingXmlToolKeepsEveryEdit) {
  testing::TempDir dir;
  std::string pdf = testing::SamplePdf("article"), out = dir.path() + "/article.xml";
  ASSERT_EQ(Glossator("annotate " + ShellQuote(pdf) + " -q -o " + ShellQuote(out)).exit_code, 0);
  Script s = EditAsAnEditor(out);
  std::string formatted = dir.path() + "/formatted.xml";
  ASSERT_EQ(
      RunCommand("xmllint --format " + ShellQuote(out) + " > " + ShellQuote(formatted)).exit_code,
      0);
  ReorderAttributes(formatted);
  ASSERT_NE(testing::ReadFile(formatted), testing::ReadFile(out)) << "the tool changed the file";
  std::filesystem::rename(formatted, out);

  CommandResult r = Glossator("annotate " + ShellQuote(pdf) + " -o " + ShellQuote(out));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find(out + ": " + Summary(s)), std::string::npos) << r.output;
  ExpectEditsKept(out, s);
}

// A real reading (Freud, from ../shared): concepts and vignettes only.
TEST(EditorsCorrections, EditsOfARealReadingSurviveAReRun) {
  std::string pdf =
      testing::SharedDir() + "/data/real/pdfs/freud-beyond-the-pleasure-principle.pdf";
  if (!std::filesystem::exists(pdf)) GTEST_SKIP() << pdf << " missing";
  testing::TempDir dir;
  std::string out = dir.path() + "/freud.xml";
  ASSERT_EQ(Glossator("annotate " + ShellQuote(pdf) + " -q -o " + ShellQuote(out)).exit_code, 0);
  Script s = EditAsAnEditor(out, /*with_bibliography=*/false);
  ASSERT_EQ(JingErrors(out), "");
  CommandResult r = Glossator("annotate " + ShellQuote(pdf) + " -o " + ShellQuote(out));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find(out + ": " + Summary(s)), std::string::npos) << r.output;
  ExpectEditsKept(out, s);
  CommandResult text = RunCommand(ShellQuote(GLOSSATOR_BINARY) + " text " + ShellQuote(pdf));
  EXPECT_EQ(testing::Tokens(DocumentTextOf(out)), testing::Tokens(text.output));
}

// Wraps word, where it first stands in a body text node that also holds
// `near`, in an editor's concept; false when there is no such place.
bool AddConceptAt(const std::string& path, const std::string& near, const std::string& word) {
  pugi::xml_document xml;
  if (!xml.load_file(path.c_str(), kParse)) return false;
  for (pugi::xpath_node t : xml.select_nodes("/TEI/text/body//p/text()")) {
    pugi::xml_node text = t.node();
    std::string v = text.value();
    size_t at = v.find(near);
    if (at == std::string::npos) continue;
    at = v.find(" " + word + " ", at > 80 ? at - 80 : 0);
    if (at == std::string::npos) continue;
    ++at;
    pugi::xml_node p = text.parent();
    p.insert_child_before(pugi::node_pcdata, text).set_value(v.substr(0, at).c_str());
    pugi::xml_node term = p.insert_child_before("term", text);
    term.append_attribute("ref") = (std::string("#") + kEditorsConcept).c_str();
    term.append_attribute("resp") = "#ed";
    term.append_child(pugi::node_pcdata).set_value(word.c_str());
    text.set_value(v.substr(at + word.size()).c_str());
    return xml.save_file(path.c_str(), "", pugi::format_raw);
  }
  return false;
}

// The same reading made again (tests/integration/data/edits/make_pair.py) as
// a course reader reprints it: other line widths and breaks, two columns for
// one, a cover page inserted before it, American spelling, "and" for "&",
// and its closing paragraph left out. The edits of the first's TEI are
// carried onto the second's: none lost; orphaned only the one whose
// paragraph the reprint left out; re-anchored the one whose context the
// spelling changed.
TEST(EditorsCorrections, EditsSurviveAChangedExtraction) {
  testing::TempDir dir;
  std::string first = PairPdf("article-one-column.pdf"), second = PairPdf("article-moved.pdf");
  std::string out = dir.path() + "/article.xml";
  ASSERT_EQ(Glossator("annotate " + ShellQuote(first) + " -q -o " + ShellQuote(out)).exit_code, 0);
  Script s = EditAsAnEditor(out);
  // Two more: before "organises" (the reprint spells it "organizes"), and in
  // the closing paragraph (the reprint leaves it out).
  ASSERT_TRUE(AddConceptAt(out, "organises itself", "function"));
  ASSERT_TRUE(AddConceptAt(out, "defensive rigidity", "rigidity"));
  ASSERT_EQ(JingErrors(out), "");
  CommandResult r = Glossator("annotate " + ShellQuote(second) + " -o " + ShellQuote(out));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.output, m,
                                std::regex("edits: ([0-9]+) kept, ([0-9]+) re-anchored, ([0-9]+) "
                                           "orphaned; ([0-9]+) deletions honoured")))
      << r.output;
  int kept = std::stoi(m[1]), reanchored = std::stoi(m[2]), orphaned = std::stoi(m[3]);
  std::cout << "changed extraction: " << m[0] << "\n" << r.output;
  RecordProperty("kept", kept);
  RecordProperty("reanchored", reanchored);
  RecordProperty("orphaned", orphaned);
  EXPECT_EQ(kept + reanchored, s.edits + 1) << r.output;
  EXPECT_GE(reanchored, 1) << r.output;
  EXPECT_EQ(orphaned, 1) << r.output;
  ExpectEditsKept(out, s, /*same_layout=*/false);
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_file(out.c_str(), kParse));
  EXPECT_TRUE(Select(xml, "//text//term[@resp='#ed'][.='function']"));
  pugi::xml_node orphan = Select(xml, "/TEI/standOff/note[@type='orphaned-edit'][@resp='#ed']");
  ASSERT_TRUE(orphan) << "the edit in the left-out paragraph, kept as a note";
  EXPECT_NE(TextOf(orphan).find("\u201Crigidity\u201D"), std::string::npos) << TextOf(orphan);
  EXPECT_NE(TextOf(orphan).find(kEditorsConcept), std::string::npos) << TextOf(orphan);
  CommandResult text = RunCommand(ShellQuote(GLOSSATOR_BINARY) + " text " + ShellQuote(second));
  EXPECT_EQ(testing::Tokens(DocumentTextOf(out)), testing::Tokens(text.output));
  // The deleted concept and the vignette split in two: the machine makes
  // them again on the reprint (same ids: their words and context are
  // unchanged), and the carried-over file does not have them.
  std::string fresh = dir.path() + "/fresh.xml";
  ASSERT_EQ(Glossator("annotate " + ShellQuote(second) + " -q -o " + ShellQuote(fresh)).exit_code,
            0);
  std::string fresh_xml = testing::ReadFile(fresh), carried = testing::ReadFile(out);
  for (const std::string& id : {s.deleted_id, s.split_id}) {
    EXPECT_NE(fresh_xml.find("xml:id=\"" + id + "\""), std::string::npos) << id;
    EXPECT_EQ(carried.find("xml:id=\"" + id + "\""), std::string::npos) << id << " came back";
  }
}

// An edited file that cannot be read as the TEI of this reading is an error
// naming the file and line; it is left exactly as it was.
TEST(EditorsCorrections, AnUnreadableEditedFileIsAnErrorAndIsLeftAlone) {
  testing::TempDir dir;
  std::string pdf = testing::SamplePdf("article"), out = dir.path() + "/article.xml";
  ASSERT_EQ(Glossator("annotate " + ShellQuote(pdf) + " -q -o " + ShellQuote(out)).exit_code, 0);
  std::string good = testing::ReadFile(out);

  struct Broken {
    std::string what, contents, message;
  };
  std::vector<Broken> cases = {
      // Cut off in the middle of the body, as a crashed editor leaves it.
      {"truncated", good.substr(0, good.find("</body>")),
       out + ":" +
           std::to_string(1 + std::count(good.begin(), good.begin() + good.find("</body>"), '\n')) +
           ": not well-formed XML"},
      {"not TEI", "<?xml version=\"1.0\"?>\n<html>\n<body><p>notes</p></body></html>\n",
       out + ":2: not a TEI file: the root is <html>"},
  };
  for (const Broken& b : cases) {
    std::ofstream(out, std::ios::binary | std::ios::trunc) << b.contents;
    testing::FileSnapshot before(out);
    CommandResult r = Glossator("annotate " + ShellQuote(pdf) + " -o " + ShellQuote(out));
    EXPECT_NE(r.exit_code, 0) << b.what << ": " << r.output;
    EXPECT_NE(r.output.find(b.message), std::string::npos) << b.what << ": " << r.output;
    EXPECT_NE(r.output.find("nothing written"), std::string::npos) << b.what << ": " << r.output;
    EXPECT_EQ(before.Changes(), "") << b.what;
    EXPECT_EQ(testing::EntriesIn(dir.path()), 1u) << b.what << ": no temporary file left";
  }

  // The TEI of another reading: its digest differs and its text is not this one's.
  std::string other = testing::SamplePdf("column");
  // (--discard-edits: the file there now is the html above, which is no TEI.)
  ASSERT_EQ(Glossator("annotate " + ShellQuote(other) + " -q --discard-edits -o " + ShellQuote(out))
                .exit_code,
            0);
  testing::FileSnapshot before(out);
  CommandResult r = Glossator("annotate " + ShellQuote(pdf) + " -o " + ShellQuote(out));
  EXPECT_NE(r.exit_code, 0) << r.output;
  EXPECT_TRUE(
      std::regex_search(r.output, std::regex(std::regex_replace(out, std::regex("[.]"), "[.]") +
                                             ":[0-9]+: the TEI of another reading")))
      << r.output;
  EXPECT_EQ(before.Changes(), "");
}

// --discard-edits replaces an edited file on purpose, keeping it as OUT.bak.
TEST(EditorsCorrections, DiscardEditsOverwritesAndKeepsABackup) {
  testing::TempDir dir;
  std::string pdf = testing::SamplePdf("article"), out = dir.path() + "/article.xml";
  ASSERT_EQ(Glossator("annotate " + ShellQuote(pdf) + " -q -o " + ShellQuote(out)).exit_code, 0);
  std::string machine = testing::ReadFile(out);
  // Without edits, nothing to keep: no backup.
  CommandResult plain =
      Glossator("annotate " + ShellQuote(pdf) + " --discard-edits -o " + ShellQuote(out));
  ASSERT_EQ(plain.exit_code, 0) << plain.output;
  EXPECT_FALSE(std::filesystem::exists(out + ".bak"));
  EXPECT_GT(EditAsAnEditor(out).edits, 0);
  std::string edited = testing::ReadFile(out);
  CommandResult r =
      Glossator("annotate " + ShellQuote(pdf) + " --discard-edits -o " + ShellQuote(out));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find(out + ": edits discarded (--discard-edits); kept as " + out + ".bak"),
            std::string::npos)
      << r.output;
  EXPECT_EQ(testing::ReadFile(out + ".bak"), edited);
  EXPECT_EQ(testing::ReadFile(out), machine) << "the machine's TEI, as if never edited";
}

}  // namespace
}  // namespace glossator
