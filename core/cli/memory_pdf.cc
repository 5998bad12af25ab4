#include "memory_pdf.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace glossator::cli {
namespace {

constexpr size_t kChunk = 1 << 16;

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size())) {
    s->replace(at, from.size(), to);
  }
}

bool WriteAll(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

std::string DisplayName(const std::string& name) { return name == "-" ? "standard input" : name; }

Result<MemoryPdf> MemoryPdf::Read(const std::string& name, size_t limit_mb) {
  std::string shown = DisplayName(name);
  int in = name == "-" ? STDIN_FILENO : open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) return Status::IoError(shown + ": cannot open for reading: " + std::strerror(errno));
  int fd = memfd_create("glossator-input", MFD_CLOEXEC);
  if (fd < 0) {
    if (in != STDIN_FILENO) close(in);
    return Status::IoError(shown + ": cannot make a memory file: " + std::strerror(errno));
  }
  MemoryPdf pdf(fd, "/proc/self/fd/" + std::to_string(fd));
  // memfd_create's MFD_CLOEXEC: the worker is forked, not executed, so it keeps fd.
  unsigned long long limit = static_cast<unsigned long long>(limit_mb) << 20, total = 0;
  std::string chunk(kChunk, '\0');
  Status status;
  for (;;) {
    ssize_t n = read(in, chunk.data(), chunk.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      status = Status::IoError(shown + ": read error: " + std::strerror(errno));
      break;
    }
    if (n == 0) break;
    total += static_cast<unsigned long long>(n);
    if (limit_mb > 0 && total > limit) {
      status = Status::ResourceLimit(shown + ": more than the memory limit of " +
                                     std::to_string(limit_mb) + " MB (--max-memory)");
      break;
    }
    if (!WriteAll(fd, chunk.data(), static_cast<size_t>(n))) {
      status = Status::ResourceLimit(shown + ": cannot hold it in memory: " + std::strerror(errno));
      break;
    }
  }
  if (in != STDIN_FILENO) close(in);
  if (!status.ok()) return status;
  return pdf;
}

MemoryPdf::MemoryPdf(MemoryPdf&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)) {
  other.fd_ = -1;
}

MemoryPdf::~MemoryPdf() {
  if (fd_ >= 0) close(fd_);
}

Result<Document> ExtractFromMemory(const MemoryPdf& pdf, const std::string& name,
                                   const ExtractOptions& options) {
  std::string shown = DisplayName(name);
  Result<Document> doc = ExtractDocument(pdf.path(), options);
  if (!doc.ok()) {
    std::string message = doc.status().message();
    ReplaceAll(&message, pdf.path(), shown);
    return Status(doc.status().code(), message);
  }
  DocumentParts parts;
  parts.source = doc->source();
  parts.source.path = name;
  parts.source.file_name = name == "-" ? "stdin" : std::filesystem::path(name).filename().string();
  parts.text = doc->text();
  parts.blocks = doc->blocks();
  parts.pages = doc->pages();
  parts.provenance = doc->provenance();
  parts.is_slide_deck = doc->is_slide_deck();
  for (std::string w : doc->warnings()) {
    ReplaceAll(&w, pdf.path(), shown);
    parts.warnings.push_back(std::move(w));
  }
  return Document(std::move(parts));
}

}  // namespace glossator::cli
