// Annotations in the TEI (glossator/tei.h; OUTPUT.md rules 1 and 3 to 8).
//
// A property test over the samples: random annotations (nested, crossing,
// touching, identical, empty, across blocks and pages, whole blocks, bad
// attribute values, parents with parts, reference entries over whole blocks
// or tiling one), every file valid for jing and tei_all.rng, the text under
// <text> exactly the Document's, and every annotation read back from the TEI
// (inline: the offsets of its text; stand-off: its anchors or blocks; an
// entry: its <bibl>) as the same (type, begin, end, plugin). Then
// hand-built Documents for the individual shapes, reference lists (rule 4)
// and their citations' targets (rule 5) among them.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "edits/machine_id.h"
#include "glossator/extract.h"
#include "glossator/tei.h"
#include "tei/schema.h"
#include "test_support.h"

namespace glossator {
namespace {

using testing::TempDir;
using testing::Tokens;

// Text nodes of spaces alone between two inline elements are text too.
constexpr unsigned kParse = pugi::parse_default | pugi::parse_ws_pcdata;

// All the text inside element.
std::string TextOf(pugi::xml_node element) {
  return pugi::xpath_query("string(.)").evaluate_string(element);
}

// Validates the files with one jing run; "" when they are valid, else jing's output.
std::string JingErrors(const std::vector<std::string>& files) {
  std::string command =
      std::string(JING_EXECUTABLE) + " '" + testing::SharedDir() + "/schemas/tei_all.rng'";
  for (const std::string& f : files) command += " '" + f + "'";
  testing::CommandResult result = testing::RunCommand(command);
  if (result.exit_code == 0) return "";
  // The errors without jing's start-up warnings, each cut short (they list
  // every element jing expected).
  std::string errors;
  std::istringstream lines(result.output);
  for (std::string line; std::getline(lines, line) && errors.size() < 6000;) {
    if (line.rfind("[warning]", 0) == 0) continue;
    errors += line.substr(0, 300) + "\n";
  }
  return "jing exit code " + std::to_string(result.exit_code) + ":\n" + errors;
}

// The declarations of the annotations the tests make: the shipped plugins'
// types, a taxonomy, and the applications (one with a version TEI cannot hold).
Annotations Declarations() {
  Annotations a;
  a.types = {{"concept", "term", "ref=#{category}", "concepts"},
             {"citation", "ref", "type=bibr;target=#{target}", "citations"},
             {"vignette", "seg", "type=vignette", "vignettes"},
             {"reference", "bibl", "xml:id={id}", "citations"},
             {"citations:author", "author", "", "citations"},
             {"citations:date", "date", "when={year}", "citations"}};
  a.categories = {
      {"concepts",
       "c.transference",
       {{"label", "transference"},
        {"alt", "transfer"},
        {"school", "psychoanalysis"},
        {"theorist", "Freud"},
        {"theorist", "Klein"},
        {"definition", "The redirection of feelings <from> one person to another."}},
       "concepts"},
      {"concepts",
       "c.countertransference",
       {{"label", "countertransference"}, {"broader", "c.transference"}},
       "concepts"},
      {"concepts",
       "c.holding",
       {{"label", "holding"}, {"broader", "environment"}, {"theorist", "Winnicott"}},
       "concepts"},
      {"concepts", "c.rupture", {{"alt", "rupture and repair"}}, "concepts"},
      // Declared again by the same plugin: merged.
      {"concepts", "c.holding", {{"alt", "holding environment"}}, "concepts"},
  };
  a.applications = {{"concepts", "0.1.0", "Concept mentions"},
                    {"citations", "0.1.0", ""},
                    {"vignettes", "0.1.0-rc1", "Case vignettes"}};
  return a;
}

const std::vector<std::string>& CategoryIds() {
  static const std::vector<std::string> kIds = {"c.transference", "c.countertransference",
                                                "c.holding", "c.rupture"};
  return kIds;
}

// What the tests compare: (type, begin, end, plugin).
using Key = std::tuple<std::string, size_t, size_t, std::string>;

std::vector<Key> KeysOf(const Annotations& annotations) {
  std::vector<Key> keys;
  for (const Annotation& a : annotations.items) keys.emplace_back(a.type, a.begin, a.end, a.plugin);
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::string Describe(const Key& k) {
  return std::get<0>(k) + " [" + std::to_string(std::get<1>(k)) + ", " +
         std::to_string(std::get<2>(k)) + ") by " + std::get<3>(k);
}

// Reads the annotations back from a TEI file written for doc, knowing the
// type declarations (the reader's side of the contract in glossator/tei.h).
class Reader {
 public:
  Reader(const Document& doc, const Annotations& declared, const pugi::xml_document& xml)
      : doc_(doc), declared_(declared), xml_(xml) {
    for (size_t i = 0; i < doc.blocks().size(); ++i) {
      const char* prefix = "p";
      switch (doc.blocks()[i].kind) {
        case BlockKind::kHeading:
          prefix = "h";
          break;
        case BlockKind::kListItem:
          prefix = "li";
          break;
        case BlockKind::kFootnote:
          prefix = "n";
          break;
        default:
          break;
      }
      block_ids_[prefix + std::to_string(i)] = i;
      block_ends_.insert(doc.blocks()[i].end);
    }
  }

  // Walks the TEI; problems (text outside blocks, a block whose text differs,
  // an unresolved pointer) go to errors(). A <bibl> in a <listBibl> is a
  // reference entry: an annotation whose range is its text, which begins where
  // the next block begins (or, in a block the entries tile, after the spaces
  // that the <listBibl> holds between them).
  std::vector<Key> Read() {
    Walk(xml_.child("TEI").child("text"));
    for (pugi::xpath_node n : xml_.select_nodes("/TEI/standOff/spanGrp/span")) {
      pugi::xml_node span = n.node();
      std::string type = span.attribute("type").value();
      if (type != span.parent().attribute("type").value()) {
        errors_.push_back("span " + std::string(span.attribute("xml:id").value()) +
                          " is not in its type's spanGrp");
      }
      size_t begin = Resolve(span.attribute("from").value(), true);
      size_t end = Resolve(span.attribute("to").value(), false);
      found_.emplace_back(type, begin, end, Plugin(span));
    }
    std::sort(found_.begin(), found_.end());
    return found_;
  }

  const std::vector<std::string>& errors() const { return errors_; }
  // The text under <text> with a space between blocks (rule 1's view).
  const std::string& text() const { return text_; }

 private:
  static bool IsWhitespace(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
  }

  std::string Plugin(pugi::xml_node element) {
    std::string resp = element.attribute("resp").value();
    if (resp.empty()) return "";
    if (resp[0] != '#') errors_.push_back("resp without #: " + resp);
    // The pointer resolves to the application's xml:id; its label is the plugin.
    std::string id = resp.substr(1);
    std::string xpath = "/TEI/teiHeader/encodingDesc/appInfo/application[@xml:id='" + id + "']";
    pugi::xml_node application = xml_.select_node(xpath.c_str()).node();
    if (!application) {
      errors_.push_back("no application with xml:id " + id);
      return id;
    }
    return application.child("label").text().as_string();
  }

  // The annotation type an inline element stands for: a <seg> whose @type
  // is a type's name is of that type; else the declared type of that element
  // whose fixed attributes (templates without {key}) it has; else, for a
  // <seg type="TYPE">, the undeclared TYPE.
  std::string TypeOf(pugi::xml_node element) {
    bool seg = std::string(element.name()) == "seg";
    if (seg && declared_.TypeOf(element.attribute("type").value())) {
      return element.attribute("type").value();
    }
    std::vector<std::string> matches;
    for (const AnnotationType& t : declared_.types) {
      if (t.tei_element != element.name()) continue;
      bool match = true;
      std::string spec = t.tei_attributes;
      size_t pos = 0;
      while (pos <= spec.size()) {
        size_t semi = std::min(spec.find(';', pos), spec.size());
        std::string item = spec.substr(pos, semi - pos);
        pos = semi + 1;
        size_t eq = item.find('=');
        if (eq == std::string::npos || item.find('{') != std::string::npos) continue;
        pugi::xml_attribute attribute = element.attribute(item.substr(0, eq).c_str());
        match &= attribute && item.substr(eq + 1) == attribute.value();
      }
      if (match) matches.push_back(t.name);
    }
    if (matches.size() == 1) return matches[0];
    if (matches.empty() && seg) {
      return element.attribute("type").value();
    }
    return "?" + std::string(element.name());
  }

  size_t Resolve(const std::string& pointer, bool from) {
    std::string id = pointer.substr(pointer.empty() ? 0 : 1);
    if (auto b = block_ids_.find(id); b != block_ids_.end()) {
      const Block& block = doc_.blocks()[b->second];
      return from ? block.begin : block.end;
    }
    if (auto a = anchors_.find(id); a != anchors_.end()) return a->second;
    if (auto e = entries_.find(id); e != entries_.end())
      return from ? e->second.first : e->second.second;
    errors_.push_back("unresolved pointer " + pointer);
    return SIZE_MAX;
  }

  // The offset where the block after offset begins (the text's end when none).
  size_t NextBlockBegin(size_t offset) const {
    for (const Block& b : doc_.blocks()) {
      if (b.begin >= offset && b.end > b.begin) return b.begin;
    }
    return doc_.text().size();
  }

  // Where the text outside the blocks stands: after the last block or entry
  // (and the spaces after it, in a tiled block).
  size_t Outside() const { return at_block_end_ ? NextBlockBegin(outside_) : outside_; }

  // Text of a <listBibl>: the spaces between entries that tile a block, or
  // indentation.
  void ListBiblText(const std::string& value) {
    size_t at = Outside();
    if (doc_.text().compare(at, value.size(), value) == 0) {
      outside_ = at + value.size();
      at_block_end_ = block_ends_.count(outside_) > 0;
      text_ += value;
    } else if (!IsWhitespace(value)) {
      errors_.push_back("text in a listBibl that is not the document's: " + value);
    }
  }

  // A reference entry: the annotation it stands for.
  void Entry(pugi::xml_node bibl) {
    size_t begin = Outside();
    block_ = SIZE_MAX - 1;  // in an entry
    cursor_ = begin;
    block_text_.clear();
    text_ += ' ';
    Walk(bibl);
    text_ += ' ';
    if (block_text_ != doc_.text(begin, cursor_)) {
      errors_.push_back("entry " + std::string(bibl.attribute("xml:id").value()) + " holds \"" +
                        block_text_ + "\"");
    }
    found_.emplace_back(TypeOf(bibl), begin, cursor_, Plugin(bibl));
    entries_[bibl.attribute("xml:id").value()] = {begin, cursor_};
    outside_ = cursor_;
    at_block_end_ = block_ends_.count(cursor_) > 0;
    block_ = SIZE_MAX;
  }

  void Walk(pugi::xml_node node) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata) {
        std::string value = child.value();
        if (block_ == SIZE_MAX && std::string(node.name()) == "listBibl") {
          ListBiblText(value);
          continue;
        }
        if (block_ == SIZE_MAX) {
          if (!IsWhitespace(value)) errors_.push_back("text outside the blocks: " + value);
          continue;
        }
        cursor_ += value.size();
        block_text_ += value;
        text_ += value;
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      std::string name = child.name();
      std::string id = child.attribute("xml:id").value();
      auto b = block_ids_.find(id);
      if (name == "bibl" && std::string(node.name()) == "listBibl" && block_ == SIZE_MAX) {
        Entry(child);
      } else if (b != block_ids_.end() && block_ == SIZE_MAX) {
        block_ = b->second;
        const Block& block = doc_.blocks()[block_];
        cursor_ = block.begin;
        block_text_.clear();
        text_ += ' ';
        Walk(child);
        text_ += ' ';
        if (block_text_ != doc_.text(block.begin, block.end)) {
          errors_.push_back("block " + id + " holds \"" + block_text_ + "\"");
        }
        outside_ = block.end;
        at_block_end_ = true;
        block_ = SIZE_MAX;
      } else if (name == "anchor") {
        // Between blocks: the offset inside the separator after the last
        // block; between entries of one block, where the text stands.
        size_t offset = block_ != SIZE_MAX ? cursor_ : at_block_end_ ? outside_ + 1 : outside_;
        if (!anchors_.emplace(id, offset).second) errors_.push_back("anchor id twice: " + id);
      } else if (name == "pb") {
        continue;
      } else if (block_ != SIZE_MAX) {
        if (name == "note") errors_.push_back("a <note> inside a block");
        size_t begin = cursor_;
        Walk(child);
        found_.emplace_back(TypeOf(child), begin, cursor_, Plugin(child));
      } else {
        Walk(child);
      }
    }
  }

