// The reference for cultures::russian::Decoder (see reference_russian_decoder.cpp).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "cultures/russian/decoder.hpp"
#include "cultures/russian/spelling_table.hpp"
#include "resolve/prefix_filter.hpp"

namespace onoma::test {

// Same contract and constants as cultures::russian::Decoder. Immutable; decode() is const and
// thread-safe.
class ReferenceRussianDecoder {
 public:
  using Decoder = cultures::russian::Decoder;

  explicit ReferenceRussianDecoder(const cultures::russian::SpellingTable& table) : table_(table) {}

  std::vector<cultures::russian::CyrillicReading> decode(
      std::string_view latin, const resolve::PrefixFilter* catalog_prefixes = nullptr,
      std::uint64_t start = 0) const;

 private:
  const cultures::russian::SpellingTable& table_;
};

}  // namespace onoma::test
