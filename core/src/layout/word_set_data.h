// The data of the compiled word set, generated at build time
// (core/tools/make_word_set.cc writes <build>/core/generated/word_set_data.cc).
// Read it through word_set.h; the format is in word_set_format.h.
#ifndef GLOSSATOR_LAYOUT_WORD_SET_DATA_H_
#define GLOSSATOR_LAYOUT_WORD_SET_DATA_H_

namespace glossator::layout::word_set_data {

extern const unsigned long kEntryCount;
extern const unsigned long kBlobSize;
extern const char kBlob[];
extern const unsigned long kRestartCount;
extern const unsigned kRestarts[];
// The dictionary's input conversions (Hunspell's ICONV, en_US: ’ to '),
// applied to a word before it is looked up.
extern const unsigned long kInputConversionCount;
extern const char* const kInputConversions[][2];

}  // namespace glossator::layout::word_set_data

#endif  // GLOSSATOR_LAYOUT_WORD_SET_DATA_H_
