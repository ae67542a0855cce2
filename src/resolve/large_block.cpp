#include "resolve/large_block.hpp"

#include <cstdint>
#include <new>
#include <utility>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace onoma::resolve {

namespace {

// Advises the whole 2 MiB pages inside [data, data + size) for transparent huge pages. Advice
// only: where huge pages are off, or none is free, the block keeps ordinary pages. The head and
// tail of the block, less than a huge page each, stay ordinary pages: aligning the block itself
// would cost up to 2 MiB of address space a block, which the heap counts.
void advise_huge_pages([[maybe_unused]] void* data, [[maybe_unused]] std::size_t size) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kPageMask = ~(std::uintptr_t{LargeBlock::kHugePageBytes} - 1);
  const auto begin = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t first = (begin + LargeBlock::kHugePageBytes - 1) & kPageMask;
  const std::uintptr_t last = (begin + size) & kPageMask;
  if (last > first)
    madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

}  // namespace

LargeBlock::LargeBlock(std::size_t size) : size_(size) {
  if (size == 0)
    return;
  data_ = ::operator new(size);
  if (size >= kHugePageMinBytes)
    advise_huge_pages(data_, size);
}

LargeBlock::~LargeBlock() {
  ::operator delete(data_);
}

LargeBlock::LargeBlock(LargeBlock&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

LargeBlock& LargeBlock::operator=(LargeBlock&& other) noexcept {
  if (this != &other) {
    ::operator delete(data_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

}  // namespace onoma::resolve
