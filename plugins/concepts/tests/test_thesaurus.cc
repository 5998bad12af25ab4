#include "test_thesaurus.h"

#include <gtest/gtest.h>

#include <fstream>

namespace concepts::testing {

std::string Taxonomy(const std::string& categories) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n"
         "<taxonomy xml:id=\"concepts\">\n" +
         categories + "</taxonomy>\n</TEI>\n";
}

namespace {

const char kCues[] =
    "<note type=\"rule\" subtype=\"context\" n=\"8\">patient analyst therapist analysand "
    "interpretation unconscious defence defense transference clinical session treatment "
    "infant mother</note>";

std::string Cat(const std::string& id, const std::string& inside) {
  return "<category xml:id=\"" + id + "\"><catDesc>" + inside + "</catDesc></category>\n";
}

}  // namespace

std::string TestThesaurus() {
  std::string c;
  c += Cat("c.transference",
           "<term>transference</term><term type=\"alt\">Übertragung</term>"
           "<name type=\"school\">classical psychoanalysis</name>"
           "<persName type=\"theorist\">Sigmund Freud</persName>"
           "<gloss>The redirection of feelings onto the analyst.</gloss>");
  c += Cat("c.transference-neurosis",
           "<term>transference neurosis</term><ptr type=\"broader\" target=\"#c.transference\"/>");
  c += Cat("c.countertransference",
           "<term>countertransference</term><ptr type=\"broader\" target=\"#c.transference\"/>");
  c += Cat("c.projective-identification", "<term>projective identification</term>");
  c += Cat("c.empathic-failure", "<term>empathic failure</term>");
  c += Cat("c.introjection", "<term>introjection</term><term type=\"alt\">introject</term>");
  c += Cat("c.internalisation",
           "<term>internalisation</term><term type=\"alt\">internalization</term>");
  c += Cat("c.selfobject", "<term>selfobject</term>");
  c += Cat("c.co-construction", "<term>co-construction</term>");
  c += Cat("c.good-enough-mother", "<term>good-enough mother</term>");
  c += Cat("c.resistance", std::string("<term subtype=\"ambiguous\">resistance</term>") + kCues);
  c += Cat("c.frame", std::string("<term subtype=\"ambiguous\">frame</term>") + kCues +
                          "<note type=\"rule\" subtype=\"everyday\" n=\"4\">picture</note>");
  c += Cat("c.defence", std::string("<term subtype=\"ambiguous\">defence</term>"
                                    "<term type=\"alt\" subtype=\"ambiguous\">defense</term>") +
                            kCues + "<note type=\"rule\" subtype=\"exclude\">defensive</note>");
  c += Cat("c.impasse", "<term>therapeutic impasse</term>");
  c += Cat("c.stalemate", std::string("<term subtype=\"ambiguous\">stalemate</term>"
                                      "<ptr type=\"broader\" target=\"#c.impasse\"/>") +
                              kCues);
  c += Cat("c.object", std::string("<term>good object</term>"
                                   "<term type=\"alt\" subtype=\"ambiguous\">object</term>") +
                           kCues);
  c += Cat("c.holding", std::string("<term>holding environment</term>"
                                    "<term type=\"alt\" subtype=\"ambiguous\">holding</term>") +
                            kCues);
  c += Cat("c.splitting", std::string("<term subtype=\"ambiguous\">splitting</term>") + kCues);
  return Taxonomy(c);
}

std::string WriteTempFile(const std::string& name, const std::string& text) {
  std::string path = ::testing::TempDir() + "concepts_" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace concepts::testing
