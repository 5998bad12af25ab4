// The forms a label word is matched in (inflections.h).
#include "inflections.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace concepts {
namespace {

using V = std::vector<std::string>;

bool Has(const V& forms, const std::string& f) {
  return std::find(forms.begin(), forms.end(), f) != forms.end();
}

V Forms(const std::vector<std::string_view>& words, size_t i) { return LabelWordForms(words, i); }

TEST(Inflections, NounPluralsAndPossessive) {
  EXPECT_EQ(NounInflections("object"), (V{"object's", "objects"}));
  EXPECT_EQ(NounInflections("therapy"), (V{"therapies", "therapy's"}));
  EXPECT_EQ(NounInflections("complex"), (V{"complex's", "complexes"}));
  EXPECT_TRUE(Has(NounInflections("psychoneurosis"), "psychoneuroses"));
  EXPECT_TRUE(Has(NounInflections("cathexis"), "cathexes"));
  EXPECT_TRUE(Has(NounInflections("self"), "selves"));
  EXPECT_TRUE(Has(NounInflections("death drive"), "death drives"));
}

TEST(Inflections, NounLabelsTakeNoVerbOrDerivedForms) {
  V object = Forms({"object"}, 0);
  EXPECT_FALSE(Has(object, "objective"));
  V internalisation = Forms({"internalisation"}, 0);
  EXPECT_FALSE(Has(internalisation, "internal"));
  EXPECT_FALSE(Has(internalisation, "international"));
  EXPECT_FALSE(Has(Forms({"transference"}, 0), "transferred"));
}

// The verb list is Hunspell's (verb_lexicon.h); these words are verbs there.
TEST(Inflections, VerbsTakeTheirForms) {
  V repair = Forms({"repair"}, 0);
  for (const char* f : {"repairs", "repaired", "repairing"}) EXPECT_TRUE(Has(repair, f)) << f;
  EXPECT_FALSE(Has(repair, "repairable"));
  EXPECT_EQ(Forms({"holding"}, 0), (V{"holding's", "holdings"}));
  EXPECT_FALSE(Has(Forms({"splitting"}, 0), "split"));
  V acting = Forms({"acting", "out"}, 0);
  for (const char* f : {"act", "acts", "acted"}) EXPECT_TRUE(Has(acting, f)) << f;
  // Not a verb: no verb forms.
  EXPECT_EQ(Forms({"transference"}, 0), (V{"transference's", "transferences"}));
  EXPECT_EQ(Forms({"sibling"}, 0), (V{"sibling's", "siblings"}));
}

TEST(Inflections, IsationNounsTakeTheirIseVerb) {
  V idealisation = Forms({"idealisation"}, 0);
  for (const char* f : {"idealise", "idealises", "idealised", "idealising", "idealisations"}) {
    EXPECT_TRUE(Has(idealisation, f)) << f;
  }
  EXPECT_TRUE(Has(Forms({"internalization"}, 0), "internalized"));
  // Only for a label of one word: "pathological organised" is no label.
  EXPECT_FALSE(Has(Forms({"pathological", "organisation"}, 1), "organised"));
}

TEST(Inflections, VerbForms) {
  EXPECT_EQ(VerbForms("cope"), (V{"cope", "coped", "copes", "coping"}));
  V split = VerbForms("split");
  EXPECT_TRUE(Has(split, "splitting"));
  EXPECT_TRUE(Has(VerbForms("bully"), "bullied"));
  EXPECT_EQ(VerbsOfGerund("coping"), (V{"cop", "cope"}));
  EXPECT_TRUE(Has(VerbsOfGerund("splitting"), "split"));
  EXPECT_TRUE(VerbsOfGerund("king").empty());
}

}  // namespace
}  // namespace concepts
