// Writing a file atomically: readers see the old file or the whole new one,
// never a half-written one.
#ifndef GLOSSATOR_UTIL_ATOMIC_FILE_H_
#define GLOSSATOR_UTIL_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "glossator/status.h"

namespace glossator {

// Writes contents to a temporary file beside path, flushes it to disk and
// renames it over path. The temporary file has no name until it is whole
// (O_TMPFILE, where the file system has it), so a process killed while
// writing leaves nothing behind. On failure the temporary file is removed,
// path is untouched, and the Status names path. A symbolic link at path is kept: the
// regular file it names is the one replaced. An existing path that is not a
// regular file (a device such as /dev/null, a FIFO, a terminal) is written
// into as it is, since replacing it would replace the device; that write
// cannot be atomic. A directory is an error.
Status WriteFileAtomically(const std::string& path, std::string_view contents);

}  // namespace glossator

#endif  // GLOSSATOR_UTIL_ATOMIC_FILE_H_
