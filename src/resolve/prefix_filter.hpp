// A compact, approximate set of the prefixes of a catalog's reading keys, so that a decoder can
// drop a partial reading as soon as no catalog key begins with it (design.md: resolution cost
// grows with the query, not the catalog).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace onoma::resolve {

// Hash state of a key prefix: FNV-1a over its bytes, so that a decoder extends it one piece at a
// time as it extends a partial reading (the key "h:최선" is kEmptyPrefix extended by "h:", "최",
// "선", in any grouping).
inline constexpr std::uint64_t kEmptyPrefix = 0xcbf29ce484222325ULL;

inline std::uint64_t extend_prefix(std::uint64_t state, std::string_view bytes) {
  for (const char c : bytes) {
    state ^= static_cast<unsigned char>(c);
    state *= 0x100000001b3ULL;
  }
  return state;
}

// Distinct 64-bit hashes, collected in an open-addressing table: a catalog's keys give millions
// of prefixes, most of them repeated, and keeping them all to sort at the end costs more memory
// and time than the whole index. Not thread-safe (a builder's tool).
class DistinctHashes {
 public:
  void insert(std::uint64_t hash);
  // The distinct hashes, in no particular order; leaves the set empty.
  std::vector<std::uint64_t> take();

 private:
  void grow();

  std::vector<std::uint64_t> slots_;  // 0 marks an empty slot; a hash of 0 is kept aside
  std::size_t count_ = 0;
  bool has_zero_ = false;
};

// A blocked Bloom filter over prefix hashes: every prefix of a catalog key that ends on a code
// point boundary, the whole key included, for the key tags of the generators that prune
// (ReadingGenerator::prunes_by_prefix()). No false negatives, so pruning never loses a reading
// that a catalog key has; about 1% false positives (kBitsPerPrefix bits per distinct prefix, six
// probes inside one 64-byte block), which only cost time.
//
// Immutable after construction; may_contain() and locate() are const and thread-safe. Copies share
// the words.
class PrefixFilter {
 public:
  static constexpr std::size_t kBitsPerPrefix = 12;
  static constexpr std::size_t kWordsPerBlock = 8;  // 512 bits, one cache line
  static constexpr unsigned kProbes = 6;            // 9 bits each from one 64-bit mix

  // An empty filter, which contains nothing.
  PrefixFilter() = default;
  // Over `words` (a multiple of kWordsPerBlock, at least one block), which `owner` keeps alive
  // (a snapshot's file buffer).
  PrefixFilter(std::shared_ptr<const void> owner, const std::uint64_t* words, std::size_t count)
      : owner_(std::move(owner)), words_(words), word_count_(count) {}

  // Builds the filter over the given prefix hashes (duplicates allowed; consumed).
  static PrefixFilter build(std::vector<std::uint64_t>&& prefix_hashes);
  static PrefixFilter build(DistinctHashes&& prefix_hashes);

  // Appends the hash of every code-point-boundary prefix of `key` (the whole key included).
  static void add_prefixes(std::string_view key, std::vector<std::uint64_t>& out);
  static void add_prefixes(std::string_view key, DistinctHashes& out);

  bool may_contain(std::uint64_t prefix_hash) const { return holds(locate(prefix_hash)); }

  // may_contain() in two steps, for a batch of prefixes: locate() each (which starts loading its
  // block), then ask holds() of each. A probe is a cache miss into a filter of megabytes, and a
  // decoder asks hundreds per query; one at a time, each waits for the last (the branch on its
  // answer), while located together their misses overlap.
  struct Probe {
    const std::uint64_t* block;  // nullptr for an empty filter, which holds nothing
    std::uint64_t bits;          // kProbes bit positions in the block, 9 bits each
  };
  Probe locate(std::uint64_t prefix_hash) const {
    if (word_count_ == 0)
      return {nullptr, 0};
    const std::uint64_t* block = words_ + block_of(prefix_hash, word_count_) * kWordsPerBlock;
    __builtin_prefetch(block);
    return {block, mix(prefix_hash)};
  }
  static bool holds(const Probe& probe) {
    if (probe.block == nullptr)
      return false;
    for (unsigned k = 0; k < kProbes; ++k) {
      const unsigned bit = static_cast<unsigned>(probe.bits >> (9 * k)) & 511u;
      if ((probe.block[bit >> 6] & (std::uint64_t{1} << (bit & 63))) == 0)
        return false;
    }
    return true;
  }

  bool empty() const { return word_count_ == 0; }
  const std::uint64_t* words() const { return words_; }
  std::size_t word_count() const { return word_count_; }
  std::size_t memory_bytes() const { return word_count_ * sizeof(std::uint64_t); }

 private:
  // FNV-1a's low bits are weak; a finalizer (splitmix64's) spreads them before probing.
  static std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
  }
  // The block of a prefix, from a second, independent mix.
  static std::size_t block_of(std::uint64_t prefix_hash, std::size_t word_count) {
    return static_cast<std::size_t>(mix(prefix_hash ^ 0x9e3779b97f4a7c15ULL) %
                                    (word_count / kWordsPerBlock));
  }

  std::shared_ptr<const void> owner_;
  const std::uint64_t* words_ = nullptr;
  std::size_t word_count_ = 0;
};

}  // namespace onoma::resolve
