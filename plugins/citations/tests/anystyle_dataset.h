// anystyle_dataset: reads an AnyStyle parser dataset (<dataset> of
// <sequence>s whose children are the fields of one reference, in order, each
// with its punctuation). The string of a sequence is its children's text
// joined with single spaces.
//
// Thread safety: pure functions.
#ifndef GLOSSATOR_CITATIONS_TESTS_ANYSTYLE_DATASET_H_
#define GLOSSATOR_CITATIONS_TESTS_ANYSTYLE_DATASET_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace citations::testing {

// One sequence of a dataset: the string and its fields in order.
struct AnyStyleSequence {
  std::string text;
  std::vector<std::pair<std::string, std::string>> fields;  // (tag, value as printed)
  // Where each field stands in text: [begin, end) byte offsets, one per field.
  std::vector<std::pair<size_t, size_t>> spans;
};

// The sequences of the dataset at path; on failure none, and *error names
// the file, the byte offset and why.
std::vector<AnyStyleSequence> ReadAnyStyleDataset(const std::string& path, std::string* error);

}  // namespace citations::testing

#endif  // GLOSSATOR_CITATIONS_TESTS_ANYSTYLE_DATASET_H_
