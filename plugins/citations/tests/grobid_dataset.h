// grobid_dataset: reads GROBID's annotated reference strings
// (../shared/data/real/references/grobid-citation/, CC-BY 4.0): every
// <bibl> of a file, anywhere in it, as one string with its fields under
// AnyStyle's names, so that the AnyStyle scorer and the trainer read both
// datasets alike:
//
//   <author>, <editor>, <date>            author, editor, date
//   <title level="a">                     title
//   <title level="m">                     title, or container-title after a level-a title
//   <title level="j">                     journal
//   <title level="s">                     collection-title
//   <biblScope unit|type=volume|vol>      volume, "12(3)" when an issue follows
//   <biblScope unit|type=issue>             (its issue)
//   <biblScope unit|type=page|pp|pages>   pages
//   <publisher>, <pubPlace>               publisher, location
//   anything else (<idno>, <ptr>, <note>, <orgName>)  note
//
// The string is the bibl's text with white space runs folded to one space;
// the text between elements (", ", "(", "pp. ") stays in the string and
// belongs to no field, as GROBID marks it.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_TESTS_GROBID_DATASET_H_
#define GLOSSATOR_CITATIONS_TESTS_GROBID_DATASET_H_

#include <string>
#include <vector>

#include "anystyle_dataset.h"

namespace citations::testing {

// The strings of one GROBID file; on failure none, and *error names the file
// and why.
std::vector<AnyStyleSequence> ReadGrobidCitations(const std::string& path, std::string* error);

// The file names (not paths) of a held-out list (one a line, '#' comments).
std::vector<std::string> ReadFileList(const std::string& path, std::string* error);

// The strings of every file of dir (sorted by name) whose name is (held_out
// true) or is not (false) in the list.
std::vector<AnyStyleSequence> ReadGrobidDirectory(const std::string& dir,
                                                  const std::vector<std::string>& list,
                                                  bool held_out, std::string* error);

}  // namespace citations::testing

#endif  // GLOSSATOR_CITATIONS_TESTS_GROBID_DATASET_H_
