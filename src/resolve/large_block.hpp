// Memory for the large read-only tables: a snapshot file read whole, the reading index's arrays
// and the prefix filter.
#pragma once

#include <cstddef>
#include <type_traits>

namespace onoma::resolve {

// An uninitialized block of `size` bytes from the heap, aligned as operator new aligns. When it
// is at least kHugePageMinBytes, the whole 2 MiB pages inside it are advised, on Linux, for
// transparent huge pages (madvise MADV_HUGEPAGE; the kernel decides, and a machine with them off
// keeps ordinary pages and the same contents). Why: queries look the index up at random over tens
// of megabytes, and with 4 KiB pages nearly every look-up is also a TLB miss; and reading a
// 108 MB snapshot into 4 KiB pages took 26,450 page faults, about half of its load time
// (docs/performance.md). A smaller block is left alone: its few pages are not worth a huge one.
//
// Thread safety: none needed for reading; a block is written only by its owner before it is
// shared. Ownership: the block owns its memory and frees it when destroyed; move-only.
class LargeBlock {
 public:
  static constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;
  static constexpr std::size_t kHugePageMinBytes = std::size_t{4} << 20;

  LargeBlock() = default;
  explicit LargeBlock(std::size_t size);  // throws std::bad_alloc when memory is short
  ~LargeBlock();
  LargeBlock(LargeBlock&& other) noexcept;
  LargeBlock& operator=(LargeBlock&& other) noexcept;
  LargeBlock(const LargeBlock&) = delete;
  LargeBlock& operator=(const LargeBlock&) = delete;

  void* data() { return data_; }
  const void* data() const { return data_; }
  std::size_t size() const { return size_; }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

// `count` uninitialized values of a trivially copyable T in a LargeBlock. Same thread safety
// and ownership as LargeBlock.
template <typename T>
class LargeArray {
  static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= alignof(std::max_align_t));

 public:
  LargeArray() = default;
  explicit LargeArray(std::size_t count) : block_(count * sizeof(T)), count_(count) {}

  T* data() { return static_cast<T*>(block_.data()); }
  const T* data() const { return static_cast<const T*>(block_.data()); }
  std::size_t size() const { return count_; }
  T& operator[](std::size_t i) { return data()[i]; }
  const T& operator[](std::size_t i) const { return data()[i]; }

 private:
  LargeBlock block_;
  std::size_t count_ = 0;
};

}  // namespace onoma::resolve
