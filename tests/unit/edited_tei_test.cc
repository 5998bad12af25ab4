// Reading an edited TEI (edits/edited_tei.h): which elements are edits, of
// which kind, the passage each was on, and the machine annotations deleted.
#include "edits/edited_tei.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "test_support.h"

namespace glossator::edits {
namespace {

// A small TEI as Glossator writes it, then edited: gl.aaaaaaaaaaaa was
// deleted, gl.bbbbbbbbbbbb marked rejected, gl.cccccccccccc corrected, a
// term added, a word corrected, a vignette span added by hand.
const char kEdited[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>T</title></titleStmt>
      <publicationStmt><p>Annotated by Glossator</p></publicationStmt>
      <sourceDesc><bibl><idno type="file">t.pdf</idno><idno type="sha256">abc</idno></bibl></sourceDesc>
    </fileDesc>
    <revisionDesc><listChange>
      <change who="#glossator" type="machine-annotations">gl.aaaaaaaaaaaa gl.bbbbbbbbbbbb gl.cccccccccccc gl.dddddddddddd</change>
      <change who="#glossator" type="rejected-annotations">gl.eeeeeeeeeeee</change>
    </listChange></revisionDesc>
  </teiHeader>
  <text>
    <body>
      <p xml:id="p0">The transference deepens <term ref="#c.ego" resp="#glossator-concepts" xml:id="gl.dddddddddddd">ego</term>,
        <term ref="#c.id" resp="#ed" cert="0" xml:id="gl.bbbbbbbbbbbb">id</term> and
        <ref type="bibr" target="#b2" resp="#ed" xml:id="gl.cccccccccccc">Halloran (1987)</ref>.</p>
      <p xml:id="p1">Once the <term ref="#c.frame" resp="#ed">frame</term> is
        <choice><sic>secur</sic><corr resp="#ed">secure</corr></choice> the work goes on.</p>
    </body>
  </text>
  <standOff>
    <spanGrp type="vignette"><span type="vignette" from="#p0" to="#p1" resp="#ed"/></spanGrp>
  </standOff>
</TEI>
)";

class EditedTeiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.path() + "/t.xml";
    std::ofstream(path_) << kEdited;
    Result<std::unique_ptr<EditedTei>> r = ReadEditedTei(path_);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    tei_ = std::move(r).value();
  }
  testing::TempDir dir_;
  std::string path_;
  std::unique_ptr<EditedTei> tei_;
};

TEST_F(EditedTeiTest, TheTextIsTheDocumentsWithoutTheCorrection) {
  EXPECT_EQ(tei_->text,
            "The transference deepens ego, id and Halloran (1987). Once the frame is secur the "
            "work goes on.");
  EXPECT_EQ(tei_->source_sha256, "abc");
  EXPECT_EQ(tei_->source_line, 7u);
}

TEST_F(EditedTeiTest, DeletedIdsAreTheListedOnesNoElementHas) {
  EXPECT_EQ(tei_->rejected_ids, (std::set<std::string>{"gl.aaaaaaaaaaaa", "gl.eeeeeeeeeeee"}));
  EXPECT_TRUE(tei_->HoldsEdits());
}

TEST_F(EditedTeiTest, EachEditHasItsKindAndItsPassageWithContext) {
  ASSERT_EQ(tei_->edits.size(), 5u);
  const Edit& rejected = tei_->edits[0];
  EXPECT_EQ(rejected.kind, EditKind::kRejected);
  EXPECT_EQ(rejected.quote.exact, "id");
  EXPECT_EQ(rejected.quote.prefix, "The transference deepens ego, ");
  EXPECT_EQ(rejected.quote.suffix, " and Halloran (1987). Once the f");
  EXPECT_EQ(rejected.machine_id, "gl.bbbbbbbbbbbb");
  const Edit& corrected = tei_->edits[1];
  EXPECT_EQ(corrected.kind, EditKind::kCorrected);
  EXPECT_EQ(corrected.Key(), "ref");
  EXPECT_EQ(corrected.quote.exact, "Halloran (1987)");
  EXPECT_EQ(corrected.line, 18u);
  const Edit& added = tei_->edits[2];
  EXPECT_EQ(added.kind, EditKind::kAdded);
  EXPECT_EQ(added.resp, "#ed");
  EXPECT_EQ(added.quote.exact, "frame");
  const Edit& word = tei_->edits[3];
  EXPECT_EQ(word.kind, EditKind::kText);
  EXPECT_EQ(word.quote.exact, "secur");
  EXPECT_EQ(word.correction, "secure");
  const Edit& span = tei_->edits[4];
  EXPECT_EQ(span.element, "span");
  EXPECT_EQ(span.Key(), "vignette");
  EXPECT_EQ(span.quote.exact, tei_->text);
}

TEST(EditedTei, NotWellFormedOrNotTeiSaysWhere) {
  testing::TempDir dir;
  std::string path = dir.path() + "/bad.xml";
  std::ofstream(path) << "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text>\n<p>open</text>";
  Result<std::unique_ptr<EditedTei>> r = ReadEditedTei(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind(path + ":3: not well-formed XML", 0), 0u)
      << r.status().ToString();
  std::ofstream(path, std::ios::trunc) << "<?xml version=\"1.0\"?>\n<TEI>\n</TEI>\n";
  r = ReadEditedTei(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind(path + ":2: not a TEI file", 0), 0u)
      << r.status().ToString();
}

}  // namespace
}  // namespace glossator::edits
