// stemmer: the Snowball English stemmer (libstemmer), owned and freed.
//
// Thread safety: one Stemmer per thread (libstemmer keeps state per stemmer).
#ifndef GLOSSATOR_CONCEPTS_STEMMER_H_
#define GLOSSATOR_CONCEPTS_STEMMER_H_

#include <string_view>

struct sb_stemmer;

namespace concepts {

class Stemmer {
 public:
  Stemmer();  // throws std::runtime_error when libstemmer has no English
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a case-folded UTF-8 word; valid until the next call.
  std::string_view Stem(std::string_view word);

 private:
  sb_stemmer* stemmer_;
};

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_STEMMER_H_
