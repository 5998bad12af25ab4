// A PDF that comes as a stream (standard input, a pipe, a device), in memory.
//
// Poppler reads a PDF from its end, so it cannot read a stream: the bytes are
// read once, in the parent, into an anonymous memory file (memfd) that the
// worker opens by its /proc path, and messages and the document then name the
// input as the user did.
#ifndef GLOSSATOR_CLI_MEMORY_PDF_H_
#define GLOSSATOR_CLI_MEMORY_PDF_H_

#include <string>

#include "glossator/document.h"
#include "glossator/extract.h"
#include "glossator/status.h"

namespace glossator::cli {

class MemoryPdf {
 public:
  // Reads name ("-" is standard input) to its end, refusing more than
  // limit_mb megabytes (0: no limit) with kResourceLimit.
  static Result<MemoryPdf> Read(const std::string& name, size_t limit_mb);
  MemoryPdf(MemoryPdf&& other) noexcept;
  MemoryPdf& operator=(MemoryPdf&&) = delete;
  ~MemoryPdf();

  // The path a reader opens: /proc/self/fd/N.
  const std::string& path() const { return path_; }

 private:
  MemoryPdf(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  int fd_ = -1;
  std::string path_;
};

// How messages name the input: "standard input" for "-", else its name.
std::string DisplayName(const std::string& name);

// ExtractDocument on the memory file, the input named as the user did in the
// messages, the warnings and the document's source.
Result<Document> ExtractFromMemory(const MemoryPdf& pdf, const std::string& name,
                                   const ExtractOptions& options);

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_MEMORY_PDF_H_
