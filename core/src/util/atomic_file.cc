#include "util/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
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

// When this run started: a temporary file last changed before it cannot be
// one this run is still writing. Set at load time, so forked workers share it.
const auto kRunStart = std::filesystem::file_time_type::clock::now();

// Temporary files are named ".NAME" kMarker "PID." and six characters, beside
// NAME: the marker says they are ours, and the pid which process wrote them,
// so that a later run can tell one left by a killed writer.
constexpr std::string_view kMarker = ".glossator-";

std::string TemporaryPrefix(const std::filesystem::path& dir, const std::filesystem::path& target) {
  return (dir / ("." + target.filename().string() + std::string(kMarker) +
                 std::to_string(getpid()) + "."))
      .string();
}

// TemporaryPrefix and six characters made of pid, time and a count.
std::string TemporaryName(const std::filesystem::path& dir, const std::filesystem::path& target) {
  static std::atomic<unsigned long long> count{0};
  unsigned long long seed =
      static_cast<unsigned long long>(getpid()) * 1000003ull ^
      static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
      (++count * 0x9E3779B97F4A7C15ull);
  static constexpr char kDigits[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string suffix;
  for (int i = 0; i < 6; ++i, seed /= 36) suffix += kDigits[seed % 36];
  return TemporaryPrefix(dir, target) + suffix;
}

// The writer's pid in a name of ours (".NAME.glossator-PID.XXXXXX"), or 0.
pid_t WriterOf(std::string_view name) {
  if (name.size() < 2 || name[0] != '.') return 0;
  size_t marker = name.rfind(kMarker);
  if (marker == std::string_view::npos || marker == 0) return 0;
  std::string_view rest = name.substr(marker + kMarker.size());
  size_t dot = rest.find('.');
  if (dot == 0 || dot == std::string_view::npos || rest.size() - dot - 1 != 6) return 0;
  long long pid = 0;
  for (char c : rest.substr(0, dot)) {
    if (c < '0' || c > '9' || pid > 1'000'000'000) return 0;
    pid = pid * 10 + (c - '0');
  }
  return static_cast<pid_t>(pid);
}

// Whether process pid is gone (no such process; one of another user is there).
bool IsGone(pid_t pid) { return kill(pid, 0) != 0 && errno == ESRCH; }

// RemoveStaleTemporaryFiles, once per directory per process.
void RemoveStaleTemporaryFilesOnce(const std::filesystem::path& dir) {
  static std::mutex mutex;
  static std::set<std::string> done;
  std::error_code ec;
  std::string key = std::filesystem::absolute(dir, ec).lexically_normal().string();
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (!done.insert(key).second) return;
  }
  RemoveStaleTemporaryFiles(dir.string());
}

// Writes contents to a file with no name in target's directory (O_TMPFILE),
// and only when it is whole and on disk gives it a temporary name and
// renames it over target: a process killed while writing leaves nothing
// behind. nullopt when the file system (or a missing /proc) does not allow
// it; the caller then writes through a named temporary file.
std::optional<Status> ReplaceThroughUnnamedFile(const std::filesystem::path& dir,
                                                const std::string& target_path,
                                                const std::string& path,
                                                std::string_view contents) {
  int fd = open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666 & ~ProcessUmask());
  if (fd < 0) return std::nullopt;
  auto fail = [&](const char* what) {
    std::string why = std::strerror(errno);
    close(fd);
    return Status::IoError(path + ": " + what + ": " + why);
  };
  if (!WriteAll(fd, contents)) return fail("write failed");
  if (fsync(fd) != 0) return fail("fsync failed");
  std::string self = "/proc/self/fd/" + std::to_string(fd);
  std::string name;
  for (int attempt = 0;; ++attempt) {
    name = TemporaryName(dir, target_path);
    if (linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) break;
    if (errno != EEXIST || attempt == 100) {
      close(fd);
      return std::nullopt;
    }
  }
  close(fd);
  if (std::rename(name.c_str(), target_path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    unlink(name.c_str());
    return Status::IoError(path + ": cannot replace: " + why);
  }
  return Status::Ok();
}

// Writes contents to a temporary file beside target and renames it over
// target; errors name path, as the caller gave it.
Status ReplaceAtomically(const std::string& target_path, const std::string& path,
                         std::string_view contents) {
  std::filesystem::path target(target_path);
  std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
  RemoveStaleTemporaryFilesOnce(dir);
  if (std::optional<Status> done = ReplaceThroughUnnamedFile(dir, target_path, path, contents)) {
    return *done;
  }
  std::string tmpl = TemporaryPrefix(dir, target) + "XXXXXX";
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

size_t RemoveStaleTemporaryFiles(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  size_t removed = 0;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    pid_t writer = WriterOf(name);
    if (writer <= 0 || writer == getpid()) continue;
    struct stat st {};
    // lstat: a link of that name is not a file of ours.
    if (lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
      continue;
    }
    std::error_code time_ec;
    fs::file_time_type changed = fs::last_write_time(it->path(), time_ec);
    if (time_ec || changed >= kRunStart || !IsGone(writer)) continue;
    if (unlink(it->path().c_str()) == 0) ++removed;
  }
  return removed;
}

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);  // of what a link points to
  if (!ec && fs::is_directory(status)) return Status::IoError(path + ": is a directory");
  if (!ec && fs::exists(status) && !fs::is_regular_file(status)) {
    return WriteThrough(path, contents);
  }
  // A link (to a regular file, or to none yet): the file it names is the one
  // replaced or made, and the link kept. Followed link by link, so that a
  // dangling link still names its target.
  fs::path resolved = path;
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(resolved, ec)) && !ec; ++hops) {
    fs::path target = fs::read_symlink(resolved, ec);
    if (ec) break;
    resolved = target.is_absolute() ? target : resolved.parent_path() / target;
  }
  return ReplaceAtomically(resolved.string(), path, contents);
}

}  // namespace glossator