  const Document& doc_;
  const Annotations& declared_;
  const pugi::xml_document& xml_;
  std::map<std::string, size_t> block_ids_;
  std::set<size_t> block_ends_;
  std::map<std::string, size_t> anchors_;
  std::map<std::string, std::pair<size_t, size_t>> entries_;  // xml:id -> range
  std::vector<Key> found_;
  std::vector<std::string> errors_;
  std::string text_, block_text_;
  size_t block_ = SIZE_MAX, cursor_ = 0;
  size_t outside_ = 0;         // see Outside()
  bool at_block_end_ = false;  // outside_ is a block's end (false before the first block)
};

// Every pointer in the file resolves to an xml:id in it, and no id repeats.
void ExpectPointersResolve(const pugi::xml_document& xml, const std::string& what) {
  std::set<std::string> ids;
  for (pugi::xpath_node n : xml.select_nodes("//@xml:id")) {
    EXPECT_TRUE(ids.insert(n.attribute().value()).second)
        << what << ": duplicate xml:id " << n.attribute().value();
  }
  for (const char* xpath : {"/TEI/standOff//span/@from", "/TEI/standOff//span/@to",
                            "/TEI/text//term/@ref", "/TEI/teiHeader//ptr/@target"}) {
    for (pugi::xpath_node n : xml.select_nodes(xpath)) {
      std::string v = n.attribute().value();
      ASSERT_FALSE(v.empty());
      EXPECT_TRUE(v[0] == '#' && ids.count(v.substr(1))) << what << ": " << xpath << "=" << v;
    }
  }
  // A target is a list; its local pointers ("#X", not URLs) name ids of the file.
  for (pugi::xpath_node n : xml.select_nodes("/TEI/text//@target")) {
    std::istringstream pointers(n.attribute().value());
    for (std::string p; pointers >> p;) {
      if (p[0] == '#') {
        EXPECT_TRUE(ids.count(p.substr(1))) << what << ": @target " << p;
      }
    }
  }
}

// Random annotations over a Document, at UTF-8 character boundaries.
class Generator {
 public:
  Generator(const Document& doc, uint32_t seed) : doc_(doc), rng_(seed) {
    const std::string& text = doc.text();
    for (size_t x = 0; x <= text.size(); ++x) {
      if (x == text.size() || (static_cast<unsigned char>(text[x]) & 0xC0) != 0x80) {
        boundaries_.push_back(x);
      }
    }
  }

