// The layout of the compiled word set, shared by its generator
// (core/tools/make_word_set.cc) and its reader (word_set.cc).
//
// Entries sorted by their bytes, front-coded: each is
//   [bytes shared with the previous entry][length of the rest][rest][bits]
// with lengths as single bytes. Every kRestartInterval-th entry shares nothing
// and its offset is listed, so a lookup bisects the restarts and then reads at
// most kRestartInterval entries.
//
// An entry is a lower-case key whose bits say which case patterns of it are
// words (kLower "dog", kCapitalised "Dog", kCapitals "DOG"), or a word spelled
// in mixed case ("McDonald's") with kExact.
#ifndef GLOSSATOR_LAYOUT_WORD_SET_FORMAT_H_
#define GLOSSATOR_LAYOUT_WORD_SET_FORMAT_H_

namespace glossator::layout::word_set_format {

inline constexpr unsigned char kLower = 1;
inline constexpr unsigned char kCapitalised = 2;
inline constexpr unsigned char kCapitals = 4;
inline constexpr unsigned char kExact = 8;

// Entries per restart: 16 keeps the restart table small (~4 % of the blob) and
// a lookup's scan short.
inline constexpr unsigned kRestartInterval = 16;

}  // namespace glossator::layout::word_set_format

#endif  // GLOSSATOR_LAYOUT_WORD_SET_FORMAT_H_
