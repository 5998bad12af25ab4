#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace glossator {
namespace {

// The process's umask, read from /proc (umask() can only be read by setting
// it, which would race with other threads creating files).
mode_t ProcessUmask() {
  std::FILE* status = std::fopen("/proc/self/status", "r");
  mode_t mask = 022;
  if (!status) return mask;
  char line[256];
  while (std::fgets(line, sizeof line, status)) {
    unsigned int value = 0;
    if (std::sscanf(line, "Umask: %o", &value) == 1) {
      mask = static_cast<mode_t>(value);
      break;
    }
  }
  std::fclose(status);
  return mask;
}

}  // namespace

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
  std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) {
    return Status::IoError(path + ": cannot create a temporary file in " + dir.string() + ": " +
                           std::strerror(errno));
  }
  auto fail = [&](const char* what) {
    std::string why = std::strerror(errno);
    close(fd);
    unlink(name.data());
    return Status::IoError(path + ": " + what + ": " + why);
  };
  size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed");
    }
    written += static_cast<size_t>(n);
  }
  // mkstemp makes the file 0600; give it the permissions a plain create would.
  if (fchmod(fd, 0666 & ~ProcessUmask()) != 0) return fail("cannot set permissions");
  if (fsync(fd) != 0) return fail("fsync failed");
  if (close(fd) != 0) {
    unlink(name.data());
    return Status::IoError(path + ": close failed: " + std::strerror(errno));
  }
  if (std::rename(name.data(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    unlink(name.data());
    return Status::IoError(path + ": cannot replace: " + why);
  }
  return Status::Ok();
}

}  // namespace glossator