  Annotations Make(size_t count) {
    Annotations out = Declarations();
    std::vector<Annotation>& items = out.items;
    const std::vector<Block>& blocks = doc_.blocks();
    size_t size = doc_.text().size();
    while (items.size() < count) {
      const Block& block = blocks[Uniform(0, blocks.size() - 1)];
      const Annotation* p = items.empty() ? nullptr : &items[Uniform(0, items.size() - 1)];
      size_t x = 0, y = 0;
      switch (Uniform(0, p ? 11 : 0)) {
        case 0:  // within a block
          x = Boundary(block.begin, block.end);
          y = Boundary(x, block.end);
          break;
        case 1:  // nested in another
          x = Boundary(p->begin, p->end);
          y = Boundary(x, p->end);
          break;
        case 2:  // crossing another
          x = Boundary(p->begin, p->end);
          y = Boundary(p->end, std::min(size, p->end + 60));
          break;
        case 3:  // touching another
          x = p->end;
          y = Boundary(x, std::min(size, x + 40));
          break;
        case 4:  // identical to another
          x = p->begin;
          y = p->end;
          break;
        case 5:  // empty
          x = y = Boundary(0, size);
          break;
        case 6: {  // from one block into a later one (across pages too)
          size_t i = Uniform(0, blocks.size() - 1),
                 j = std::min(blocks.size() - 1, i + Uniform(1, 4));
          x = Boundary(blocks[i].begin, blocks[i].end);
          y = Boundary(std::max(x, blocks[j].begin), blocks[j].end);
          break;
        }
        case 7: {  // whole blocks
          size_t i = Uniform(0, blocks.size() - 1),
                 j = std::min(blocks.size() - 1, i + Uniform(0, 2));
          x = blocks[i].begin;
          y = blocks[j].end;
          break;
        }
        case 8:  // anywhere, separators included
          x = Boundary(0, size);
          y = Boundary(x, std::min(size, x + 300));
          break;
        case 9: {  // entries that tile a block: split at a space
          size_t space = doc_.text().find(' ', Boundary(block.begin, block.end));
          if (space >= block.end || space == block.begin) continue;
          Add(items, block.begin, space, "reference");
          Add(items, space + 1, block.end, "reference");
          continue;
        }
        default: {  // a reference entry with its parts
          x = Boundary(block.begin, block.end);
          y = Boundary(x, block.end);
          uint64_t parent = Add(items, x, y, "reference").id;
          size_t ax = Boundary(x, y), ay = Boundary(ax, y);
          Add(items, ax, ay, "citations:author", parent);
          size_t dx = Boundary(ax, y), dy = Boundary(dx, y);
          Add(items, dx, dy, "citations:date", parent);
          continue;
        }
      }
      static const char* const kTypes[] = {"concept",        "concept",         "citation",
                                           "vignette",       "reference",       "experimental:mood",
                                           "citations:date", "citations:author"};
      Add(items, x, y, kTypes[Uniform(0, std::size(kTypes) - 1)]);
    }
    items.resize(count);
    // Document order: by begin, then longest first.
    std::stable_sort(items.begin(), items.end(), [](const Annotation& a, const Annotation& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    return out;
  }

 private:
  size_t Uniform(size_t lo, size_t hi) {
    return std::uniform_int_distribution<size_t>(lo, hi)(rng_);
  }

  // A character boundary in [lo, hi] (lo is one).
  size_t Boundary(size_t lo, size_t hi) {
    auto first = std::lower_bound(boundaries_.begin(), boundaries_.end(), lo);
    auto last = std::upper_bound(boundaries_.begin(), boundaries_.end(), hi);
    if (first >= last) return lo;
    return *(first + Uniform(0, last - first - 1));
  }

  Annotation& Add(std::vector<Annotation>& items, size_t begin, size_t end, const std::string& type,
                  uint64_t parent = 0) {
    Annotation a;
    a.id = items.size() + 1;
    a.begin = begin;
    a.end = end;
    a.type = type;
    a.parent = parent;
    a.confidence = Uniform(0, 3) == 0 ? -1 : Uniform(0, 1000) / 1000.0;
    bool omit = Uniform(0, 9) == 0;  // an attribute the template names is missing
    if (type == "concept") {
      a.plugin = "concepts";
      if (!omit) a.attributes.emplace_back("category", CategoryIds()[Uniform(0, 3)]);
    } else if (type == "vignette") {
      a.plugin = "vignettes";
    } else if (type == "experimental:mood") {
      a.plugin = "experimental";  // not among the applications
    } else {
      a.plugin = "citations";
      if (type == "citation" && !omit)
        a.attributes.emplace_back("target", "b" + std::to_string(Uniform(1, 9)));
      // Ids that repeat: the second cannot have it.
      if (type == "reference" && !omit)
        a.attributes.emplace_back("id", "b" + std::to_string(Uniform(1, 30)));
      if (type == "citations:date" && !omit) {
        static const char* const kYears[] = {"1987", "2001", "1999-02", "c. 1990", "1987-02-29"};
        a.attributes.emplace_back("year", kYears[Uniform(0, std::size(kYears) - 1)]);
      }
    }
    items.push_back(a);
    return items.back();
  }

  const Document& doc_;
  std::mt19937 rng_;
  std::vector<size_t> boundaries_;
};

// The samples, extracted once.
class TeiAnnotationsProperty : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    docs_ = new std::map<std::string, Document>();
    for (const std::string& name : testing::SampleNames()) {
      Result<Document> doc = ExtractDocument(testing::SamplePdf(name));
      ASSERT_TRUE(doc.ok()) << doc.status().ToString();
      docs_->emplace(name, doc.value());
    }
  }
  static void TearDownTestSuite() {
    delete docs_;
    docs_ = nullptr;
  }
  static std::map<std::string, Document>* docs_;
};

std::map<std::string, Document>* TeiAnnotationsProperty::docs_ = nullptr;

TEST_F(TeiAnnotationsProperty, RandomAnnotationsValidateKeepTheTextAndReadBack) {
  ASSERT_EQ(docs_->size(), testing::SampleNames().size());
  constexpr int kSets = 5;
  constexpr size_t kPerSet = 60;
  TempDir dir;
  std::vector<std::string> files;
  size_t inline_count = 0, stand_off_count = 0, total = 0;
  size_t entries = 0, tiled = 0, backs = 0;
  uint32_t seed = 20240601;
  for (const auto& [name, doc] : *docs_) {
    for (int set = 0; set < kSets; ++set) {
      std::string what = name + " set " + std::to_string(set);
      Annotations annotations = Generator(doc, seed++).Make(kPerSet);
      std::string path = dir.path() + "/" + name + "-" + std::to_string(set) + ".xml";
      Status written = WriteTeiFile(doc, annotations, path);
      ASSERT_TRUE(written.ok()) << what << ": " << written.ToString();
      files.push_back(path);
      std::string xml_text = testing::ReadFile(path);
      pugi::xml_document xml;
      ASSERT_TRUE(xml.load_string(xml_text.c_str(), kParse)) << what;

      // Rule 1: the text under <text> is the Document's.
      Reader reader(doc, annotations, xml);
      std::vector<Key> found = reader.Read();
      EXPECT_EQ(Tokens(reader.text()), Tokens(doc.text())) << what;
      for (const std::string& e : reader.errors()) ADD_FAILURE() << what << ": " << e;

      // Every annotation comes back.
      std::vector<Key> want = KeysOf(annotations);
      EXPECT_EQ(found.size(), want.size()) << what;
      std::vector<Key> missing, extra;
      std::set_difference(want.begin(), want.end(), found.begin(), found.end(),
                          std::back_inserter(missing));
      std::set_difference(found.begin(), found.end(), want.begin(), want.end(),
                          std::back_inserter(extra));
      for (const Key& k : missing) ADD_FAILURE() << what << ": not read back: " << Describe(k);
      for (const Key& k : extra) ADD_FAILURE() << what << ": read but not given: " << Describe(k);

      ExpectPointersResolve(xml, what);
      EXPECT_TRUE(xml.select_nodes("/TEI/text//note[@type='attribute']").empty()) << what;
      entries += xml.select_nodes("/TEI/text//listBibl/bibl").size();
      // The spaces between tiles are text of the listBibl; its indentation begins with "\n".
      tiled += xml.select_nodes("/TEI/text//listBibl[text()[not(starts-with(., '\n'))]]").size();
      backs += xml.select_nodes("/TEI/text/back/div[@type='references']").size();
      size_t spans = xml.select_nodes("/TEI/standOff//span").size();
      stand_off_count += spans;
      inline_count += want.size() - spans;
      total += want.size();

      // Stable: the same input renders to the same bytes.
      Result<std::string> again = RenderTei(doc, annotations);
      ASSERT_TRUE(again.ok());
      EXPECT_TRUE(*again == xml_text) << what << ": a second rendering differs";
    }
  }
  // Both forms are exercised, and a fair share inline; so are reference
  // entries, tiled blocks and reference lists moved to <back>.
  EXPECT_GT(inline_count, total / 5);
  EXPECT_GT(stand_off_count, total / 5);
  EXPECT_GT(entries, files.size());
  EXPECT_GT(tiled, 0u);
  EXPECT_GT(backs, 0u);
  std::cout << "[ property  ] " << total << " annotations in " << files.size()
            << " files: " << inline_count << " inline (" << entries << " as entries), "
            << stand_off_count << " stand-off; " << tiled << " tiled blocks, " << backs
            << " reference lists in <back>\n";
  EXPECT_EQ(JingErrors(files), "");
}

TEST_F(TeiAnnotationsProperty, NoAnnotationsRenderAsBefore) {
  for (const auto& [name, doc] : *docs_) {
    Result<std::string> plain = RenderTei(doc), empty = RenderTei(doc, Annotations{});
    ASSERT_TRUE(plain.ok() && empty.ok());
    EXPECT_TRUE(*plain == *empty) << name;
    // Declarations without annotations only add to the header.
    Annotations declared = Declarations();
    Result<std::string> with_header = RenderTei(doc, declared);
    ASSERT_TRUE(with_header.ok());
    pugi::xml_document a, b;
    ASSERT_TRUE(a.load_string(plain->c_str(), kParse) &&
                b.load_string(with_header->c_str(), kParse));
    std::ostringstream ta, tb;
    a.child("TEI").child("text").print(ta);
    b.child("TEI").child("text").print(tb);
    EXPECT_EQ(ta.str(), tb.str()) << name;
    EXPECT_FALSE(b.child("TEI").child("standOff")) << name;
  }
}

// A block of a hand-built Document.
struct BlockSpec {
  BlockKind kind;
  std::string text;
  int level = 0;  // of a heading; 0 means 1
  int slide = 0;
};

// Hand-built Documents: blocks separated by "\n\n"; "¦" marks where a page begins.
Document MakeDocument(const std::vector<BlockSpec>& specs, bool slide_deck = false) {
  const std::string kMark = "¦";
  DocumentParts parts;
  parts.is_slide_deck = slide_deck;
  std::vector<size_t> page_starts;
  for (const auto& [kind, text, level, slide] : specs) {
    if (!parts.text.empty()) parts.text += "\n\n";
    Block b;
    b.kind = kind;
    b.level = kind == BlockKind::kHeading ? std::max(level, 1) : 0;
    b.slide = slide;
    b.begin = parts.text.size();
    b.first_page = static_cast<int>(std::max<size_t>(page_starts.size(), 1));
    for (size_t i = 0; i < text.size();) {
      if (text.compare(i, kMark.size(), kMark) == 0) {
        page_starts.push_back(parts.text.size());
        i += kMark.size();
      } else {
        parts.text += text[i++];
      }
    }
    b.end = parts.text.size();
    b.last_page = static_cast<int>(page_starts.size());
    parts.blocks.push_back(b);
  }
  for (size_t i = 0; i < page_starts.size(); ++i) {
    parts.pages.push_back({static_cast<int>(i) + 1, 595, 842, 0, page_starts[i], {}});
  }
  parts.source.file_name = "made-up.pdf";
  parts.source.sha256 = std::string(64, 'a');
  parts.source.page_count = static_cast<int>(parts.pages.size());
  return Document(std::move(parts));
}

// "¦Working through\n\nThe transference deepens, as Halloran (1987) observed,
// once the frame ¦is secure.\n\nA second paragraph about Anna.\n\nA third one."
Document Sample() {
  return MakeDocument(
      {{BlockKind::kHeading, "¦Working through"},
       {BlockKind::kParagraph,
        "The transference deepens, as Halloran (1987) observed, once the frame ¦is secure."},
       {BlockKind::kParagraph, "A second paragraph about Anna."},
       {BlockKind::kParagraph, "A third one."}});
}

// The offset of the n-th occurrence (0-based) of needle in doc's text.
size_t At(const Document& doc, const std::string& needle, int n = 0) {
  size_t at = doc.text().find(needle);
  while (n-- > 0) at = doc.text().find(needle, at + 1);
  return at;
}

Annotation Make(uint64_t id, size_t begin, size_t end, const std::string& type,
                const std::string& plugin, Attributes attributes = {}, double confidence = -1,
                uint64_t parent = 0) {
  Annotation a;
  a.id = id;
  a.begin = begin;
  a.end = end;
  a.type = type;
  a.plugin = plugin;
  a.attributes = std::move(attributes);
  a.confidence = confidence;
  a.parent = parent;
  return a;
}

// The hand-built cases, rendered; all validated with one jing run.
struct Case {
  Document doc;
  Annotations annotations;
  std::string xml_text;
  std::unique_ptr<pugi::xml_document> xml;
  std::vector<std::string> warnings;
};

Case Render(const Document& doc, Annotations annotations) {
  Case c{doc, std::move(annotations), "", std::make_unique<pugi::xml_document>(), {}};
  Result<std::string> xml = RenderTei(c.doc, c.annotations, &c.warnings);
  EXPECT_TRUE(xml.ok()) << xml.status().ToString();
  if (xml.ok()) c.xml_text = *xml;
  EXPECT_TRUE(c.xml->load_string(c.xml_text.c_str(), kParse));
  Reader reader(c.doc, c.annotations, *c.xml);
  EXPECT_EQ(reader.Read(), KeysOf(c.annotations));
  for (const std::string& e : reader.errors()) ADD_FAILURE() << e;
  ExpectPointersResolve(*c.xml, "case");
  return c;
}

Case TermCase() {
  Document doc = Sample();
  Annotations a = Declarations();
  size_t t = At(doc, "transference");
  a.items = {Make(1, t, t + 12, "concept", "concepts", {{"category", "c.transference"}}, 0.9)};
  return Render(doc, a);
}

Case CrossingCase() {
  Document doc = Sample();
  Annotations a = Declarations();
  // "transference deepens" and "deepens, as Halloran": they cross.
  size_t t = At(doc, "transference"), d = At(doc, "deepens");
  size_t h = At(doc, "Halloran");
  a.items = {Make(1, t, d + 7, "concept", "concepts", {{"category", "c.transference"}}),
             Make(2, d, h + 8, "vignette", "vignettes")};
  return Render(doc, a);
}

Case VignetteCase() {
  Document doc = Sample();
  Annotations a = Declarations();
  const Block& p1 = doc.blocks()[1];
  const Block& p2 = doc.blocks()[2];
  size_t anna = At(doc, "Anna");
  a.items = {Make(1, p1.begin, p2.end, "vignette", "vignettes", {}, 0.75),
             // Starts inside a paragraph: anchors.
             Make(2, At(doc, "once"), anna + 4, "vignette", "vignettes"),
             // Within one paragraph: inline <seg type="vignette">.
             Make(3, At(doc, "A second"), anna, "vignette", "vignettes")};
  return Render(doc, a);
}

Case ReferenceCase() {
  Document doc = Sample();
  Annotations a = Declarations();
  size_t h = At(doc, "Halloran"), y = At(doc, "1987");
  a.items = {
      // A citation holding a bibl (allowed), the bibl holding its author and date.
      Make(1, h, y + 5, "citation", "citations", {{"target", "b4"}}),
      Make(2, h, y + 5, "reference", "citations", {{"id", "b4"}}, -1, 1),
      Make(3, h, h + 8, "citations:author", "citations", {}, -1, 2),
      Make(4, y, y + 4, "citations:date", "citations", {{"year", "1987"}}, -1, 2),
      // An author outside any bibl, a date TEI cannot hold, a taken id, a missing
      // key, an undeclared type, an empty range and one between blocks.
      Make(5, At(doc, "Anna"), At(doc, "Anna") + 4, "citations:author", "citations"),
      Make(6, y, y + 4, "citations:date", "citations", {{"year", "c. 1987"}}),
      Make(7, At(doc, "A third"), At(doc, "A third") + 7, "reference", "citations", {{"id", "b4"}}),
      Make(8, At(doc, "frame"), At(doc, "frame") + 5, "concept", "concepts"),
      Make(9, At(doc, "second"), At(doc, "second") + 6, "experimental:mood", "experimental", {},
           0.3),
      Make(10, At(doc, "secure"), At(doc, "secure"), "concept", "concepts",
           {{"category", "c.holding"}}),
      Make(11, doc.blocks()[2].end + 1, doc.blocks()[3].begin + 1, "vignette", "vignettes"),
  };
  std::stable_sort(a.items.begin(), a.items.end(), [](const Annotation& l, const Annotation& r) {
    return l.begin != r.begin ? l.begin < r.begin : l.end > r.end;
  });
  return Render(doc, a);
}

// One annotation per word, each of a type of its own with one attribute
// template: values valid and not for their datatype, attributes the element
// lacks or the writer owns, elements TEI does not allow inline. Each type is
// named "ok:N" when it must be inline, "no:N" when it must not.
Case AttributeCase() {
  static const std::vector<std::tuple<bool, std::string, std::string>> kTemplates = {
      {true, "date", "when=1987"},
      {true, "date", "when=-0044"},
      {true, "date", "when=12345"},
      {true, "date", "when=1988-02-29"},
      {true, "date", "when=--02-29"},
      {true, "date", "when=---31"},
      {true, "date", "when=1987-12-31T23:59:59.5+01:00"},
      {true, "date", "when=1987Z"},
      {true, "time", "when=23:59:59"},
      {true, "date", "notBefore=1987;notAfter=1990"},
      {false, "date", "when=0000"},
      {false, "date", "when=01987"},
      {false, "date", "when=1987-02-29"},
      {false, "date", "when=1987-13"},
      {false, "date", "when=1987-1"},
      {false, "date", "when=1987-12-31T24:00:00"},
      {false, "date", "when=1987+14:01"},
      {false, "date", "when=1987;from=1980"},
      {true, "ref", "target=#p0 #ok.id"},  // ids the file has (the seg below has ok.id)
      {true, "ref", "target=http://example.org/a?b=c#d"},
      {true, "ref", "target=ü|^"},
      {false, "ref", "target=#a#b"},
      {false, "ref", "target=%zz"},
      {false, "ref", "target=:x"},
      {false, "ref", "target="},
      {false, "ref", "cRef=x;target=#y"},
      {true, "seg", "xml:lang=en-GB"},
      {true, "seg", "xml:lang="},
      {false, "seg", "xml:lang=en_GB"},
      {true, "seg", "type=a:b;subtype=c"},
      {false, "title", "subtype=c"},
      {false, "seg", "type=two words"},
      {true, "seg", "rend=bold italic"},
      {true, "seg", "n=any text\nat all"},
      {false, "seg", "foo=bar"},
      {false, "seg", "resp=#someone"},
      {false, "seg", "cert=high"},
      {false, "seg", "n=1;n=2"},
      {true, "title", "level=j"},
      {false, "title", "level=x"},
      {true, "biblScope", "unit=page;from=33;to=51"},  // inside the bibl below
      {false, "biblScope", "unit=volume"},             // not in a bibl
      {true, "seg", "xml:id=ok.id"},
      {false, "seg", "xml:id=1bad"},
      {false, "seg", "xml:id=p0"},  // a paragraph has it
      {false, "foo", ""},
      {false, "p", ""},
      {false, "note", ""},
      {false, "idno", ""},
  };
  std::string text;
  for (size_t i = 0; i <= kTemplates.size(); ++i) text += (i ? " w" : "w") + std::to_string(i);
  Document doc = MakeDocument({{BlockKind::kParagraph, text}});
  Annotations a;
  a.applications = {{"test", "1", ""}};
  size_t pos = 0;
  for (size_t i = 0; i < kTemplates.size(); ++i) {
    const auto& [ok, element, attributes] = kTemplates[i];
    std::string name = (ok ? "ok:" : "no:") + std::to_string(i);
    a.types.push_back({name, element, attributes, "test"});
    size_t end = text.find(' ', pos);
    a.items.push_back(Make(i + 1, pos, end, name, "test"));
    pos = end + 1;
  }
  // The bibl that holds the first biblScope: around it and the word before.
  a.types.push_back({"bibl", "bibl", "", "test"});
  size_t scope = 40;
  a.items.push_back(Make(100, a.items[scope - 1].begin, a.items[scope].end, "bibl", "test"));
  std::stable_sort(a.items.begin(), a.items.end(), [](const Annotation& l, const Annotation& r) {
    return l.begin != r.begin ? l.begin < r.begin : l.end > r.end;
  });
  return Render(doc, a);
}

// The declarations of the citations contract (plugins/citations/README.md),
// and a category.
Annotations ContractDeclarations() {
  Annotations a;
  a.types = {{"reference", "bibl", "xml:id={id};type={kind}", "citations"},
             {"reference:author", "author", "", "citations"},
             {"reference:surname", "surname", "", "citations"},
             {"reference:forename", "forename", "", "citations"},
             {"reference:date", "date", "when={when}", "citations"},
             {"reference:title", "title", "level={level}", "citations"},
             {"reference:scope", "biblScope", "unit={unit};from={from};to={to}", "citations"},
             {"citation", "ref", "type=bibr;target={target}", "citations"},
             {"vignette", "seg", "type=vignette", "vignettes"}};
  a.categories = {{"concepts", "c.taken", {{"label", "taken"}}, "concepts"}};
  a.applications = {{"citations", "0.1.0", ""}, {"vignettes", "0.1.0", ""}};
  return a;
}

// Sorted as Annotations::items are: by begin, then longest first.
void SortItems(Annotations& a) {
  std::stable_sort(a.items.begin(), a.items.end(), [](const Annotation& l, const Annotation& r) {
    return l.begin != r.begin ? l.begin < r.begin : l.end > r.end;
  });
}

// A paper whose reference list has an entry with its parts, one broken
// across a page (two blocks), two that tile one block, one list item whose id
// structure keeps for a note (though none has it); an appendix follows it.
Case ReferenceListCase() {
  Document doc = MakeDocument(
      {{BlockKind::kHeading, "¦Working through"},
       {BlockKind::kParagraph,
        "As Halloran (1987) and Berg (1991) observed, the frame holds (see Zed, 2001)."},
       {BlockKind::kHeading, "References"},
       {BlockKind::kParagraph, "Berg, A. (1991). Frames. Journal of Process, 3, 1-9."},
       {BlockKind::kParagraph, "Halloran, M. (1987). Holding and its failures: notes on the"},
       {BlockKind::kParagraph, "¦analytic setting. Wellbury: Linden."},
       {BlockKind::kParagraph,
        "Quist, R. (1990). Repair. Boston: Harbor.  Quist, R. (1992). Return. Boston: Harbor."},
       {BlockKind::kListItem, "Zed, K. (2001). A web page."},
       {BlockKind::kHeading, "Appendix"},
       {BlockKind::kParagraph, "Some notes."}});
  Annotations a = ContractDeclarations();
  const std::vector<Block>& b = doc.blocks();
  auto word = [&](const std::string& w, int n = 0) { return std::pair(At(doc, w, n), w.size()); };
  auto add = [&](std::pair<size_t, size_t> at, const std::string& type, Attributes attributes,
                 uint64_t parent = 0) {
    uint64_t id = a.items.size() + 1;
    a.items.push_back(Make(id, at.first, at.first + at.second, type, "citations",
                           std::move(attributes), 0.9, parent));
    return id;
  };
  auto range = [](size_t begin, size_t end) { return std::pair(begin, end - begin); };
  add(word("Halloran (1987)"), "citation", {{"target", "#b2"}});
  add(word("Berg (1991)"), "citation", {{"target", "#b1 #b9"}});
  add(word("Zed, 2001"), "citation", {{"target", "#n7 #c.taken"}});
  uint64_t berg =
      add(range(b[3].begin, b[3].end), "reference", {{"id", "b1"}, {"kind", "article"}});
  uint64_t author = add(word("Berg, A."), "reference:author", {}, berg);
  add(word("Berg", 1), "reference:surname", {}, author);
  add(word("A.", 0), "reference:forename", {}, author);
  add(word("1991", 1), "reference:date", {{"when", "1991"}}, berg);
  add(word("Frames"), "reference:title", {{"level", "a"}}, berg);
  add(word("Journal of Process"), "reference:title", {{"level", "j"}}, berg);
  add(std::pair(At(doc, "3, 1-9"), 1), "reference:scope", {{"unit", "volume"}}, berg);
  add(word("1-9"), "reference:scope", {{"unit", "page"}, {"from", "1"}, {"to", "9"}}, berg);
  uint64_t halloran =
      add(range(b[4].begin, b[5].end), "reference", {{"id", "b2"}, {"kind", "book"}});
  // Its title runs over the page break, inside the entry.
  add(range(At(doc, "Holding and"), At(doc, " setting") + 8), "reference:title", {{"level", "m"}},
      halloran);
  size_t gap = At(doc, "  Quist");
  add(range(b[6].begin, gap), "reference", {{"kind", "book"}});
  add(range(gap + 2, b[6].end), "reference", {{"kind", "book"}});
  add(range(b[7].begin, b[7].end), "reference", {{"id", "n7"}, {"kind", "web-page"}});
  a.items.push_back(Make(100, b[6].begin, b[6].end, "vignette", "vignettes"));
  a.items.push_back(Make(101, b[4].begin, b[5].end, "vignette", "vignettes"));
  a.items.push_back(Make(102, b[3].begin, b[5].end, "vignette", "vignettes"));
  SortItems(a);
  return Render(doc, a);
}

// "References" with sub-headings: the outer division is the reference list.
Case NestedReferenceListCase() {
  Document doc = MakeDocument({{BlockKind::kHeading, "Paper", 1},
                               {BlockKind::kParagraph, "Text."},
                               {BlockKind::kHeading, "References", 1},
                               {BlockKind::kHeading, "Books", 2},
                               {BlockKind::kParagraph, "Aster, B. (1990). Book."},
                               {BlockKind::kHeading, "Articles", 2},
                               {BlockKind::kParagraph, "Cole, D. (1991). Article."}});
  Annotations a = ContractDeclarations();
  for (size_t i : {4, 6}) {
    const Block& b = doc.blocks()[i];
    a.items.push_back(Make(i, b.begin, b.end, "reference", "citations",
                           {{"id", "bib." + std::to_string(i)}, {"kind", "other"}}));
  }
  return Render(doc, a);
}

// A slide deck whose last slide is the reference list.
// With slide_after, a third slide of lecture follows the references slide.
Case SlideDeckReferences(bool slide_after) {
  std::vector<BlockSpec> blocks = {{BlockKind::kHeading, "¦Title", 1, 1},
                                   {BlockKind::kLine, "Text (Berg, 1991).", 0, 1},
                                   {BlockKind::kHeading, "¦References", 1, 2},
                                   {BlockKind::kLine, "Berg, A. (1991). Frames.", 0, 2},
                                   {BlockKind::kLine, "Quist, R. (1990). Repair.", 0, 2}};
  if (slide_after) {
    blocks.push_back({BlockKind::kHeading, "¦Withdrawal", 1, 3});
    blocks.push_back({BlockKind::kLine, "Patients go quiet.", 0, 3});
  }
  Document doc = MakeDocument(blocks, /*slide_deck=*/true);
  Annotations a = ContractDeclarations();
  for (size_t i : {3, 4}) {
    const Block& b = doc.blocks()[i];
    a.items.push_back(Make(i, b.begin, b.end, "reference", "citations",
                           {{"id", "bib." + std::to_string(i - 2)}, {"kind", "other"}}));
  }
  size_t cite = At(doc, "Berg, 1991");
  a.items.push_back(Make(9, cite, cite + 10, "citation", "citations", {{"target", "#bib.1"}}));
  SortItems(a);
  return Render(doc, a);
}

Case SlideReferenceListCase() { return SlideDeckReferences(false); }
Case MidDeckReferenceListCase() { return SlideDeckReferences(true); }

// Entries with no heading before them, and a document that is all
// reference list: nothing moves to <back>.
Case ReferencesWithoutBackCase() {
  Document doc = MakeDocument({{BlockKind::kParagraph, "Text."},
                               {BlockKind::kParagraph, "Aster, B. (1990). Book."},
                               {BlockKind::kHeading, "References"},
                               {BlockKind::kParagraph, "Cole, D. (1991). Article."}});
  Annotations a = ContractDeclarations();
  for (size_t i : {1, 3}) {
    const Block& b = doc.blocks()[i];
    a.items.push_back(Make(i, b.begin, b.end, "reference", "citations", {{"kind", "other"}}));
  }
  return Render(doc, a);
}

pugi::xml_node Node(const Case& c, const std::string& xpath) {
  return c.xml->select_node(xpath.c_str()).node();
}

TEST(TeiAnnotationsShapes, AllValidate) {
  TempDir dir;
  std::vector<std::string> files;
  int n = 0;
  for (Case (*make)() : {TermCase, CrossingCase, VignetteCase, ReferenceCase, AttributeCase,
                         ReferenceListCase, NestedReferenceListCase, SlideReferenceListCase,
                         MidDeckReferenceListCase, ReferencesWithoutBackCase}) {
    Case c = make();
    files.push_back(dir.path() + "/case" + std::to_string(n++) + ".xml");
    ASSERT_TRUE(WriteTeiFile(c.doc, c.annotations, files.back()).ok());
  }
  EXPECT_EQ(JingErrors(files), "");
}

TEST(TeiAnnotationsShapes, TermInsideAParagraph) {
  Case c = TermCase();
  pugi::xml_node term = Node(c, "/TEI/text//p[@xml:id='p1']/term");
  ASSERT_TRUE(term) << c.xml_text;
  EXPECT_STREQ(term.text().as_string(), "transference");
  EXPECT_STREQ(term.attribute("ref").value(), "#c.transference");
  EXPECT_STREQ(term.attribute("resp").value(), "#glossator-concepts");
  EXPECT_STREQ(term.attribute("cert").value(), "0.9");
  EXPECT_FALSE(c.xml->child("TEI").child("standOff"));
  // Its machine id (glossator/edits.h) comes last; without it, as before.
  EXPECT_EQ(term.attribute("xml:id").value(),
            edits::MachineId(c.doc.text(), c.annotations.items[0]));
  EXPECT_NE(testing::WithoutMachineIds(c.xml_text)
                .find("<p xml:id=\"p1\">The <term ref=\"#c.transference\" "
                      "resp=\"#glossator-concepts\" cert=\"0.9\">transference</term> "
                      "deepens,"),
            std::string::npos)
      << c.xml_text;
}

TEST(TeiAnnotationsShapes, CrossingAnnotationsOneInlineOneStandOff) {
  Case c = CrossingCase();
  // The one that starts first stays inline; the other is a span between anchors.
  pugi::xml_node term = Node(c, "/TEI/text//p/term");
  ASSERT_TRUE(term);
  EXPECT_EQ(TextOf(term), "transference deepens");
  EXPECT_TRUE(Node(c, "/TEI/text//p/term/anchor[@xml:id='a2.b']")) << "begins inside the term";
  EXPECT_TRUE(Node(c, "/TEI/text//p/term/following-sibling::anchor[@xml:id='a2.e']"));
  pugi::xml_node span = Node(c, "/TEI/standOff/spanGrp[@type='vignette']/span");
  ASSERT_TRUE(span);
  // A stand-off span's id is its machine id (was "s2", its place in the
  // annotations: not stable when another plugin adds one before it).
  EXPECT_EQ(span.attribute("xml:id").value(),
            edits::MachineId(c.doc.text(), c.annotations.items[1]));
  EXPECT_STREQ(span.attribute("from").value(), "#a2.b");
  EXPECT_STREQ(span.attribute("to").value(), "#a2.e");
  EXPECT_STREQ(span.attribute("resp").value(), "#glossator-vignettes");
  EXPECT_FALSE(span.first_child()) << "type=vignette is the span's own type";
}

TEST(TeiAnnotationsShapes, VignetteAcrossParagraphsPointsToThem) {
  Case c = VignetteCase();
  pugi::xml_node grp = Node(c, "/TEI/standOff/spanGrp[@type='vignette']");
  ASSERT_TRUE(grp) << c.xml_text;
  // Found by where they start: their ids are machine ids now, not s1 and s2.
  pugi::xml_node whole = grp.find_child_by_attribute("span", "from", "#p1");
  ASSERT_TRUE(whole);
  EXPECT_EQ(whole.attribute("xml:id").value(),
            edits::MachineId(c.doc.text(), c.annotations.items[0]));
  EXPECT_STREQ(whole.attribute("type").value(), "vignette");
  EXPECT_STREQ(whole.attribute("from").value(), "#p1");
  EXPECT_STREQ(whole.attribute("to").value(), "#p2");
  EXPECT_STREQ(whole.attribute("cert").value(), "0.75");
  pugi::xml_node partial = grp.find_child_by_attribute("span", "from", "#a2.b");
  ASSERT_TRUE(partial);
  EXPECT_STREQ(partial.attribute("from").value(), "#a2.b");
  EXPECT_STREQ(partial.attribute("to").value(), "#a2.e");
  // The inline one: its text, in the paragraph.
  pugi::xml_node seg = Node(c, "/TEI/text//p[@xml:id='p2']/seg[@type='vignette']");
  EXPECT_STREQ(seg.text().as_string(), "A second paragraph about ");
  // The page break inside paragraph p1 stays where it falls.
  EXPECT_TRUE(Node(c, "/TEI/text//p[@xml:id='p1']/pb[@n='2']"));
}

TEST(TeiAnnotationsShapes, ReferencesAndFallbacks) {
  Case c = ReferenceCase();
  // Citation > bibl > author, date: nested inline.
  pugi::xml_node bibl = Node(c, "/TEI/text//p/ref[@type='bibr'][@target='#b4']/bibl[@xml:id='b4']");
  ASSERT_TRUE(bibl) << c.xml_text;
  EXPECT_STREQ(bibl.child("author").text().as_string(), "Halloran");
  EXPECT_STREQ(bibl.child("date").attribute("when").value(), "1987");
  // An author outside a bibl, a date TEI cannot hold, a repeated id: stand-off,
  // with what the span cannot say as notes.
  pugi::xml_node author = Node(c, "/TEI/standOff/spanGrp[@type='citations:author']/span");
  ASSERT_TRUE(author);
  size_t index = std::find_if(c.annotations.items.begin(), c.annotations.items.end(),
                              [](const Annotation& a) { return a.id == 5; }) -
                 c.annotations.items.begin();
  // Named by its machine id (was "s" and its place in the annotations).
  EXPECT_EQ(author.attribute("xml:id").value(),
            edits::MachineId(c.doc.text(), c.annotations.items[index]));
  pugi::xml_node date = Node(c, "/TEI/standOff/spanGrp[@type='citations:date']/span");
  EXPECT_STREQ(date.child("note").attribute("n").value(), "when");
  EXPECT_STREQ(date.child("note").text().as_string(), "c. 1987");
  pugi::xml_node taken = Node(c, "/TEI/standOff/spanGrp[@type='reference']/span");
  EXPECT_STREQ(taken.child("note").attribute("n").value(), "xml:id");
  EXPECT_STREQ(taken.child("note").text().as_string(), "b4");
  // A missing key leaves the attribute out; an undeclared type is a seg.
  pugi::xml_node term = Node(c, "/TEI/text//term");
  EXPECT_STREQ(term.text().as_string(), "frame");
  EXPECT_TRUE(term.attribute("ref").empty());
  pugi::xml_node mood = Node(c, "/TEI/text//seg[@type='experimental:mood']");
  EXPECT_STREQ(mood.attribute("resp").value(), "#glossator-experimental");
  EXPECT_STREQ(mood.attribute("cert").value(), "0.3");
  // Empty: one anchor; between blocks: an anchor between the paragraphs.
  pugi::xml_node empty = Node(c, "/TEI/standOff/spanGrp[@type='concept']/span");
  EXPECT_STREQ(empty.attribute("from").value(), empty.attribute("to").value());
  EXPECT_TRUE(Node(c, "/TEI/text//p[@xml:id='p1']/anchor"));
  EXPECT_TRUE(Node(c, "/TEI/text//p[@xml:id='p2']/following-sibling::*[1][self::anchor]"));
  EXPECT_FALSE(Node(c, "/TEI/text//note"));
}

// The ids of the elements of xpath, in order.
std::vector<std::string> IdsOf(const Case& c, const std::string& xpath) {
  std::vector<std::string> ids;
  for (pugi::xpath_node n : c.xml->select_nodes(xpath.c_str())) {
    ids.push_back(n.node().attribute("xml:id").value());
  }
  return ids;
}

TEST(TeiReferenceList, EntriesAreBiblsInAListBiblInBack) {
  Case c = ReferenceListCase();
  // The body keeps the text before the list; the list's division and the
  // appendix after it are in <back>.
  EXPECT_EQ(IdsOf(c, "/TEI/text/body/div"), std::vector<std::string>{"d0"}) << c.xml_text;
  EXPECT_TRUE(c.xml->select_nodes("/TEI/text/body//listBibl").empty());
  EXPECT_EQ(IdsOf(c, "/TEI/text/back/div"), (std::vector<std::string>{"d2", "d8"}));
  pugi::xml_node refs = Node(c, "/TEI/text/back/div[1]");
  EXPECT_STREQ(refs.attribute("type").value(), "references");
  EXPECT_STREQ(refs.child("head").text().as_string(), "References");
  EXPECT_STREQ(refs.child("head").attribute("xml:id").value(), "h2");
  // One listBibl: the template's ids, else the block's ("p6", then "p6_2").
  EXPECT_EQ(IdsOf(c, "/TEI/text/back/div[1]/*[not(self::head)]"),
            std::vector<std::string>{"listBibl3"});
  EXPECT_EQ(IdsOf(c, "/TEI/text/back/div[1]/listBibl/bibl"),
            (std::vector<std::string>{"b1", "b2", "p6", "p6_2", "li7"}));
  pugi::xml_node b1 = Node(c, "//bibl[@xml:id='b1']");
  EXPECT_STREQ(b1.attribute("type").value(), "article");
  EXPECT_STREQ(b1.attribute("resp").value(), "#glossator-citations");
  EXPECT_EQ(TextOf(b1), "Berg, A. (1991). Frames. Journal of Process, 3, 1-9.");
  EXPECT_STREQ(Node(c, "//bibl[@xml:id='li7']").attribute("type").value(), "web-page");
  EXPECT_TRUE(Node(c, "/TEI/text/back/div[2]/p[@xml:id='p9'][.='Some notes.']"));
}

TEST(TeiReferenceList, PartsNestInsideTheirEntry) {
  Case c = ReferenceListCase();
  pugi::xml_node b1 = Node(c, "//bibl[@xml:id='b1']");
  ASSERT_TRUE(b1) << c.xml_text;
  EXPECT_STREQ(b1.select_node("author/surname").node().text().as_string(), "Berg");
  EXPECT_STREQ(b1.select_node("author/forename").node().text().as_string(), "A.");
  EXPECT_STREQ(b1.select_node("date").node().attribute("when").value(), "1991");
  EXPECT_STREQ(b1.select_node("title[@level='a']").node().text().as_string(), "Frames");
  EXPECT_STREQ(b1.select_node("title[@level='j']").node().text().as_string(), "Journal of Process");
  EXPECT_STREQ(b1.select_node("biblScope[@unit='volume']").node().text().as_string(), "3");
  pugi::xml_node pages = b1.select_node("biblScope[@unit='page']").node();
  EXPECT_STREQ(pages.text().as_string(), "1-9");
  EXPECT_STREQ(pages.attribute("from").value(), "1");
  EXPECT_STREQ(pages.attribute("to").value(), "9");
  EXPECT_TRUE(c.xml->select_nodes("/TEI/standOff//span[@type='reference:author']").empty());
}

TEST(TeiReferenceList, AnEntryOverTwoBlocksKeepsItsTextAndPageBreak) {
  Case c = ReferenceListCase();
  pugi::xml_node b2 = Node(c, "//bibl[@xml:id='b2']");
  ASSERT_TRUE(b2) << c.xml_text;
  const std::vector<Block>& blocks = c.doc.blocks();
  EXPECT_EQ(TextOf(b2), c.doc.text(blocks[4].begin, blocks[5].end));
  // A vignette over the same blocks nests in the entry, as any annotation
  // within its text may.
  EXPECT_EQ(TextOf(b2.select_node("seg[@type='vignette']").node()), TextOf(b2));
  // The page's break where its text begins, inside the title that runs over it.
  pugi::xml_node title = b2.select_node(".//title").node();
  EXPECT_STREQ(title.attribute("level").value(), "m");
  EXPECT_EQ(TextOf(title), "Holding and its failures: notes on the\n\nanalytic setting");
  EXPECT_STREQ(title.select_node("pb").node().attribute("n").value(), "2");
  EXPECT_EQ(TextOf(title).find("analytic"), std::string(title.first_child().value()).size());
  // A span over it and the entry before points to the entries.
  pugi::xml_node span = Node(c, "/TEI/standOff//span[@from='#b1']");
  EXPECT_STREQ(span.attribute("to").value(), "#b2");
}

TEST(TeiReferenceList, EntriesTilingABlockKeepTheSpacesBetweenThem) {
  Case c = ReferenceListCase();
  pugi::xml_node first = Node(c, "//bibl[@xml:id='p6']");
  ASSERT_TRUE(first) << c.xml_text;
  EXPECT_EQ(TextOf(first), "Quist, R. (1990). Repair. Boston: Harbor.");
  EXPECT_EQ(first.next_sibling().type(), pugi::node_pcdata);
  EXPECT_STREQ(first.next_sibling().value(), "  ");
  EXPECT_STREQ(first.next_sibling().next_sibling().attribute("xml:id").value(), "p6_2");
  // A span over the whole block runs from the first entry to the last.
  pugi::xml_node span = Node(c, "/TEI/standOff//span[@from='#p6']");
  EXPECT_STREQ(span.attribute("to").value(), "#p6_2");
}

// Entries of two blocks (a block tiled by two entries, then a list item) are
// kept apart by white space: touching, the last word of one and the first of
// the next would read as one word (OUTPUT.md rule 1).
TEST(TeiReferenceList, EntriesOfTwoBlocksNeverTouch) {
  Case c = ReferenceListCase();
  pugi::xml_node list = Node(c, "//listBibl");
  ASSERT_TRUE(list) << c.xml_text;
  size_t bibls = 0;
  for (pugi::xml_node child : list.children("bibl")) {
    ++bibls;
    pugi::xml_node next = child.next_sibling();
    if (!next) continue;
    ASSERT_EQ(next.type(), pugi::node_pcdata)
        << child.attribute("xml:id").value() << " touches the next entry\n"
        << c.xml_text;
    EXPECT_EQ(std::string(next.value()).find_first_not_of(" \n"), std::string::npos);
  }
  EXPECT_EQ(bibls, 5u);
}

TEST(TeiReferenceList, TargetsFollowRenamedIdsAndLoseMissingOnes) {
  Case c = ReferenceListCase();
  auto target = [&](const std::string& text) {
    return Node(c, "/TEI/text//ref[.='" + text + "']").attribute("target").value();
  };
  EXPECT_STREQ(target("Halloran (1987)"), "#b2");
  // #b9 names nothing: dropped, with a warning that names the file.
  EXPECT_STREQ(target("Berg (1991)"), "#b1");
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].rfind("made-up.pdf: ", 0), 0u) << c.warnings[0];
  EXPECT_NE(c.warnings[0].find("#b9"), std::string::npos) << c.warnings[0];
  EXPECT_NE(c.warnings[0].find("Berg (1991)"), std::string::npos) << c.warnings[0];
  // n7 is kept for block 7's note: the entry that asked for it got its
  // block's id, and the citation follows it there. A pointer to an id the
  // file has (the category's) stays.
  EXPECT_STREQ(target("Zed, 2001"), "#li7 #c.taken");
  EXPECT_TRUE(Node(c, "//category[@xml:id='c.taken']"));
  // A citation with no target left keeps its <ref>, without @target.
  Case again = ReferenceListCase();
  Annotations a = again.annotations;
  for (Annotation& item : a.items) {
    if (item.type == "citation") item.attributes = {{"target", "#nowhere #nothing"}};
  }
  Case lost = Render(again.doc, a);
  pugi::xml_node ref = Node(lost, "/TEI/text//ref[.='Berg (1991)']");
  ASSERT_TRUE(ref);
  EXPECT_FALSE(ref.attribute("target"));
  EXPECT_STREQ(ref.attribute("type").value(), "bibr");
  EXPECT_EQ(lost.warnings.size(), 6u);
}

