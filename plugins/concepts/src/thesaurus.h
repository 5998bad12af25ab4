// thesaurus: the concepts the plugin knows, read from TEI taxonomy files.
//
// A file holds one <taxonomy xml:id="concepts"> (anywhere in the document) of
//   <category xml:id="c.x"><catDesc>
//     <term>preferred</term> <term type="alt">alternative</term> ...
//     <term type="alt" subtype="ambiguous">everyday word</term>
//     <ptr type="broader" target="#c.y"/> <name type="school">..</name>
//     <persName type="theorist">..</persName> <gloss>definition</gloss>
//     <note type="rule" subtype="context" n="12">cue cue ...</note>
//     <note type="rule" subtype="everyday" n="4">picture canvas ...</note>
//     <note type="rule" subtype="exclude">defensive ...</note>
//     <note type="rule" subtype="context" n="6" target="#t.x">cue ...</note>
//   </catDesc></category>
// A context or everyday rule with a target (the xml:id of one of the
// category's terms) is that label's own rule, in place of the category's.
// The preferred term is the first <term> without a type (or type="preferred").
// An ambiguous term counts next to a cue of its category's context rule
// (within n words; n defaults to kDefaultWindow) or inside quotation marks,
// or, without a cue, where the document has already used the concept
// (matcher.h), unless an everyday word of the category is near. Excluded
// words are never taken for the category.
//
// Errors (thrown as ThesaurusError, message "FILE:LINE: problem", or
// "FILE: problem" for a file that cannot be read): not XML, no taxonomy, a
// category without id or preferred term, an id twice in one file, an
// ambiguous term without a rule, a rule whose n is not a positive integer, a
// rule of an unknown subtype; and, checked once all files are merged, a
// broader pointer to no category and a label (ignoring case) of two
// categories. Schools, glosses and id spelling are not checked here:
// data/check_thesaurus.py checks those.
//
// Thread safety: a Thesaurus is immutable once loaded.
#ifndef GLOSSATOR_CONCEPTS_THESAURUS_H_
#define GLOSSATOR_CONCEPTS_THESAURUS_H_

#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace concepts {

class SnapshotReader;
class SnapshotWriter;

class ThesaurusError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

constexpr int kDefaultWindow = 10;

// The longest term, in bytes. The matcher follows a term token by token,
// one call deeper per token (Matcher::Walk), so a term's length bounds that
// depth: a user's term of 100,000 words met in a text would overflow the
// stack. The longest of ours has 37 bytes (7 words).
constexpr size_t kMaxTermBytes = 256;

// A sense rule of its own for one label (a context or everyday note whose
// target is the label's xml:id): it replaces the category's rule for that
// label, so that labels of one concept with different everyday senses can be
// told apart by different cues ("complex" beside "oedipus", "angst" beside
// "dread").
struct SenseRule {
  std::vector<std::string> cues;
  int window = kDefaultWindow;
  std::vector<std::string> everyday;
  int everyday_window = 0;  // 0: window
};

struct Label {
  std::string text;
  bool ambiguous = false;
  int line = 0;        // where it was read, for errors found after merging
  std::string xml_id;  // for a rule that targets it ("" when none)
  int rule = -1;       // index into Category::label_rules, or -1: the category's rule
};

struct Category {
  std::string id;
  std::string preferred;
  std::vector<std::string> alts;     // every term but the preferred one, in order
  std::vector<Label> labels;         // preferred first, then the alternatives
  std::vector<std::string> broader;  // category ids, without '#'
  std::vector<std::string> schools, theorists;
  std::string definition;
  std::vector<std::string> cues;  // the context rule's words (empty: no rule)
  int window = kDefaultWindow;
  // Words near which an ambiguous term is in its everyday sense (a picture's
  // frame, a cup held), within everyday_window words (0: the context rule's
  // window): they veto it.
  std::vector<std::string> everyday;
  int everyday_window = 0;
  // Rules of single labels (Label::rule).
  std::vector<SenseRule> label_rules;
  // Text words never taken for this category, although they stem like one of
  // its terms ("defensive" for defense, "supervising" for supervision).
  std::vector<std::string> excluded;
  // Where it was read, for errors found after merging.
  std::string file;
  std::vector<int> broader_lines;
};

// The bytes of a thesaurus file; throws ThesaurusError ("FILE: cannot read
// the file") when it cannot be read.
std::string ReadThesaurusFile(const std::string& path);

class Thesaurus {
 public:
  // Adds the categories of one file; a category whose id is already there
  // replaces it (in its place). Throws ThesaurusError.
  void AddFile(const std::string& path);
  // The same from text in memory; name stands for the file in errors.
  void AddText(std::string_view xml, const std::string& name);
  // Checks what needs all files (broader pointers, labels of two
  // categories). Throws ThesaurusError.
  void Validate() const;

  const std::vector<Category>& categories() const { return categories_; }
  const Category* Find(std::string_view id) const;

  // The categories, for a snapshot (shipped_snapshot.h,
  // thesaurus_snapshot.cc), every field but Category::file; and back, into
  // an empty thesaurus, with name as every category's file: false (and the
  // thesaurus left empty) when they are not a thesaurus's.
  void WriteTables(SnapshotWriter& w) const;
  bool ReadTables(SnapshotReader& r, const std::string& name);

 private:
  std::vector<Category> categories_;
  std::unordered_map<std::string, size_t> index_;  // id -> index in categories_
};

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_THESAURUS_H_
