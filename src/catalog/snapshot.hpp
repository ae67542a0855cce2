// Compiled catalog snapshots: the entities and the precomputed reading index in one binary file
// that loads with one read. The format is docs/catalog-snapshot.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "catalog/storage.hpp"
#include "resolve/large_block.hpp"

namespace onoma::catalog {

// A whole file in memory, 8-byte aligned so that a snapshot's arrays are used in place, in a
// resolve::LargeBlock (huge pages for a large snapshot: its index is looked up in place).
class FileBuffer {
 public:
  // Uninitialized but for the last word (whose bytes past `size` stay zero): the file is read
  // over it, and zeroing a large buffer first would cost as much as the read.
  explicit FileBuffer(std::size_t size) : words_(size / 8 + 1), size_(size) {
    words_[size / 8] = 0;
  }

  unsigned char* data() { return reinterpret_cast<unsigned char*>(words_.data()); }
  const unsigned char* data() const {
    return reinterpret_cast<const unsigned char*>(words_.data());
  }
  std::size_t size() const { return size_; }

 private:
  resolve::LargeArray<std::uint64_t> words_;
  std::size_t size_;
};

// A snapshot's first byte. No UTF-8 text begins with it, so it tells a snapshot from catalog text.
inline constexpr unsigned char kSnapshotFirstByte = 0x89;

// Decodes and validates a snapshot. An error names `path`, with line 0 and column = the byte
// offset where the file is wrong + 1 (an offset at or past the end of the file is reported at its
// last byte). The storage's index, when its readings version is the library's, points into
// `file`, which it keeps alive.
Result<CatalogStorage> read_snapshot(std::shared_ptr<const FileBuffer> file,
                                     const std::string& path);

// Writes `catalog` and its reading index to `path` (through a temporary file renamed at the
// end). Returns the number of bytes written.
Result<std::uint64_t> write_snapshot(const Catalog& catalog, const std::string& path);

}  // namespace onoma::catalog
