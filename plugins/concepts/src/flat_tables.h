// flat_tables: the two hash tables on the matcher's hot path, with open
// addressing (linear probing) in one array each, so that a lookup touches one
// or two cache lines instead of following a node pointer as std::unordered_map
// does.
//
//   WordTable<V>: short strings (folded words) -> V, the keys' bytes kept in
//                 one arena. Clear() forgets everything at once. Also the
//                 matcher's fixed word tables: a snapshot reads one as a few
//                 arrays, where a std::unordered_map is an allocation a word.
//   EdgeTable:    uint64_t -> uint32_t (trie edges: node << 32 | stem).
//   HashFilter:   a one-bit-per-hash filter over 64-bit hashes.
//
// Neither removes single entries; both grow by doubling at 50 % load.
// Thread safety: none; one table per thread.
#ifndef GLOSSATOR_CONCEPTS_FLAT_TABLES_H_
#define GLOSSATOR_CONCEPTS_FLAT_TABLES_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concepts {

// A fast 64-bit hash of a short string: 8 bytes at a time, multiply-mix. The
// last 1 to 8 bytes are read with fixed-size loads that may overlap bytes
// already mixed (the length is mixed in too), because a memcpy of a variable
// length is a library call, which on this hot path costs more than the rest.
inline uint64_t HashBytes(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  auto load64 = [](const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  };
  auto load32 = [](const char* p) {
    uint32_t w;
    std::memcpy(&w, p, 4);
    return uint64_t{w};
  };
  auto mix = [](uint64_t h, uint64_t w) {
    h = (h ^ w) * kMul;
    return h ^ (h >> 29);
  };
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = n * kMul;
  for (; n > 8; p += 8, n -= 8) h = mix(h, load64(p));
  uint64_t tail = 0;
  if (s.size() >= 8) {
    tail = load64(s.data() + s.size() - 8);
  } else if (n >= 4) {
    tail = load32(p) | load32(p + n - 4) << 32;
  } else if (n > 0) {
    auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
    tail = byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
  }
  if (s.size() > 0) h = mix(h, tail);
  h *= kMul;
  return h ^ (h >> 32);
}

template <typename V>
class WordTable {
 public:
  WordTable() { Rehash(1024); }

  size_t size() const { return size_; }

  // The value of key, or nullptr.
  const V* Find(std::string_view key, uint64_t hash) const {
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.length == kEmpty) return nullptr;
      if (s.hash == hash && Key(s) == key) return &s.value;
    }
  }

  // Adds key (not present) with value; the stored value.
  const V& Insert(std::string_view key, uint64_t hash, V value) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    Slot& s = Place(hash);
    s = {hash, static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()),
         std::move(value)};
    arena_.append(key);
    ++size_;
    return s.value;
  }

  void Clear() {
    arena_.clear();
    size_ = 0;
    slots_.assign(1024, Slot{});
    mask_ = 1023;
  }
  // Calls f(key, value) for every entry.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& s : slots_) {
      if (s.length != kEmpty) f(Key(s), s.value);
    }
  }

  // The table as it lies (its slots, then the arena), for a snapshot
  // (snapshot_io.h), and back: false, the table unchanged, when they are not
  // a table's.
  template <typename Writer>
  void Write(Writer& w) const {
    w.Array(slots_);
    w.String(arena_);
  }
  template <typename Reader>
  bool Read(Reader& r) {
    std::vector<Slot> slots = r.template Array<Slot>();
    std::string arena = r.String();
    size_t n = slots.size();
    if (!r.ok() || n < 2 || (n & (n - 1)) != 0) return false;
    size_t used = 0;
    for (const Slot& s : slots) {
      if (s.length == kEmpty) continue;
      if (s.offset > arena.size() || s.length > arena.size() - s.offset) return false;
      ++used;
    }
    if (used * 2 > n) return false;  // no empty slot left for a lookup to stop at
    slots_ = std::move(slots);
    mask_ = n - 1;
    size_ = used;
    arena_ = std::move(arena);
    return true;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0, length = kEmpty;
    V value{};
    // What the compiler would pad with anyway, named so that a slot has no
    // padding and the slots can be written and read as bytes (Write, Read).
    uint32_t unused = 0;
  };

  std::string_view Key(const Slot& s) const {
    return std::string_view(arena_).substr(s.offset, s.length);
  }
  Slot& Place(uint64_t hash) {
    size_t i = hash & mask_;
    while (slots_[i].length != kEmpty) i = (i + 1) & mask_;
    return slots_[i];
  }
  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (Slot& s : old) {
      if (s.length != kEmpty) Place(s.hash) = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0, size_ = 0;
  std::string arena_;
};

