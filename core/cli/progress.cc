#include "progress.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>

namespace glossator::cli {
namespace {

// Whether the status line is on the terminal now.
bool status_line_shown = false;

// Back to the line's start, and erase to its end.
constexpr char kEraseLine[] = "\r\033[K";

}  // namespace

void ClearStatusLine() {
  if (!status_line_shown) return;
  std::fputs(kEraseLine, stderr);
  std::fflush(stderr);
  status_line_shown = false;
}
SharedPageCount::SharedPageCount() {
  void* shared =
      mmap(nullptr, sizeof(int), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (shared != MAP_FAILED) pages_ = static_cast<int*>(shared);  // else pages are not counted
}

SharedPageCount::~SharedPageCount() {
  if (pages_) munmap(pages_, sizeof(int));
}

void SharedPageCount::Set(int pages) {
  if (pages_) *pages_ = pages;
}

int SharedPageCount::Take() {
  if (!pages_) return 0;
  int pages = *pages_;
  *pages_ = 0;
  return pages;
}

Progress::Progress(size_t total, bool quiet)
    : total_(total), quiet_(quiet), terminal_(!quiet && isatty(STDERR_FILENO) == 1) {}

std::string Progress::Tag(size_t index) const {
  if (!terminal_) return "";
  return "[" + std::to_string(index + 1) + "/" + std::to_string(total_) + "] ";
}

void Progress::Reading(size_t index, const std::string& name) {
  if (!terminal_) return;
  ClearStatusLine();
  std::fprintf(stderr, "%s%s", Tag(index).c_str(), name.c_str());
  std::fflush(stderr);
  status_line_shown = true;
}

void Progress::Written(int pages) {
  ++written_;
  pages_ += pages;
}

void Progress::Failed(int pages) {
  ++failed_;
  pages_ += pages;
}

void Progress::Summary() const {
  ClearStatusLine();
  if (quiet_) return;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::fprintf(stderr,
               "glossator: %zu file%s: %zu written, %zu skipped, %zu failed; %lld pages read in "
               "%.1f s\n",
               total_, total_ == 1 ? "" : "s", written_, skipped_, failed_, pages_, seconds);
}

}  // namespace glossator::cli
