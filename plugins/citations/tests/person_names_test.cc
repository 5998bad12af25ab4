// Person lists as reference entries print them.
#include "person_names.h"

#include <gtest/gtest.h>

#include <string>

namespace citations {
namespace {

PersonList Parse(const std::string& s) { return ParsePersonList(s, Span{0, s.size()}); }

TEST(PersonNames, ApaListWithAmpersand) {
  std::string s = "Abernathy, L. K., Birchall, S., & Coyle, T.";
  PersonList list = ParsePersonList(s, Span{0, s.size()});
  ASSERT_EQ(list.persons.size(), 3u);
  EXPECT_EQ(list.persons[0].family, "Abernathy");
  EXPECT_EQ(list.persons[0].given, "L. K.");
  EXPECT_EQ(list.persons[1].family, "Birchall");
  EXPECT_EQ(list.persons[1].given, "S.");
  EXPECT_EQ(list.persons[2].family, "Coyle");
  EXPECT_EQ(list.persons[2].given, "T.");
  EXPECT_EQ(Slice(s, list.persons[2].span), "Coyle, T.");
  EXPECT_EQ(Slice(s, list.persons[0].given_span), "L. K.");
  EXPECT_EQ(PersonLines(list.persons), "Abernathy|L. K.\nBirchall|S.\nCoyle|T.");
}

TEST(PersonNames, NoCommaBetweenSurnameAndInitial) {
  PersonList list = Parse("Kilbride S.");
  ASSERT_EQ(list.persons.size(), 1u);
  EXPECT_EQ(list.persons[0].family, "Kilbride");
  EXPECT_EQ(list.persons[0].given, "S.");
}

TEST(PersonNames, InitialsBeforeSurname) {
  PersonList list = Parse("M. Farrow & B. Ilse");
  ASSERT_EQ(list.persons.size(), 2u);
  EXPECT_EQ(PersonLines(list.persons), "Farrow|M.\nIlse|B.");
}

TEST(PersonNames, FirstInvertedThenNatural) {
  PersonList list = Parse("Teng, Edmond and Larry R. Squire");
  EXPECT_EQ(PersonLines(list.persons), "Teng|Edmond\nSquire|Larry R.");
}

TEST(PersonNames, SemicolonsBetweenPersons) {
  PersonList list = Parse("Flajolet, Philippe; Sedgewick, Robert");
  EXPECT_EQ(PersonLines(list.persons), "Flajolet|Philippe\nSedgewick|Robert");
}

TEST(PersonNames, VancouverInitials) {
  PersonList list = Parse("Durret F., Kaastra J.S., Nevalainen J.");
  EXPECT_EQ(PersonLines(list.persons), "Durret|F.\nKaastra|J.S.\nNevalainen|J.");
}

TEST(PersonNames, ParticlesBelongToTheFamilyName) {
  PersonList list = Parse("B. van der Pol and J. van der Mark");
  EXPECT_EQ(PersonLines(list.persons), "van der Pol|B.\nvan der Mark|J.");
}

TEST(PersonNames, Organisation) {
  PersonList list = Parse("World Health Organization");
  ASSERT_EQ(list.persons.size(), 1u);
  EXPECT_TRUE(list.persons[0].organisation);
  EXPECT_EQ(PersonLines(list.persons), "World Health Organization|");
}

TEST(PersonNames, EtAlIsNoPerson) {
  PersonList list = Parse("Okonjo, F., Pell, R., et al.");
  EXPECT_TRUE(list.et_al);
  EXPECT_EQ(PersonLines(list.persons), "Okonjo|F.\nPell|R.");
}

// Chicago and MLA invert the first author only, with a full given name and
// middle initials: one person, not "Barber" and "Robert C.".
TEST(PersonNames, InvertedFirstAuthorWithMiddleInitial) {
  EXPECT_EQ(PersonLines(Parse("Barber, Robert C.").persons), "Barber|Robert C.");
  EXPECT_EQ(PersonLines(Parse("Barber, Robert C., and Jane M. Doe").persons),
            "Barber|Robert C.\nDoe|Jane M.");
  EXPECT_EQ(PersonLines(Parse("Barber, Robert C., Jane Doe, and Samuel Poe").persons),
            "Barber|Robert C.\nDoe|Jane\nPoe|Samuel");
}

// ACL and the sciences print every author given name first: a comma between
// two full names separates two people.
TEST(PersonNames, GivenSurnameListsOfThreeOrMore) {
  EXPECT_EQ(
      PersonLines(Parse("Mark Hall, Eibe Frank, Geoffrey Holmes, and Bernhard Pfahringer").persons),
      "Hall|Mark\nFrank|Eibe\nHolmes|Geoffrey\nPfahringer|Bernhard");
  EXPECT_EQ(PersonLines(Parse("Andrea Frome, Greg Corrado, Jon Shlens").persons),
            "Frome|Andrea\nCorrado|Greg\nShlens|Jon");
  EXPECT_EQ(PersonLines(Parse("Georgiana Dinu, Nghia The Pham, and Marco Baroni").persons),
            "Dinu|Georgiana\nPham|Nghia The\nBaroni|Marco");
  // Two full names with a comma: still two people.
  EXPECT_EQ(PersonLines(Parse("Mark Hall, Eibe Frank").persons), "Hall|Mark\nFrank|Eibe");
}

TEST(PersonNames, ParticlesInEitherOrder) {
  EXPECT_EQ(PersonLines(Parse("van Stokkum, I. H. M., Larsen, D. S.").persons),
            "van Stokkum|I. H. M.\nLarsen|D. S.");
  EXPECT_EQ(PersonLines(Parse("de Laguna, Grace A.").persons), "de Laguna|Grace A.");
  EXPECT_EQ(PersonLines(Parse("Ivo H. M. van Stokkum and Rienk van Grondelle").persons),
            "van Stokkum|Ivo H. M.\nvan Grondelle|Rienk");
  EXPECT_EQ(PersonLines(Parse("Kemper, H. C. G. and Van Mechelen, W.").persons),
            "Kemper|H. C. G.\nVan Mechelen|W.");
}

// Entries wrap: "and" may end a line.
TEST(PersonNames, AndAtALineEnd) {
  EXPECT_EQ(PersonLines(Parse("Baumeister, R. F., Finkenauer, C. and\nVohs, K. D.").persons),
            "Baumeister|R. F.\nFinkenauer|C.\nVohs|K. D.");
  EXPECT_EQ(PersonLines(Parse("Kemper, H. C. G. and Van\nMechelen, W.").persons),
            "Kemper|H. C. G.\nVan Mechelen|W.");
}

TEST(PersonNames, CorporateAuthors) {
  for (const char* name : {"Alzheimer’s Disease International", "American Psychiatric Association",
                           "R Core Team", "National Institute of Mental Health"}) {
    PersonList list = Parse(name);
    ASSERT_EQ(list.persons.size(), 1u) << name;
    EXPECT_TRUE(list.persons[0].organisation) << name;
    EXPECT_EQ(list.persons[0].family, name);
  }
}

TEST(PersonNames, Initials) {
  EXPECT_TRUE(IsInitials("M."));
  EXPECT_TRUE(IsInitials("E.E."));
  EXPECT_TRUE(IsInitials("J.-P."));
  EXPECT_TRUE(IsInitials("Th."));
  EXPECT_TRUE(IsInitials("PB"));
  EXPECT_FALSE(IsInitials("Vos"));
  EXPECT_FALSE(IsInitials("Ng"));
  EXPECT_FALSE(IsInitials("SMITH"));
}

}  // namespace
}  // namespace citations
