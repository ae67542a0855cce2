// The reading index: every reading of every catalog name, and who has it.
//
// Storage is flat and immutable (docs/catalog-snapshot.md describes the same arrays on disk):
// each reading key is hashed to 64 bits with key_hash(); a table holds the distinct hashes in
// ascending order, for each hash the offset of its first posting, and one array of postings
// grouped by hash. A small directory indexed by the top bits of the hash gives a bucket of about
// 16 slots or more; the hash's slot is guessed from its remaining bits (the hashes are uniform, so
// the guess is a few slots off) and reached by a short walk. Keys themselves are not stored.
//
// Collisions: two different keys with one 64-bit hash would share postings. With K distinct keys
// in a catalog the chance that any two collide is about K^2 / 2^65 (K = 10 million: 3e-6), and
// the chance that a query key not in the catalog hits one of them is K / 2^64 per lookup (5e-13);
// the hash is kept at 64 bits for that reason, and no fingerprint is stored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "onoma/catalog.hpp"
#include "resolve/prefix_filter.hpp"
#include "resolve/readings.hpp"

namespace onoma::resolve {

// The version of the readings the generators produce for a catalog name. Bump it whenever a
// generator, a table it reads or the indexing rules change the readings (keys, costs or which
// names and parts are indexed): a snapshot's precomputed index is used only when its readings
// version (this string combined with a hash of the embedded culture tables, readings_version())
// equals the library's.
inline constexpr std::string_view kReadingsVersion = "onoma-readings-2026-11-24c";

// kReadingsVersion combined with XXH64 of every embedded table the generators read
// (tables/korean, tables/russian, tables/chinese, and tables/romanize, whose ISO 9 and BGN/PCGN
// rules give the Russian decoder its letters of ISO 9). Computed once.
std::uint64_t readings_version();

// XXH64 (xxHash's 64-bit algorithm, https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md)
// of `size` bytes. Fixed by its specification, so the same on every platform and in every run.
std::uint64_t xxh64(const void* data, std::size_t size, std::uint64_t seed = 0);

// The 64-bit hash of a reading key: XXH64 of its UTF-8 bytes with seed 0.
inline std::uint64_t key_hash(std::string_view key) {
  return xxh64(key.data(), key.size());
}

inline constexpr std::uint8_t kWholeName = 0xFF;

// One catalog name that has a reading. 12 bytes, no padding: the snapshot stores it as is
// (little-endian, the cost as IEEE-754 binary32).
struct Posting {
  std::uint32_t entity;     // index into the catalog
  std::uint16_t name;       // index into catalog::names_of(entity)
  std::uint8_t part;        // kWholeName, or which part of the name (0-based)
  std::uint8_t part_count;  // how many parts the name has
  float cost;               // the reading's cost on the catalog side
};
static_assert(sizeof(Posting) == 12, "Posting is stored as 12 bytes");

// The postings of one key: a view into the index, valid while the index lives.
class Postings {
 public:
  Postings() = default;
  Postings(const Posting* data, std::size_t size) : data_(data), size_(size) {}

  const Posting* begin() const { return data_; }
  const Posting* end() const { return data_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Posting& operator[](std::size_t i) const { return data_[i]; }

 private:
  const Posting* data_ = nullptr;
  std::size_t size_ = 0;
};

// One posting with the hash of its key, while a table is being built.
struct KeyedPosting {
  std::uint64_t hash;
  Posting posting;
};

// One flat table: key hash -> postings.
class PostingTable {
 public:
  PostingTable() : PostingTable(nullptr, nullptr, nullptr, 0, nullptr, 0) {}

  // A table over arrays that `owner` keeps alive (a snapshot's file buffer): `hashes` strictly
  // ascending, `offsets` key_count + 1 ascending offsets into `postings` (the last one
  // posting_count). The caller has validated them.
  PostingTable(std::shared_ptr<const void> owner, const std::uint64_t* hashes,
               const std::uint32_t* offsets, std::uint32_t key_count, const Posting* postings,
               std::uint32_t posting_count);

  // Builds the table from entries in sort_postings() order; a key with several postings of one
  // (entity, name, part) keeps the cheapest. `entries` is consumed.
  static PostingTable build_sorted(std::vector<KeyedPosting>&& entries);
  // Puts entries in the table's order: by key hash, entity, name, part, cost and part count (a
  // total order, so that the table does not depend on the order entries were added in).
  static void sort_postings(std::vector<KeyedPosting>& entries);
  static bool posting_before(const KeyedPosting& a, const KeyedPosting& b);

  Postings find(std::uint64_t hash) const {
    const std::uint32_t slot = slot_of(hash);
    if (slot == kNoSlot)
      return {};
    return {postings_ + offsets_[slot], offsets_[slot + 1] - offsets_[slot]};
  }

