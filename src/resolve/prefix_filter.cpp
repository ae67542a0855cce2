#include "resolve/prefix_filter.hpp"

#include <algorithm>

namespace onoma::resolve {

PrefixFilter PrefixFilter::build(std::vector<std::uint64_t>&& prefix_hashes) {
  std::sort(prefix_hashes.begin(), prefix_hashes.end());
  prefix_hashes.erase(std::unique(prefix_hashes.begin(), prefix_hashes.end()), prefix_hashes.end());
  const std::size_t bits = std::max<std::size_t>(prefix_hashes.size() * kBitsPerPrefix, 512);
  const std::size_t blocks = (bits + 511) / 512;
  auto storage = std::make_shared<std::vector<std::uint64_t>>(blocks * kWordsPerBlock, 0);
  std::uint64_t* words = storage->data();
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

void PrefixFilter::add_prefixes(std::string_view key, std::vector<std::uint64_t>& out) {
  std::uint64_t state = kEmptyPrefix;
  for (std::size_t i = 0; i < key.size(); ++i) {
    state = extend_prefix(state, key.substr(i, 1));
    // A prefix ends on a code point boundary where the next byte is no continuation byte.
    const bool boundary =
        i + 1 == key.size() || (static_cast<unsigned char>(key[i + 1]) & 0xC0) != 0x80;
    if (boundary)
      out.push_back(state);
  }
}

}  // namespace onoma::resolve
