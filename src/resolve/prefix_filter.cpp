#include "resolve/prefix_filter.hpp"

#include <algorithm>
#include <utility>

#include "resolve/large_block.hpp"

namespace onoma::resolve {

PrefixFilter PrefixFilter::build(std::vector<std::uint64_t>&& prefix_hashes) {
  DistinctHashes distinct;
  for (const std::uint64_t hash : prefix_hashes)
    distinct.insert(hash);
  return build(std::move(distinct));
}

PrefixFilter PrefixFilter::build(DistinctHashes&& distinct) {
  const std::vector<std::uint64_t> prefix_hashes = distinct.take();
  const std::size_t bits = std::max<std::size_t>(prefix_hashes.size() * kBitsPerPrefix, 512);
  const std::size_t blocks = (bits + 511) / 512;
  // A LargeArray: a large catalog's filter, probed at every step of the decoders, gets huge
  // pages (large_block.hpp).
  auto storage = std::make_shared<LargeArray<std::uint64_t>>(blocks * kWordsPerBlock);
  std::uint64_t* words = storage->data();
  std::fill(words, words + storage->size(), std::uint64_t{0});
  for (const std::uint64_t hash : prefix_hashes) {
    const std::uint64_t probes = mix(hash);
    std::uint64_t* block = words + block_of(hash, blocks * kWordsPerBlock) * kWordsPerBlock;
    for (unsigned probe = 0; probe < kProbes; ++probe) {
      const unsigned bit = static_cast<unsigned>(probes >> (9 * probe)) & 511u;
      block[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
  }
  const std::uint64_t* data = storage->data();
  const std::size_t count = storage->size();
  return PrefixFilter(std::move(storage), data, count);
}

namespace {

// Calls `emit` with the hash of every code-point-boundary prefix of `key`.
template <typename Emit>
void for_each_prefix(std::string_view key, Emit emit) {
  std::uint64_t state = kEmptyPrefix;
  for (std::size_t i = 0; i < key.size(); ++i) {
    state = extend_prefix(state, key.substr(i, 1));
    // A prefix ends on a code point boundary where the next byte is no continuation byte.
    const bool boundary =
        i + 1 == key.size() || (static_cast<unsigned char>(key[i + 1]) & 0xC0) != 0x80;
    if (boundary)
      emit(state);
  }
}

}  // namespace

void PrefixFilter::add_prefixes(std::string_view key, std::vector<std::uint64_t>& out) {
  for_each_prefix(key, [&](std::uint64_t hash) { out.push_back(hash); });
}

void PrefixFilter::add_prefixes(std::string_view key, DistinctHashes& out) {
  for_each_prefix(key, [&](std::uint64_t hash) { out.insert(hash); });
}

void DistinctHashes::insert(std::uint64_t hash) {
  if (hash == 0) {
    has_zero_ = true;
    return;
  }
  if (2 * (count_ + 1) > slots_.size())
    grow();
  const std::size_t mask = slots_.size() - 1;
  // The hashes are FNV-1a states: mixed before they pick a slot.
  std::size_t slot = static_cast<std::size_t>((hash ^ (hash >> 29)) * 0xbf58476d1ce4e5b9ULL) & mask;
  while (slots_[slot] != 0) {
    if (slots_[slot] == hash)
      return;
    slot = (slot + 1) & mask;
  }
  slots_[slot] = hash;
  ++count_;
}

void DistinctHashes::grow() {
  std::vector<std::uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : 2 * old.size(), 0);
  count_ = 0;
  for (const std::uint64_t hash : old) {
    if (hash != 0)
      insert(hash);
  }
}

std::vector<std::uint64_t> DistinctHashes::take() {
  std::vector<std::uint64_t> out;
  out.reserve(count_ + 1);
  for (const std::uint64_t hash : slots_) {
    if (hash != 0)
      out.push_back(hash);
  }
  if (has_zero_)
    out.push_back(0);
  slots_.clear();
  slots_.shrink_to_fit();
  count_ = 0;
  has_zero_ = false;
  return out;
}

}  // namespace onoma::resolve