TEST(TeiReferenceList, AReferencesHeadingWithSubheadingsMovesWhole) {
  Case c = NestedReferenceListCase();
  EXPECT_EQ(IdsOf(c, "/TEI/text/body/div"), std::vector<std::string>{"d0"}) << c.xml_text;
  EXPECT_TRUE(Node(c, "/TEI/text/back/div[@xml:id='d2'][@type='references']/head[.='References']"));
  EXPECT_EQ(IdsOf(c, "/TEI/text/back/div/div/listBibl/bibl"),
            (std::vector<std::string>{"bib.4", "bib.6"}));
  EXPECT_FALSE(Node(c, "/TEI/text/back/div/div[@type]")) << "the sub-divisions keep no type";
}

TEST(TeiReferenceList, ASlideDeckKeepsItsSlidesInBack) {
  Case c = SlideReferenceListCase();
  EXPECT_TRUE(Node(c, "/TEI/text/body/div[@type='slide'][@n='1']")) << c.xml_text;
  pugi::xml_node refs = Node(c, "/TEI/text/back/div[@type='references']");
  ASSERT_TRUE(refs);
  EXPECT_STREQ(refs.attribute("xml:id").value(), "references");
  pugi::xml_node slide = refs.child("div");
  EXPECT_STREQ(slide.attribute("type").value(), "slide");
  EXPECT_STREQ(slide.attribute("n").value(), "2");
  EXPECT_STREQ(slide.child("head").text().as_string(), "References");
  EXPECT_EQ(IdsOf(c, "/TEI/text/back//listBibl/bibl"),
            (std::vector<std::string>{"bib.1", "bib.2"}));
  // The slide's page break goes with it.
  EXPECT_TRUE(Node(c, "/TEI/text/back/div/pb[@n='2']/following-sibling::div[@n='2']"));
  EXPECT_STREQ(Node(c, "//ref").attribute("target").value(), "#bib.1");
}

