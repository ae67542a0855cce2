// Working storage that a decoder reuses from one call to the next on the same thread, so that a
// query's beams cost no allocation once the thread has decoded a few names: a Latin query
// decodes with three cultures' beams, and allocating them afresh was a fifth of its instructions.
#pragma once

#include <cstddef>
#include <memory>

namespace onoma::resolve {

// A lease of this thread's `Storage`: the thread's own instance when no other lease of it is
// alive on the thread, else a fresh one that the lease owns (so a decoder that calls itself
// stays correct). The storage keeps whatever it held when the last lease ended, so its user
// clears what it reads; but when the lease ends holding more than kMaxRetainedBytes
// (as Storage::retained_bytes() counts), it is emptied, so that a thread that once decoded a long
// name does not keep the memory.
//
// Thread-safety: each thread has its own storage and a lease never leaves its thread, so leases
// on different threads share nothing. Not copyable or movable.
template <typename Storage, std::size_t kMaxRetainedBytes = 256 * 1024>
class ScratchLease {
 public:
  ScratchLease() {
    Slot& slot = this_thread();
    if (!slot.leased) {
      slot.leased = true;
      storage_ = &slot.storage;
    } else {
      owned_ = std::make_unique<Storage>();
      storage_ = owned_.get();
    }
  }
  ~ScratchLease() {
    if (owned_ != nullptr)
      return;
    if (storage_->retained_bytes() > kMaxRetainedBytes)
      *storage_ = Storage{};
    this_thread().leased = false;
  }
  ScratchLease(const ScratchLease&) = delete;
  ScratchLease& operator=(const ScratchLease&) = delete;

  Storage& operator*() const { return *storage_; }
  Storage* operator->() const { return storage_; }

 private:
  struct Slot {
    Storage storage;
    bool leased = false;
  };
  static Slot& this_thread() {
    thread_local Slot slot;
    return slot;
  }

  Storage* storage_ = nullptr;
  std::unique_ptr<Storage> owned_;  // when this thread's storage was already leased
};

}  // namespace onoma::resolve
