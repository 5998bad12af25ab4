// citation: one cited work found in the running text, before and after
// linking.
//
// Thread safety: plain data.
#ifndef GLOSSATOR_CITATIONS_CITATION_H_
#define GLOSSATOR_CITATIONS_CITATION_H_

#include <string>
#include <vector>

#include "text_scan.h"

namespace citations {

struct Citation {
  Span span;                         // the names and year(s) as written (README.md)
  std::vector<std::string> authors;  // surnames as written, possessive dropped
  bool et_al = false;                // "et al.", "and her colleagues"
  std::vector<std::string> years;    // as written, with suffix ("1987a", "n.d.")
  std::string locator;               // "p.12", "Chapter 2, p.4", or ""
  bool narrative = false;            // "Halloran (1987)" rather than "(Halloran, 1987)"
  bool far_name = false;             // the name stands far from the year
  double confidence = 1.0;           // of the detection
  std::vector<int> numbers;          // a numeric citation's numbers ("[7-9]": 7 8 9), else empty

  // Filled by the linker: 0-based indexes of the entries cited (one per year
  // that was found), and the confidence of the link.
  std::vector<size_t> targets;
  double link_confidence = 1.0;
};

}  // namespace citations

#endif  // GLOSSATOR_CITATIONS_CITATION_H_
