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

// Writes all of contents to fd; false (errno set) on failure.
bool WriteAll(int fd, std::string_view contents) {
  size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    written += static_cast<size_t>(n);
  }
  return true;
}

// Writes contents into the existing file at path, as it is: for a device, a
// FIFO or a terminal, where replacing the file would replace the device.
Status WriteThrough(const std::string& path, std::string_view contents) {
  int fd = open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) return Status::IoError(path + ": cannot open for writing: " + std::strerror(errno));
  if (!WriteAll(fd, contents)) {
    std::string why = std::strerror(errno);
    close(fd);
    return Status::IoError(path + ": write failed: " + why);
  }
  if (close(fd) != 0) return Status::IoError(path + ": close failed: " + std::strerror(errno));
  return Status::Ok();
}

// Writes contents to a temporary file beside target and renames it over
// target; errors name path, as the caller gave it.
Status ReplaceAtomically(const std::string& target_path, const std::string& path,
                         std::string_view contents) {
  std::filesystem::path target(target_path);
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
  if (!WriteAll(fd, contents)) return fail("write failed");
  // mkstemp makes the file 0600; give it the permissions a plain create would.
  if (fchmod(fd, 0666 & ~ProcessUmask()) != 0) return fail("cannot set permissions");
  if (fsync(fd) != 0) return fail("fsync failed");
  if (close(fd) != 0) {
    unlink(name.data());
    return Status::IoError(path + ": close failed: " + std::strerror(errno));
  }
  if (std::rename(name.data(), target_path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    unlink(name.data());
    return Status::IoError(path + ": cannot replace: " + why);
  }
  return Status::Ok();
}

}  // namespace

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);  // of what a link points to
  if (!ec && fs::is_directory(status)) return Status::IoError(path + ": is a directory");
  if (!ec && fs::exists(status) && !fs::is_regular_file(status)) {
    return WriteThrough(path, contents);
  }
  // A link to a regular file: the file it names is replaced, the link kept.
  std::string resolved = path;
  if (fs::is_symlink(fs::symlink_status(path, ec)) && !ec) {
    fs::path canonical = fs::weakly_canonical(path, ec);
    if (!ec) resolved = canonical.string();
  }
  return ReplaceAtomically(resolved, path, contents);
}

}  // namespace glossator
