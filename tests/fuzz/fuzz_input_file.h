// The fuzzers' input as a file: the code under test reads paths (a PDF, a
// settings file), so each input is written to one scratch file per process.
#ifndef GLOSSATOR_TESTS_FUZZ_FUZZ_INPUT_FILE_H_
#define GLOSSATOR_TESTS_FUZZ_FUZZ_INPUT_FILE_H_

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace glossator::fuzz {

// Writes data to /tmp/glossator-fuzz-PID.SUFFIX and returns the path (the
// same path for every input of the process, so nothing piles up).
inline std::string InputFile(const uint8_t* data, size_t size, const char* suffix) {
  static const std::string path = "/tmp/glossator-fuzz-" + std::to_string(getpid()) + "." + suffix;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) __builtin_trap();
  if (size > 0 && std::fwrite(data, 1, size, f) != size) __builtin_trap();
  std::fclose(f);
  return path;
}

}  // namespace glossator::fuzz

#endif  // GLOSSATOR_TESTS_FUZZ_FUZZ_INPUT_FILE_H_
