// tokenizer: splits one block of UTF-8 text into case-folded word tokens.
//
// A token is a run of letters and digits (combining marks included), with an
// apostrophe (' or ’) kept when it has a letter or digit on both sides
// ("Winnicott's", "don’t"; ’ is written as ' in the folded form). Each token
// records what separates it from the previous one: only white space, a hyphen
// (with or without white space), or anything else (punctuation, a quotation
// mark, the start of the block). Terms continue only over the first two.
//
// Folding: ASCII letters are lower-cased on a fast path; a token holding
// non-ASCII is case-folded with ICU (u_strFoldCase, default options).
//
// Thread safety: Tokenize keeps no state; a Tokens object is one thread's.
#ifndef GLOSSATOR_CONCEPTS_TOKENIZER_H_
#define GLOSSATOR_CONCEPTS_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concepts {

enum class Gap : uint8_t { kOther, kSpace, kHyphen };

struct Token {
  uint32_t begin, end;                // byte offsets into the block
  uint32_t folded_begin, folded_end;  // into Tokens::folded
  Gap gap_before;                     // what lies between the previous token and this one
};

struct Tokens {
  std::vector<Token> tokens;
  std::string folded;  // the folded forms, back to back (so token i's ends where i + 1's begins)
  std::string_view Folded(size_t i) const {
    const Token& t = tokens[i];
    return std::string_view(folded).substr(t.folded_begin, t.folded_end - t.folded_begin);
  }
};

// Replaces out's contents with the tokens of text (a block, at most 4 GiB).
void Tokenize(std::string_view text, Tokens* out);

// The case-folded form of a word or phrase (ICU full case folding; ’ -> ').
std::string FoldCase(std::string_view text);

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_TOKENIZER_H_
