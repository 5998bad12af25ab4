// SHA-256 of a file, for the TEI header's record of the source.
#ifndef GLOSSATOR_UTIL_SHA256_H_
#define GLOSSATOR_UTIL_SHA256_H_

#include <string>
#include <string_view>

#include "glossator/status.h"

namespace glossator {

// Lowercase hex digest of the file's bytes; IoError naming the file on failure.
Result<std::string> Sha256OfFile(const std::string& path);

// Lowercase hex digest of bytes (64 characters).
std::string Sha256Hex(std::string_view bytes);

}  // namespace glossator

#endif  // GLOSSATOR_UTIL_SHA256_H_