  // Where find() will look for `hash` first: a caller with several keys to look up fetches
  // these lines for all of them before it looks any up, so that their misses overlap.
  void prefetch(std::uint64_t hash) const {
    const std::uint64_t bucket = hash >> shift_;
    __builtin_prefetch(hashes_ + guess(hash, directory_[bucket], directory_[bucket + 1]));
  }

  std::uint32_t key_count() const { return key_count_; }
  std::uint32_t posting_count() const { return posting_count_; }
  const std::uint64_t* hashes() const { return hashes_; }
  const std::uint32_t* offsets() const { return offsets_; }
  const Posting* postings() const { return postings_; }
  // Bytes of the arrays and the directory.
  std::size_t memory_bytes() const;

 private:
  std::shared_ptr<const void> owner_;
  const std::uint64_t* hashes_;
  const std::uint32_t* offsets_;
  std::uint32_t key_count_;
  const Posting* postings_;
  std::uint32_t posting_count_;
  static constexpr std::uint32_t kNoSlot = 0xFFFFFFFF;

  // The slot of a bucket [first, end) where `hash` would be if the bucket's hashes were evenly
  // spread over its range (they are uniform: XXH64); first when the bucket is empty.
  std::uint32_t guess(std::uint64_t hash, std::uint32_t first, std::uint32_t end) const {
    // The 32 bits below the bucket's are the hash's place within the bucket, as a fraction of
    // 2^32; the product with the slot count (< 2^32) fits in 64 bits.
    const std::uint64_t place = (hash << (64 - shift_)) >> 32;
    return first + static_cast<std::uint32_t>((place * (end - first)) >> 32);
  }

  std::uint32_t slot_of(std::uint64_t hash) const {
    const std::uint64_t bucket = hash >> shift_;
    const std::uint32_t first = directory_[bucket];
    const std::uint32_t end = directory_[bucket + 1];
    if (first == end)
      return kNoSlot;
    std::uint32_t i = guess(hash, first, end);
    // The guess is a few slots off (the spread of evenly random hashes): walk to the hash.
    if (hashes_[i] < hash) {
      while (++i < end && hashes_[i] < hash) {
      }
    } else {
      while (i > first && hashes_[i - 1] >= hash)
        --i;
    }
    return i < end && hashes_[i] == hash ? i : kNoSlot;
  }

  // directory_[b] is the first slot whose hash has top bits b; 2^bits + 1 entries. It is kept
  // small (kKeysPerBucket keys a bucket, at most 2^kMaxDirectoryBits buckets: 256 KiB) so that
  // it stays in cache and a look-up misses once, in `hashes_`, not also in the directory.
  std::vector<std::uint32_t> directory_;
  unsigned shift_ = 63;
};

// Built once from a catalog and a set of reading generators, or loaded from a snapshot;
// immutable afterwards, so lookups are safe from any thread. Copies share the tables.
class ReadingIndex {
 public:
  // Reads every name of `catalog` with `generators` on `threads` threads (0: one per hardware
  // thread; a small catalog uses fewer). The tables do not depend on the thread count.
  ReadingIndex(const Catalog& catalog,
               const std::vector<std::unique_ptr<ReadingGenerator>>& generators,
               unsigned threads = 1);
  // An index over tables loaded from a snapshot.
  ReadingIndex(PostingTable whole, PostingTable parts, PrefixFilter prefixes);

  // The index a Resolver over `catalog` uses: the catalog's precomputed one (a snapshot's) when
  // it has one, its readings version is readings_version() and `generators` are
  // default_generators(); else one built now, on `threads` threads.
  static std::unique_ptr<ReadingIndex> for_catalog(
      const Catalog& catalog, const std::vector<std::unique_ptr<ReadingGenerator>>& generators,
      unsigned threads = 0);

  // Postings of whole names with this reading key; empty when none.
  Postings whole(std::string_view key) const { return tables_->whole.find(key_hash(key)); }
  // Postings of single parts of person names (surname or given name alone).
  Postings parts(std::string_view key) const { return tables_->parts.find(key_hash(key)); }

  // The prefixes of every key (whole and part), for ReadingGenerator::generate_pruned() and for
  // annotate() to stop lengthening a span no key can begin with.
  const PrefixFilter& prefixes() const { return tables_->prefixes; }

  const PostingTable& whole_table() const { return tables_->whole; }
  const PostingTable& parts_table() const { return tables_->parts; }
  std::size_t memory_bytes() const {
    return tables_->whole.memory_bytes() + tables_->parts.memory_bytes() +
           tables_->prefixes.memory_bytes();
  }

 private:
  struct Tables {
    PostingTable whole;
    PostingTable parts;
    PrefixFilter prefixes;
  };
  std::shared_ptr<const Tables> tables_;
};

}  // namespace onoma::resolve
