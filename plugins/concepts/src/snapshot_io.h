// snapshot_io: writes and reads the plain parts of a matcher snapshot
// (matcher_snapshot.cc): integers, strings and arrays of trivially copyable
// values, in the machine's byte order, each array after its length. A
// snapshot is a build product read back by the same build, not an exchange
// format.
//
// SnapshotReader checks every length against the bytes left, so a truncated
// or damaged snapshot makes ok() false rather than reading out of bounds;
// after that every read gives zeros and empty values.
//
// Thread safety: one writer or reader per thread.
#ifndef GLOSSATOR_CONCEPTS_SNAPSHOT_IO_H_
#define GLOSSATOR_CONCEPTS_SNAPSHOT_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace concepts {

class SnapshotWriter {
 public:
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void U64(uint64_t v) { Raw(&v, sizeof v); }
  void String(std::string_view s) {
    U64(s.size());
    Raw(s.data(), s.size());
  }
  template <typename T>
  void Array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>,
                  "an array written as bytes must have no padding");
    U64(v.size());
    Raw(v.data(), v.size() * sizeof(T));
  }
  void Strings(const std::vector<std::string>& v) {
    U64(v.size());
    for (const std::string& s : v) String(s);
  }
  const std::string& bytes() const { return out_; }

 private:
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class SnapshotReader {
 public:
  explicit SnapshotReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == in_.size(); }
  void Fail() { ok_ = false; }

  uint32_t U32() { return Scalar<uint32_t>(); }
  uint64_t U64() { return Scalar<uint64_t>(); }
  // A count of items of at least min_bytes each that the bytes left can hold.
  size_t Count(size_t min_bytes) {
    uint64_t n = U64();
    if (min_bytes > 0 && n > (in_.size() - at_) / min_bytes) Fail();
    return ok_ ? static_cast<size_t>(n) : 0;
  }
  std::string String() {
    size_t n = Count(1);
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  template <typename T>
  std::vector<T> Array() {
    static_assert(std::is_trivially_copyable_v<T>);
    size_t n = Count(sizeof(T));
    std::vector<T> v(n);
    if (n > 0) std::memcpy(v.data(), in_.data() + at_, n * sizeof(T));
    at_ += n * sizeof(T);
    return v;
  }
  std::vector<std::string> Strings() {
    size_t n = Count(sizeof(uint64_t));
    std::vector<std::string> v;
    v.reserve(n);
    for (size_t i = 0; i < n && ok_; ++i) v.push_back(String());
    return v;
  }

 private:
  template <typename T>
  T Scalar() {
    T v{};
    if (!ok_ || in_.size() - at_ < sizeof v) {
      ok_ = false;
      return T{};
    }
    std::memcpy(&v, in_.data() + at_, sizeof v);
    at_ += sizeof v;
    return v;
  }
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_SNAPSHOT_IO_H_