TEST(TeiReferenceList, ReferencesSlidePartWayThroughADeckStaysInTheBody) {
  Case c = MidDeckReferenceListCase();
  EXPECT_FALSE(Node(c, "/TEI/text/back")) << c.xml_text;
  EXPECT_EQ(IdsOf(c, "/TEI/text/body/div[@type='slide']"),
            (std::vector<std::string>{"d0", "d2", "d5"}));
  EXPECT_EQ(IdsOf(c, "/TEI/text/body/div[@n='2']/listBibl/bibl"),
            (std::vector<std::string>{"bib.1", "bib.2"}));
}

TEST(TeiReferenceList, WithoutAHeadingOrAnythingElseNothingMovesToBack) {
  Case c = ReferencesWithoutBackCase();
  EXPECT_FALSE(Node(c, "/TEI/text/back")) << c.xml_text;
  // The entries are still bibls, each in its listBibl.
  EXPECT_EQ(IdsOf(c, "/TEI/text/body/div[@xml:id='d0']/listBibl/bibl"),
            std::vector<std::string>{"p1"});
  EXPECT_EQ(IdsOf(c, "/TEI/text/body/div[@xml:id='d2']/listBibl/bibl"),
            std::vector<std::string>{"p3"});
  EXPECT_FALSE(Node(c, "//div[@type]"));

  // A document that is nothing but its reference list keeps it in <body>.
  Document only = MakeDocument(
      {{BlockKind::kHeading, "References"}, {BlockKind::kParagraph, "Cole, D. (1991). Article."}});
  Annotations a = ContractDeclarations();
  a.items = {Make(1, only.blocks()[1].begin, only.blocks()[1].end, "reference", "citations")};
  Case whole = Render(only, a);
  EXPECT_FALSE(Node(whole, "/TEI/text/back")) << whole.xml_text;
  EXPECT_TRUE(Node(whole, "/TEI/text/body/div/listBibl/bibl[@xml:id='p1']"));
}

