#include "util/sha256.h"

// Nettle's SHA-256: a plain context, nothing to initialise before the first
// digest (OpenSSL 3's EVP interface loads its providers on first use, a cost
// as large as hashing a 500-page PDF's ids for a one-page document).
#include <nettle/sha2.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace glossator {
namespace {

std::string Hex(const uint8_t* digest, size_t length) {
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (size_t i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 15];
  }
  return hex;
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()));
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof digest, digest);
  return Hex(digest, sizeof digest);
}

Result<std::string> Sha256OfFile(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return Status::IoError(path + ": cannot open for reading: " + std::strerror(errno));
  sha256_ctx ctx;
  sha256_init(&ctx);
  uint8_t buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
    sha256_update(&ctx, n, buffer);
  }
  if (std::ferror(file.get())) return Status::IoError(path + ": read error");
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof digest, digest);
  return Hex(digest, sizeof digest);
}

}  // namespace glossator
