// A decompression bomb for the memory-limit tests: a small PDF whose page's
// content stream inflates (FlateDecode) to gigabytes. The page shows one
// string of that many 'A's, which Poppler's lexer gathers in memory before
// the operator runs, so the reading's memory grows with what is inflated.
#ifndef GLOSSATOR_TESTS_SUPPORT_PDF_BOMB_H_
#define GLOSSATOR_TESTS_SUPPORT_PDF_BOMB_H_

#include <cstdint>
#include <string>

namespace glossator::testing {

// The PDF, its content stream inflating to about inflated_bytes (rounded down
// to whole 16 MiB chunks): some 1 KiB of file per 1 MiB inflated.
std::string StringBombPdf(uint64_t inflated_bytes);

}  // namespace glossator::testing

#endif  // GLOSSATOR_TESTS_SUPPORT_PDF_BOMB_H_
