// Loading thesaurus files: fields, merging, and the errors of malformed files
// (each naming the file, the line and the problem).
#include "thesaurus.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "generic_words.h"
#include "stemmer.h"
#include "test_thesaurus.h"

namespace concepts {
namespace {

using testing::Taxonomy;

// The message of the ThesaurusError that loading (and validating) xml throws.
std::string ErrorOf(const std::string& xml, const std::string& name = "bad.xml") {
  try {
    Thesaurus t;
    t.AddText(xml, name);
    t.Validate();
  } catch (const ThesaurusError& e) {
    return e.what();
  }
  return "no error";
}

TEST(Thesaurus, ReadsAllFields) {
  Thesaurus t;
  t.AddText(testing::TestThesaurus(), "test.xml");
  t.Validate();
  const Category* c = t.Find("c.transference");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->preferred, "transference");
  EXPECT_EQ(c->alts, std::vector<std::string>{"Übertragung"});
  EXPECT_EQ(c->schools, std::vector<std::string>{"classical psychoanalysis"});
  EXPECT_EQ(c->theorists, std::vector<std::string>{"Sigmund Freud"});
  EXPECT_EQ(c->definition, "The redirection of feelings onto the analyst.");
  const Category* r = t.Find("c.resistance");
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE(r->labels[0].ambiguous);
  EXPECT_EQ(r->window, 8);
  EXPECT_FALSE(r->cues.empty());
  EXPECT_EQ(t.Find("c.countertransference")->broader, std::vector<std::string>{"c.transference"});
}

TEST(Thesaurus, ReadsEverydayAndExcludeRules) {
  Thesaurus t;
  t.AddText(testing::TestThesaurus(), "test.xml");
  const Category* frame = t.Find("c.frame");
  ASSERT_NE(frame, nullptr);
  EXPECT_EQ(frame->everyday, std::vector<std::string>{"picture"});
  EXPECT_EQ(frame->everyday_window, 4);
  EXPECT_EQ(t.Find("c.defence")->excluded, std::vector<std::string>{"defensive"});
}

TEST(Thesaurus, ReadsAFile) {
  std::string path = testing::WriteTempFile("file.xml", testing::TestThesaurus());
  Thesaurus t;
  t.AddFile(path);
  EXPECT_NE(t.Find("c.selfobject"), nullptr);
}

TEST(ThesaurusErrors, MissingFile) {
  Thesaurus t;
  try {
    t.AddFile("/nonexistent/th.xml");
    FAIL() << "no error";
  } catch (const ThesaurusError& e) {
    EXPECT_STREQ(e.what(), "/nonexistent/th.xml: cannot read the file");
  }
}

TEST(ThesaurusErrors, NotXml) {
  EXPECT_EQ(ErrorOf("<TEI>\n<taxonomy xml:id=\"concepts\">\n<category>\n</TEI>\n"),
            "bad.xml:4: not well-formed XML: Start-end tags mismatch");
}

TEST(ThesaurusErrors, NoTaxonomy) {
  EXPECT_EQ(ErrorOf("<TEI>\n<taxonomy xml:id=\"other\"/>\n</TEI>\n"),
            "bad.xml:1: no <taxonomy xml:id=\"concepts\">");
}

TEST(ThesaurusErrors, CategoryWithoutId) {
  // Taxonomy(): line 1 XML declaration, 2 <TEI>, 3 <taxonomy>, 4 first category.
  EXPECT_EQ(ErrorOf(Taxonomy("<category><catDesc><term>x</term></catDesc></category>\n")),
            "bad.xml:4: <category> without xml:id");
}

// The matcher follows a term one call deeper per token: a term is bounded.
TEST(ThesaurusErrors, TermLongerThanTheBound) {
  std::string words;
  for (size_t i = 0; words.size() < kMaxTermBytes; ++i) words += "word ";
  EXPECT_EQ(ErrorOf(Taxonomy("<category xml:id=\"c.long\"><catDesc>\n<term>" + words +
                             "</term></catDesc></category>\n")),
            "bad.xml:5: <term> of " + std::to_string(words.size() - 1) +
                " bytes in category \"c.long\"; a term has at most 256");
  // At the bound itself, a term is read.
  EXPECT_EQ(ErrorOf(Taxonomy("<category xml:id=\"c.long\"><catDesc><term>" +
                             std::string(kMaxTermBytes, 'a') + "</term></catDesc></category>\n")),
            "no error");
}

TEST(ThesaurusErrors, CategoryWithoutPreferredTerm) {
  EXPECT_EQ(ErrorOf(Taxonomy("<category xml:id=\"c.a\"><catDesc><term>a</term></catDesc>"
                             "</category>\n<category xml:id=\"c.b\"><catDesc>"
                             "<term type=\"alt\">b</term></catDesc></category>\n")),
            "bad.xml:5: category \"c.b\" has no preferred <term>");
}

TEST(ThesaurusErrors, DuplicateIdInOneFile) {
  std::string cat = "<category xml:id=\"c.a\"><catDesc><term>a</term></catDesc></category>\n";
  EXPECT_EQ(ErrorOf(Taxonomy(cat + "\n" + cat)),
            "bad.xml:6: category \"c.a\" is defined twice (first at line 4)");
}

TEST(ThesaurusErrors, BroaderPointingNowhere) {
  EXPECT_EQ(ErrorOf(Taxonomy("<category xml:id=\"c.a\"><catDesc><term>a</term>\n"
                             "<ptr type=\"broader\" target=\"#c.nowhere\"/></catDesc>"
                             "</category>\n")),
            "bad.xml:5: broader pointer of \"c.a\" to \"#c.nowhere\": no such category");
}

TEST(ThesaurusErrors, AmbiguousLabelWithoutRule) {
  EXPECT_EQ(ErrorOf(Taxonomy("\n<category xml:id=\"c.a\"><catDesc>"
                             "<term subtype=\"ambiguous\">a</term></catDesc></category>\n"),
                    "my/file.xml"),
            "my/file.xml:5: category \"c.a\" has an ambiguous term but no context rule with "
            "cue words");
}

TEST(ThesaurusErrors, LabelRuleTargetsNoTerm) {
  EXPECT_EQ(ErrorOf(Taxonomy("<category xml:id=\"c.a\"><catDesc>"
                             "<term subtype=\"ambiguous\" xml:id=\"t.a\">a</term>\n"
                             "<note type=\"rule\" subtype=\"context\" target=\"#t.b\">x</note>"
                             "</catDesc></category>\n")),
            "bad.xml:5: rule of \"c.a\": no term of the category has xml:id \"t.b\"");
}

TEST(ThesaurusErrors, AmbiguousLabelWithoutItsOwnOrTheCategorysRule) {
  EXPECT_EQ(ErrorOf(Taxonomy("<category xml:id=\"c.a\"><catDesc>"
                             "<term subtype=\"ambiguous\" xml:id=\"t.a\">a</term>\n"
                             "<term type=\"alt\" subtype=\"ambiguous\">b</term>\n"
                             "<note type=\"rule\" subtype=\"context\" target=\"#t.a\">x</note>"
                             "</catDesc></category>\n")),
            "bad.xml:4: category \"c.a\" has an ambiguous term but no context rule with cue words");
}

TEST(ThesaurusErrors, RuleWindowNotANumber) {
  EXPECT_EQ(ErrorOf(Taxonomy("<category xml:id=\"c.a\"><catDesc>"
                             "<term subtype=\"ambiguous\">a</term>\n"
                             "<note type=\"rule\" subtype=\"context\" n=\"ten\">x</note>"
                             "</catDesc></category>\n")),
            "bad.xml:5: rule of \"c.a\": n=\"ten\" is not a positive integer");
}

TEST(ThesaurusErrors, RuleOfUnknownSubtype) {
  EXPECT_EQ(ErrorOf(Taxonomy("<category xml:id=\"c.a\"><catDesc>"
                             "<term>a</term>\n"
                             "<note type=\"rule\" subtype=\"sometimes\">x</note>"
                             "</catDesc></category>\n")),
            "bad.xml:5: rule of \"c.a\": unknown subtype \"sometimes\" (context, everyday or "
            "exclude)");
}

TEST(ThesaurusErrors, LabelOfTwoCategoriesInOneFile) {
  EXPECT_EQ(ErrorOf(Taxonomy("<category xml:id=\"c.a\"><catDesc><term>running late</term>"
                             "</catDesc></category>\n"
                             "<category xml:id=\"c.b\"><catDesc><term>lateness</term>\n"
                             "<term type=\"alt\">Running Late</term></catDesc></category>\n")),
            "bad.xml:6: label \"Running Late\" of \"c.b\" already belongs to \"c.a\" "
            "(bad.xml:4); replace that category by its id to change it");
}

TEST(ThesaurusErrors, UserLabelThatIsOneOfOurs) {
  Thesaurus t;
  t.AddText(testing::TestThesaurus(), "ours.xml");
  t.AddText(Taxonomy("<category xml:id=\"c.x\"><catDesc><term>Transference</term>"
                     "</catDesc></category>\n"),
            "user.xml");
  try {
    t.Validate();
    FAIL() << "no error";
  } catch (const ThesaurusError& e) {
    std::string message = e.what();
    EXPECT_EQ(message.rfind("user.xml:4: label \"Transference\" of \"c.x\" already belongs to "
                            "\"c.transference\" (ours.xml:",
                            0),
              0u)
        << message;
  }
}

TEST(ThesaurusErrors, UserCategoryReplacingOursMayKeepItsLabels) {
  Thesaurus t;
  t.AddText(testing::TestThesaurus(), "ours.xml");
  t.AddText(Taxonomy("<category xml:id=\"c.transference\"><catDesc><term>transference</term>"
                     "<term type=\"alt\">transference love</term></catDesc></category>\n"),
            "user.xml");
  EXPECT_NO_THROW(t.Validate());
}

TEST(ThesaurusErrors, UserFileMayPointToOurCategories) {
  Thesaurus t;
  t.AddText(testing::TestThesaurus(), "ours.xml");
  t.AddText(Taxonomy("<category xml:id=\"c.x\"><catDesc><term>x</term>"
                     "<ptr type=\"broader\" target=\"#c.transference\"/></catDesc></category>\n"),
            "user.xml");
  EXPECT_NO_THROW(t.Validate());
}

}  // namespace
}  // namespace concepts

namespace concepts {
namespace {

// The matcher's generic words (generic_words.h) are check_thesaurus.py's
// WEAK_CUES, compared by stem as the matcher compares cues.
TEST(GenericWords, AreTheCheckersWeakCues) {
  std::string path = std::string(CONCEPTS_THESAURUS);
  path = path.substr(0, path.rfind('/')) + "/check_thesaurus.py";
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string py = ss.str();
  size_t begin = py.find("WEAK_CUES = {");
  ASSERT_NE(begin, std::string::npos) << path;
  size_t end = py.find('}', begin);
  std::set<std::string> checker, ours;
  Stemmer stemmer;
  std::string body = py.substr(begin, end - begin);
  for (size_t q = body.find('"'); q != std::string::npos; q = body.find('"', q + 1)) {
    size_t close = body.find('"', q + 1);
    checker.insert(std::string(stemmer.Stem(body.substr(q + 1, close - q - 1))));
    q = close;
  }
  for (std::string_view w : kGenericClinicalWords) ours.insert(std::string(stemmer.Stem(w)));
  EXPECT_EQ(checker, ours);
}

}  // namespace
}  // namespace concepts