TEST(TeiReferenceList, OtherBlocksAndPartialEntriesStayAsTheyWere) {
  // A heading covered whole, an entry that leaves more than spaces in its
  // block, and entries a bibl template cannot hold (an attribute bibl lacks):
  // no listBibl; each is inline (or stand-off) as before.
  Document doc = MakeDocument({{BlockKind::kHeading, "References"},
                               {BlockKind::kParagraph, "- Cole, D. (1991). Article."},
                               {BlockKind::kParagraph, "Aster, B. (1990). Book."}});
  Annotations a = ContractDeclarations();
  a.types.push_back({"odd", "bibl", "type=odd;foo={kind}", "citations"});
  const std::vector<Block>& b = doc.blocks();
  a.items = {Make(1, b[0].begin, b[0].end, "reference", "citations"),
             Make(2, b[1].begin + 2, b[1].end, "reference", "citations"),
             Make(3, b[2].begin, b[2].end, "odd", "citations", {{"kind", "book"}})};
  Case c = Render(doc, a);
  EXPECT_FALSE(Node(c, "//listBibl")) << c.xml_text;
  EXPECT_TRUE(Node(c, "/TEI/text/body//head/bibl"));
  EXPECT_TRUE(Node(c, "/TEI/text/body//p[@xml:id='p1']/bibl[.='Cole, D. (1991). Article.']"));
  EXPECT_TRUE(Node(c, "/TEI/standOff//span[@type='odd']"));
}

