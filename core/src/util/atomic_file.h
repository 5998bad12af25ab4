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
//
// Where the file system has no O_TMPFILE, the temporary file is named
// ".NAME.glossator-PID.XXXXXX" (PID the writer's) until it is renamed, and a
// writer killed meanwhile leaves it. The first write of a process into a
// directory removes such files (RemoveStaleTemporaryFiles).
Status WriteFileAtomically(const std::string& path, std::string_view contents);

// Removes from dir the temporary files that writers killed while writing
// left: named as above, regular files of this user, last changed before this
// run started, and whose writer process is gone. Files of a writer still
// running (or of another user) are never touched. Returns how many went.
size_t RemoveStaleTemporaryFiles(const std::string& dir);

}  // namespace glossator

#endif  // GLOSSATOR_UTIL_ATOMIC_FILE_H_
