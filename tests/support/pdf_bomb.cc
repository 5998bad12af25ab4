#include "pdf_bomb.h"

#include <zlib.h>

#include <stdexcept>
#include <vector>

#include "pdf_edit.h"

namespace glossator::testing {
namespace {

constexpr size_t kChunk = 16u << 20;

// bytes as raw deflate from a fresh compressor, ended by a full flush (or
// the final block): a piece of a deflate stream that refers to nothing
// before it, so that pieces may follow one another, one repeated many times.
std::string DeflatePiece(const std::string& bytes, bool last) {
  z_stream z{};
  if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2 failed");
  }
  std::string out(deflateBound(&z, bytes.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int done = deflate(&z, last ? Z_FINISH : Z_FULL_FLUSH);
  if (done != (last ? Z_STREAM_END : Z_OK) || z.avail_in != 0) {
    deflateEnd(&z);
    throw std::runtime_error("deflate failed");
  }
  out.resize(out.size() - z.avail_out);
  deflateEnd(&z);
  return out;
}

}  // namespace

std::string StringBombPdf(uint64_t inflated_bytes) {
  const std::string prefix = "BT /F1 12 Tf 72 700 Td (Hello) Tj (", suffix = ") Tj ET";
  const std::string chunk(kChunk, 'A');
  const uint64_t chunks = inflated_bytes / kChunk;
  const std::string repeated = DeflatePiece(chunk, false);
  // A zlib stream: header, the pieces, and the Adler-32 of what they inflate to.
  std::string stream = "\x78\xda" + DeflatePiece(prefix, false);
  uLong adler = adler32(adler32(0, nullptr, 0), reinterpret_cast<const Bytef*>(prefix.data()),
                        static_cast<uInt>(prefix.size()));
  const uLong chunk_adler =
      adler32(adler32(0, nullptr, 0), reinterpret_cast<const Bytef*>(chunk.data()), kChunk);
  stream.reserve(stream.size() + chunks * repeated.size() + 64);
  for (uint64_t i = 0; i < chunks; ++i) {
    stream += repeated;
    adler = adler32_combine(adler, chunk_adler, kChunk);
  }
  stream += DeflatePiece(suffix, true);
  adler = adler32(adler, reinterpret_cast<const Bytef*>(suffix.data()),
                  static_cast<uInt>(suffix.size()));
  for (int shift = 24; shift >= 0; shift -= 8) stream += static_cast<char>((adler >> shift) & 0xFF);
  return PdfOfObjects({"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                       "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 4 0 "
                       "R>>>>/Contents 5 0 R>>",
                       "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
                       "<</Length " + std::to_string(stream.size()) +
                           "/Filter/FlateDecode>>\nstream\n" + stream + "\nendstream"});
}

}  // namespace glossator::testing