TEST(TeiAnnotationsShapes, TaxonomyHeader) {
  Case c = TermCase();
  pugi::xml_node tax = Node(c, "/TEI/teiHeader/encodingDesc/classDecl/taxonomy");
  ASSERT_TRUE(tax);
  EXPECT_STREQ(tax.attribute("xml:id").value(), "concepts");
  EXPECT_EQ(tax.select_nodes("category").size(), 4u) << "c.holding is merged";
  pugi::xml_node t = tax.find_child_by_attribute("category", "xml:id", "c.transference");
  EXPECT_STREQ(t.attribute("resp").value(), "#glossator-concepts");
  pugi::xml_node desc = t.child("catDesc");
  EXPECT_STREQ(desc.first_child().name(), "term");
  EXPECT_STREQ(desc.first_child().text().as_string(), "transference");
  EXPECT_STREQ(desc.select_node("term[@type='alt']").node().text().as_string(), "transfer");
  EXPECT_STREQ(desc.select_node("name[@type='school']").node().text().as_string(),
               "psychoanalysis");
  EXPECT_EQ(desc.select_nodes("persName[@type='theorist']").size(), 2u);
  EXPECT_STREQ(desc.child("gloss").text().as_string(),
               "The redirection of feelings <from> one person to another.");
  pugi::xml_node counter =
      tax.find_child_by_attribute("category", "xml:id", "c.countertransference");
  EXPECT_STREQ(
      counter.select_node("catDesc/ptr[@type='broader']").node().attribute("target").value(),
      "#c.transference");
  pugi::xml_node holding = tax.find_child_by_attribute("category", "xml:id", "c.holding");
  EXPECT_STREQ(holding.select_node("catDesc/term[@type='broader']").node().text().as_string(),
               "environment");
  EXPECT_STREQ(holding.select_node("catDesc/term[@type='alt']").node().text().as_string(),
               "holding environment");
  // No label: the id stands in.
  pugi::xml_node rupture = tax.find_child_by_attribute("category", "xml:id", "c.rupture");
  EXPECT_STREQ(rupture.child("catDesc").first_child().text().as_string(), "c.rupture");
}

