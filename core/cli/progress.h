// What `annotate` tells on stderr as it goes through its inputs: on a
// terminal, "[i/N] NAME" while a file is read and "[i/N]" in the line that
// reports it; in any case, unless -q, a summary line at the end (files
// written, skipped and failed, pages, seconds). Everything goes to stderr, so
// that -o - keeps standard output for the TEI.
#ifndef GLOSSATOR_CLI_PROGRESS_H_
#define GLOSSATOR_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace glossator::cli {

// Erases the status line ("[i/N] NAME" on a terminal) if one is shown. Called
// before any other message goes to stderr, in the parent or in a worker (which
// inherits the line at fork).
void ClearStatusLine();

// The pages a worker read, shared across fork so that the parent can count
// them (the worker's own memory is gone when it exits).
class SharedPageCount {
 public:
  SharedPageCount();
  ~SharedPageCount();
  SharedPageCount(const SharedPageCount&) = delete;
  SharedPageCount& operator=(const SharedPageCount&) = delete;
  void Set(int pages);
  int Take();  // the count, reset to 0

 private:
  int* pages_ = nullptr;
};

class Progress {
 public:
  Progress(size_t total, bool quiet);
  // On a terminal: "[i/N] NAME" on the status line until the next message.
  void Reading(size_t index, const std::string& name);
  // "[i/N] " on a terminal, else "": put before the line reporting input index.
  std::string Tag(size_t index) const;
  void Written(int pages);
  void Skipped() { ++skipped_; }
  void Failed(int pages);
  // The summary line, unless quiet.
  void Summary() const;

 private:
  size_t total_;
  bool quiet_, terminal_;
  size_t written_ = 0, skipped_ = 0, failed_ = 0;
  long long pages_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace glossator::cli

#endif  // GLOSSATOR_CLI_PROGRESS_H_