class EdgeTable {
 public:
  EdgeTable() { Rehash(1024); }

  // The value of key, or 0 (values are never 0: node 0 is the root).
  uint32_t Find(uint64_t key) const {
    for (size_t i = Mix(key) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == 0) return 0;
      if (s.key == key) return s.value;
    }
  }

  // The value of key, inserting value (not 0) when key is absent; and
  // whether it was inserted.
  std::pair<uint32_t, bool> Emplace(uint64_t key, uint32_t value) {
    if (uint32_t v = Find(key)) return {v, false};
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    Place(key) = {key, value};
    ++size_;
    return {value, true};
  }

  // Sets bits (not 0) in the value of key, inserting it when absent.
  void Or(uint64_t key, uint32_t bits) {
    for (size_t i = Mix(key) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.value == 0) break;
      if (s.key == key) {
        s.value |= bits;
        return;
      }
    }
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    Place(key) = {key, bits};
    ++size_;
  }

  // Calls f(key, value) for every entry.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& s : slots_) {
      if (s.value != 0) f(s.key, s.value);
    }
  }

  // The table as it lies (its slots), for a snapshot (snapshot_io.h), and
  // back: false, the table unchanged, when they are not a table's.
  template <typename Writer>
  void Write(Writer& w) const {
    w.Array(slots_);
  }
  template <typename Reader>
  bool Read(Reader& r) {
    std::vector<Slot> slots = r.template Array<Slot>();
    size_t n = slots.size();
    if (!r.ok() || n < 2 || (n & (n - 1)) != 0) return false;
    size_t used = 0;
    for (const Slot& s : slots) used += s.value != 0;
    if (used * 2 > n) return false;  // no empty slot left for a lookup to stop at
    slots_ = std::move(slots);
    mask_ = n - 1;
    size_ = used;
    return true;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
    uint32_t unused = 0;  // the padding, named: slots are written as bytes (Write, Read)
  };
  static uint64_t Mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xFF51AFD7ED558CCDull;
    return k ^ (k >> 33);
  }
  Slot& Place(uint64_t key) {
    size_t i = Mix(key) & mask_;
    while (slots_[i].value != 0) i = (i + 1) & mask_;
    return slots_[i];
  }
  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (const Slot& s : old) {
      if (s.value != 0) Place(s.key) = s;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0, size_ = 0;
};

// A set of hashes that may answer "maybe" for a hash never added (about
// n / 2^20 of the time for n hashes added) and never "no" for one added; one
// bit per hash in 128 KiB, small enough to stay in the processor's L2 cache,
// so that a lookup is one fast memory access.
class HashFilter {
 public:
  HashFilter() : bits_(kBits / 64, 0) {}
  void Add(uint64_t hash) { bits_[Index(hash) / 64] |= uint64_t{1} << (Index(hash) % 64); }
  bool MayContain(uint64_t hash) const {
    return (bits_[Index(hash) / 64] >> (Index(hash) % 64) & 1) != 0;
  }

  // The bits, for a snapshot (snapshot_io.h), and back (false when they are
  // not a filter's).
  template <typename Writer>
  void Write(Writer& w) const {
    w.Array(bits_);
  }
  template <typename Reader>
  bool Read(Reader& r) {
    std::vector<uint64_t> bits = r.template Array<uint64_t>();
    if (!r.ok() || bits.size() != bits_.size()) return false;
    bits_ = std::move(bits);
    return true;
  }

 private:
  static constexpr size_t kBits = size_t{1} << 20;
  static size_t Index(uint64_t hash) { return static_cast<size_t>(hash >> 17) & (kBits - 1); }
  std::vector<uint64_t> bits_;
};

}  // namespace concepts

#endif  // GLOSSATOR_CONCEPTS_FLAT_TABLES_H_