TEST(TeiAnnotationsShapes, RespAndAppInfo) {
  Case c = ReferenceCase();
  pugi::xpath_node_set apps =
      c.xml->select_nodes("/TEI/teiHeader/encodingDesc/appInfo/application");
  std::vector<std::string> idents;
  for (pugi::xpath_node a : apps) idents.push_back(a.node().attribute("ident").value());
  EXPECT_EQ(idents,
            (std::vector<std::string>{"glossator", "glossator-concepts", "glossator-citations",
                                      "glossator-vignettes", "glossator-experimental"}));
  // Each ident is also the application's xml:id, so that resp="#IDENT" resolves.
  for (pugi::xpath_node a : apps) {
    EXPECT_STREQ(a.node().attribute("xml:id").value(), a.node().attribute("ident").value());
  }
  pugi::xml_node concepts = apps[1].node();
  EXPECT_STREQ(concepts.attribute("version").value(), "0.1.0");
  EXPECT_STREQ(concepts.child("label").text().as_string(), "concepts");
  EXPECT_STREQ(concepts.child("desc").text().as_string(), "Concept mentions");
  // A version TEI cannot hold is kept in a desc.
  pugi::xml_node vignettes = apps[3].node();
  EXPECT_STREQ(vignettes.attribute("version").value(), "0");
  EXPECT_STREQ(vignettes.select_node("desc[@type='version']").node().text().as_string(),
               "0.1.0-rc1");
  EXPECT_STREQ(apps[4].node().attribute("version").value(), "0");
  // Every annotation, inline or not, says who made it.
  for (pugi::xpath_node n : c.xml->select_nodes("/TEI/text//*[self::ref or self::bibl or "
                                                "self::author or self::date or self::term or "
                                                "self::seg] | /TEI/standOff//span")) {
    EXPECT_FALSE(n.node().attribute("resp").empty()) << n.node().name();
  }
}

TEST(TeiAnnotationsShapes, AttributesTeiCannotHoldGoStandOff) {
  Case c = AttributeCase();
  std::set<std::string> standing_off;
  for (pugi::xpath_node n : c.xml->select_nodes("/TEI/standOff//span")) {
    standing_off.insert(n.node().attribute("type").value());
  }
  for (const AnnotationType& t : c.annotations.types) {
    if (t.name == "bibl") continue;
    bool ok = t.name.rfind("ok:", 0) == 0;
    EXPECT_EQ(standing_off.count(t.name), ok ? 0u : 1u)
        << t.name << ": <" << t.tei_element << " " << t.tei_attributes << ">";
  }
  // What a span cannot hold is kept in notes, as it was.
  EXPECT_TRUE(Node(c, "/TEI/standOff//span/note[@n='foo'][.='bar']"));
  EXPECT_TRUE(Node(c, "/TEI/standOff//span/note[@n='target'][.='#a#b']"));
  // A newline in an attribute survives.
  EXPECT_TRUE(Node(c, "/TEI/text//seg[@n='any text\nat all']"));
}

// The datatype checks behind the fallback, on values jing was asked about.
TEST(TeiAnnotationsSchema, AttributeValues) {
  auto ok = [](const char* element, const char* name, const char* value) {
    return tei::CheckAttributes(element, {{name, value}}).empty();
  };
  for (const char* v :
       {"1987", "-0044", "12345", "1988-02-29", "2000-02-29", "1987-06", "--02-29", "--12", "---31",
        "23:59:59.5Z", "1987Z", "1987+14:00", "1987-01-01T00:00:00+01:00"}) {
    EXPECT_TRUE(ok("date", "when", v)) << v;
  }
  for (const char* v : {"0000", "01987", "1987-02-29", "1900-02-29", "1987-13", "1987-1",
                        "1987+14:01", "1987-12-31T24:00:00", "c. 1990", "", "1987 "}) {
    EXPECT_FALSE(ok("date", "when", v)) << v;
  }
  for (const char* v : {"#b1", "#b1 #b2", "a:b", "#", "%41", "x#y%20", "ü", "{x}|^"}) {
    EXPECT_TRUE(ok("ref", "target", v)) << v;
  }
  for (const char* v : {"", " ", "#a#b", "%zz", "%4", "a%", ":x", "1a:b", "[x]",
                        "http://[::1]/" /* valid, but brackets are refused */}) {
    EXPECT_FALSE(ok("ref", "target", v)) << v;
  }
  for (const char* v : {"", "en", "en-GB", "x-klingon", "de-1901"}) {
    EXPECT_TRUE(ok("seg", "xml:lang", v)) << v;
  }
  for (const char* v : {"en_GB", "-en", "en-", "toolongtag", "1en"}) {
    EXPECT_FALSE(ok("seg", "xml:lang", v)) << v;
  }
  EXPECT_TRUE(ok("seg", "xml:id", "c.über"));
  for (const char* v : {"1c", "-c", "c:x", "c d", ""}) EXPECT_FALSE(ok("seg", "xml:id", v)) << v;
  EXPECT_TRUE(ok("seg", "type", "my:type"));
  EXPECT_FALSE(ok("seg", "type", "a\u00a0b"));
  EXPECT_FALSE(ok("seg", "type", "two words"));
  EXPECT_TRUE(ok("title", "level", "j"));
  EXPECT_FALSE(ok("title", "level", "x"));
  EXPECT_FALSE(ok("term", "resp", "#x")) << "the writer's own";
  EXPECT_FALSE(ok("term", "when", "1987")) << "term has no @when";
  EXPECT_FALSE(tei::IsInlineElement("p"));
  EXPECT_FALSE(tei::IsInlineElement("idno")) << "holds no <pb/> or <anchor/>";
  EXPECT_TRUE(tei::CanContain("bibl", "author"));
  EXPECT_FALSE(tei::CanContain("p", "author"));
  EXPECT_FALSE(tei::CanContain("term", "bibl"));
  EXPECT_TRUE(tei::CanContain("ref", "bibl"));
  EXPECT_EQ(tei::FormatCertainty(0.9), "0.9");
  EXPECT_EQ(tei::FormatCertainty(1.5), "1");
  EXPECT_EQ(tei::FormatCertainty(1e-7), "0.0000001");
  EXPECT_TRUE(tei::IsVersionNumber("0.1.0"));
  EXPECT_FALSE(tei::IsVersionNumber("0.1.0-rc1"));
  EXPECT_EQ(tei::ToXmlName("3d-plugin", "x"), "_3d-plugin");
  EXPECT_EQ(tei::ToNcName("c x:y", "x"), "c_x_y");
}

TEST(TeiAnnotationsShapes, BadRangesAreRefused) {
  Document doc = Sample();
  for (auto [begin, end] : {std::pair<size_t, size_t>{5, 3}, {0, doc.text().size() + 1}}) {
    Annotations a;
    a.items = {Make(7, begin, end, "concept", "p")};
    Result<std::string> xml = RenderTei(doc, a);
    ASSERT_FALSE(xml.ok());
    EXPECT_EQ(xml.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(xml.status().message().find("id 7"), std::string::npos) << xml.status().message();
  }
  Document utf8 = MakeDocument({{BlockKind::kParagraph, "Café au lait"}});
  Annotations a;
  a.items = {Make(1, 0, 4, "concept", "p")};  // inside the two bytes of "é"
  Result<std::string> xml = RenderTei(utf8, a);
  ASSERT_FALSE(xml.ok());
  EXPECT_NE(xml.status().message().find("splits a UTF-8 character"), std::string::npos);
}

}  // namespace
}  // namespace glossator
